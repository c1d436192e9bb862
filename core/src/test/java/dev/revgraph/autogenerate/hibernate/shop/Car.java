package dev.revgraph.autogenerate.hibernate.shop;

import jakarta.persistence.Entity;

@Entity
public class Car extends Vehicle {

    private Integer seats;
}
