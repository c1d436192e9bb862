package dev.revgraph.autogenerate.hibernate.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

@Entity
public class CardPayment extends Payment {

    @Column(length = 4, nullable = false)
    private String lastDigits;
}
