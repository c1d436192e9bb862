package dev.revgraph.benchmarks.compare;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The bulk-read floor of issue 5: the queries RevGraph's catalog reader runs ({@link CatalogQueryFile}),
 * each executed once and its rows read into plain rows — what any bulk reader must pay, with no schema
 * built from the rows.
 */
final class BulkReadFloor {

    private final List<StatementLog.Query> queries;

    BulkReadFloor(List<StatementLog.Query> queries) {
        this.queries = List.copyOf(queries);
    }

    /** Runs the queries; returns the rows read. */
    List<@Nullable Object[]> read(Connection connection) throws SQLException {
        List<@Nullable Object[]> rows = new ArrayList<>();
        for (StatementLog.Query query : this.queries) {
            try (PreparedStatement statement = connection.prepareStatement(query.sql())) {
                for (int i = 0; i < query.parameters().size(); i++) {
                    statement.setObject(i + 1, query.parameters().get(i));
                }
                Rows.readAll(statement.executeQuery(), rows);
            }
        }
        return rows;
    }
}
