package dev.revgraph.autogenerate.hibernate.shop;

import jakarta.persistence.Entity;

@Entity
public class Invoice extends Document {

    private String invoiceNumber;
}
