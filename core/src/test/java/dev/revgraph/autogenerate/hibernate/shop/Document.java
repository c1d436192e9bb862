package dev.revgraph.autogenerate.hibernate.shop;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;

/** Table-per-class inheritance: no table for the abstract root, every column repeated in each table. */
@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public abstract class Document {

    @Id
    @GeneratedValue
    private Long id;

    private LocalDate issuedOn;
}
