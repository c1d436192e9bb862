package dev.revgraph.benchmarks.migration;

/** The workloads of issue 7 built so far. */
public enum Workload {

    /** Apply N small DDL steps to an empty database. */
    W1("W1 apply"),

    /** Start up at head: N steps applied, nothing to do. */
    W2("W2 start-up at head");

    private final String title;

    Workload(String title) {
        this.title = title;
    }

    public String title() {
        return this.title;
    }
}
