package dev.revgraph.benchmarks.compare;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.Optional;

import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.diff.DiffGeneratorFactory;
import liquibase.diff.DiffResult;
import liquibase.diff.compare.CompareControl;
import liquibase.diff.output.report.DiffToReport;
import liquibase.structure.core.Catalog;

/**
 * Liquibase's {@code diff}: what its {@code diff} command does — find the two databases' implementations,
 * snapshot both ({@code DiffGeneratorFactory} with the standard object types: tables, columns, primary
 * keys, unique constraints, indexes, foreign keys, views, sequences...), compare, print the report.
 *
 * <p>Database against database: liquibase-hibernate, which would compare with the entities, has no
 * release for Liquibase 5.0.4, so the reference is a second database made from the same DDL.
 */
final class LiquibaseDiff {

    private LiquibaseDiff() {
    }

    /** Diffs {@code target} against {@code reference}; the report when Liquibase finds them different. */
    static Optional<String> diff(Connection reference, Connection target) throws Exception {
        DatabaseFactory factory = DatabaseFactory.getInstance();
        Database referenceDatabase = factory.findCorrectDatabaseImplementation(new JdbcConnection(reference));
        Database targetDatabase = factory.findCorrectDatabaseImplementation(new JdbcConnection(target));
        DiffResult result = DiffGeneratorFactory.getInstance()
            .compare(referenceDatabase, targetDatabase, CompareControl.STANDARD);
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        new DiffToReport(result, new PrintStream(report, true, StandardCharsets.UTF_8)).print();
        return same(result) ? Optional.empty() : Optional.of(report.toString(StandardCharsets.UTF_8));
    }

    /** Equal but for the databases' own names, which differ on a server (Liquibase reports the catalog as changed). */
    private static boolean same(DiffResult result) {
        return result.getMissingObjects().isEmpty() && result.getUnexpectedObjects().isEmpty()
                && result.getChangedObjects().keySet().stream().allMatch(Catalog.class::isInstance);
    }
}
