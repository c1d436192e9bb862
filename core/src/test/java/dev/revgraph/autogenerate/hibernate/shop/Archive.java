package dev.revgraph.autogenerate.hibernate.shop;

import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A table in another schema, its ids from a sequence in that schema. */
@Entity
@Table(name = "archived_order", schema = "shop_archive")
public class Archive {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "archive_ids")
    @SequenceGenerator(name = "archive_ids", sequenceName = "archive_id_seq", schema = "shop_archive", allocationSize = 20)
    private Long id;

    private Long customerId;

    private LocalDateTime archivedAt;
}
