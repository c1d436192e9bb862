package dev.revgraph.autogenerate.hibernate.shop;

import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;

/** Single-table inheritance: a discriminator column and the check Hibernate adds on its values. */
@Entity
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "kind", length = 20)
public class Vehicle {

    @Id
    @GeneratedValue
    private Long id;

    private String plate;
}
