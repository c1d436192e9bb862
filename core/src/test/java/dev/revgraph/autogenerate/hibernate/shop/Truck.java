package dev.revgraph.autogenerate.hibernate.shop;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.validation.constraints.NotNull;

@Entity
@DiscriminatorValue("TRUCK")
public class Truck extends Vehicle {

    @NotNull
    private Double payload;
}
