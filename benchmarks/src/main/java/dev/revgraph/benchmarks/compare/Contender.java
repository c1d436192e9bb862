package dev.revgraph.benchmarks.compare;

import java.util.Arrays;
import java.util.Locale;

/** What W3 measures on each database: RevGraph, its two floors and its two peers. */
enum Contender {

    /** {@code Autogenerator.differences}: the bulk catalog read and the comparison with a built model. */
    REVGRAPH("revgraph", "RevGraph read + compare"),

    /** {@link BulkReadFloor}. */
    BULK_FLOOR("bulk-floor", "bulk catalog read (floor)"),

    /** {@link MetaDataFloor}. */
    METADATA_FLOOR("metadata-floor", "DatabaseMetaData per table (floor)"),

    /** {@link LiquibaseDiff}. */
    LIQUIBASE("liquibase", "Liquibase 5.0.4 diff (db vs db)"),

    /** {@link HibernateValidate}. */
    HIBERNATE("hibernate", "Hibernate validate");

    private final String option;

    private final String displayName;

    Contender(String option, String displayName) {
        this.option = option;
        this.displayName = displayName;
    }

    String option() {
        return this.option;
    }

    String displayName() {
        return this.displayName;
    }

    static Contender fromOption(String option) {
        return Arrays.stream(values())
            .filter((contender) -> contender.option.equals(option.toLowerCase(Locale.ROOT)))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("Unknown contender '" + option + "'; one of "
                    + Arrays.stream(values()).map(Contender::option).toList()));
    }
}
