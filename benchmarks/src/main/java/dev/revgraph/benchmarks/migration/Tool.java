package dev.revgraph.benchmarks.migration;

import java.util.Locale;
import java.util.function.Supplier;

/** The tools compared, the floors included. */
public enum Tool {

    /** Plain JDBC: the statements alone (W1), one read of the version table (W2). */
    JDBC_FLOOR("JDBC floor", JdbcFloor::new),

    /** Plain JDBC doing W1's DDL plus the bookkeeping writes RevGraph does per revision. */
    BOOKKEEPING_FLOOR("bookkeeping floor", BookkeepingFloor::new),

    REVGRAPH("RevGraph", RevGraphAdapter::new),

    FLYWAY("Flyway 13.12.0", FlywayAdapter::new),

    LIQUIBASE("Liquibase 5.0.4", LiquibaseAdapter::new);

    private final String displayName;

    private final Supplier<ToolAdapter> adapter;

    Tool(String displayName, Supplier<ToolAdapter> adapter) {
        this.displayName = displayName;
        this.adapter = adapter;
    }

    public String displayName() {
        return this.displayName;
    }

    ToolAdapter adapter() {
        return this.adapter.get();
    }

    /**
     * Whether this tool has a figure for the workload on the database: the bookkeeping floor is W1's
     * on MariaDB only, where DDL commits on its own and RevGraph's protocol needs commits of its own.
     */
    public boolean measures(Workload workload, Target target) {
        if (this != BOOKKEEPING_FLOOR) {
            return true;
        }
        return workload == Workload.W1 && target == Target.MARIADB;
    }

    /** Whether this is a floor (the denominator of ratios). */
    public boolean isFloor() {
        return this == JDBC_FLOOR || this == BOOKKEEPING_FLOOR;
    }

    public String option() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Tool fromOption(String option) {
        for (Tool tool : values()) {
            if (tool.option().equals(option)) {
                return tool;
            }
        }
        throw new IllegalArgumentException("Unknown tool '" + option + "'");
    }
}
