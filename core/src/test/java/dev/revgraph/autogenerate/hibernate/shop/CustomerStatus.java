package dev.revgraph.autogenerate.hibernate.shop;

public enum CustomerStatus {
    PROSPECT, ACTIVE, SUSPENDED
}
