package dev.revgraph.autogenerate.hibernate.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.hibernate.annotations.NaturalId;

/** A sequence id with its own allocation size, a natural id, indexes and a named unique constraint. */
@Entity
@Table(indexes = { @Index(name = "ix_product_name", columnList = "name"),
        @Index(name = "ix_product_region_price", columnList = "region, price desc"),
        @Index(name = "ux_product_slug", columnList = "slug", unique = true) },
        uniqueConstraints = @UniqueConstraint(name = "uk_product_code_region", columnNames = { "code", "region" }))
public class Product {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "product_ids")
    @SequenceGenerator(name = "product_ids", sequenceName = "product_id_seq", allocationSize = 10)
    private Long id;

    @NaturalId
    @Column(length = 40)
    private String sku;

    private String name;

    private String slug;

    @Column(length = 12)
    private String code;

    @Column(length = 8)
    private String region;

    private long price;
}
