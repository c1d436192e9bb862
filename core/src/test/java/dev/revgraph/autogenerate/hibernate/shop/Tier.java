package dev.revgraph.autogenerate.hibernate.shop;

public enum Tier {
    BRONZE, SILVER, GOLD, PLATINUM
}
