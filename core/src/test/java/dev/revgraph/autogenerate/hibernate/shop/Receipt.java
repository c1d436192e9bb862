package dev.revgraph.autogenerate.hibernate.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;

@Entity
public class Receipt extends Document {

    @ManyToOne
    private Invoice invoice;
}
