package dev.revgraph.autogenerate.hibernate.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Embeddable
public class Address {

    @NotNull
    @Size(max = 120)
    private String street;

    @Column(name = "postal_code", length = 10)
    private String postalCode;

    private String city;
}
