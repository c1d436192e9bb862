package dev.revgraph.benchmarks.migration;

import javax.sql.DataSource;

/** How one tool runs the workloads. Each call does everything an application start would, from files on. */
interface ToolAdapter {

    /** W1: applies every step to an empty database. */
    void apply(DataSource dataSource, WorkloadFiles files, Target target) throws Exception;

    /** W2: what an application start does on a database where every step is applied: finds nothing to do. */
    void startUp(DataSource dataSource, WorkloadFiles files, Target target) throws Exception;

    /** Brings an empty database to W2's starting point; not measured. */
    default void prepareAtHead(DataSource dataSource, WorkloadFiles files, Target target) throws Exception {
        apply(dataSource, files, target);
    }
}
