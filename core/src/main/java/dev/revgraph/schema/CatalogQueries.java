package dev.revgraph.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import dev.revgraph.operation.ForeignKeyAction;

import org.jspecify.annotations.Nullable;

/** Runs the readers' catalog queries, one statement each, and reads nullable values from their rows. */
final class CatalogQueries {

    private CatalogQueries() {
    }

    /** Something done with each row of a query. */
    @FunctionalInterface
    interface RowHandler {

        void row(ResultSet row) throws SQLException;
    }

    /** Runs {@code sql} with {@code parameters} bound in order, handing each row to {@code handler}. */
    static void forEachRow(Connection connection, String sql, List<?> parameters, RowHandler handler)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    handler.row(rows);
                }
            }
        }
    }

    static @Nullable Integer getInteger(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : Math.toIntExact(value);
    }

    static @Nullable Long getLong(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    /** The string, or {@code null} for SQL {@code NULL} and for the empty string some catalogs write instead. */
    static @Nullable String getText(ResultSet row, String column) throws SQLException {
        return text(row.getString(column));
    }

    /** {@link #getText(ResultSet, String)} by position (1 for the first column). */
    static @Nullable String getText(ResultSet row, int column) throws SQLException {
        return text(row.getString(column));
    }

    /** {@link #getInteger(ResultSet, String)} by position (1 for the first column). */
    static @Nullable Integer getInteger(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : Math.toIntExact(value);
    }

    private static @Nullable String text(@Nullable String value) {
        return (value == null || value.isEmpty()) ? null : value;
    }

    /**
     * A referential action as {@code information_schema} words it ({@code CASCADE}, {@code SET NULL}...);
     * {@code NO ACTION} for anything else, and when there is none.
     */
    static ForeignKeyAction action(@Nullable String rule) {
        if (rule == null) {
            return ForeignKeyAction.NO_ACTION;
        }
        return switch (rule) {
            case "RESTRICT" -> ForeignKeyAction.RESTRICT;
            case "CASCADE" -> ForeignKeyAction.CASCADE;
            case "SET NULL" -> ForeignKeyAction.SET_NULL;
            case "SET DEFAULT" -> ForeignKeyAction.SET_DEFAULT;
            default -> ForeignKeyAction.NO_ACTION;
        };
    }
}
