package dev.revgraph.autogenerate.hibernate.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** Hibernate's default generator: a sequence named after the entity, allocating 50. */
@Entity
public class Tag {

    @Id
    @GeneratedValue
    private Long id;

    private String label;
}
