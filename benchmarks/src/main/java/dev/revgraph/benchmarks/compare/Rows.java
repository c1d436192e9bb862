package dev.revgraph.benchmarks.compare;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** Reads result sets into plain rows: every column's value, arrays fetched, nothing built from them. */
final class Rows {

    private Rows() {
    }

    /** Reads every row of {@code rows} into {@code into}, then closes it; returns the number of rows. */
    static int readAll(ResultSet rows, List<@Nullable Object[]> into) throws SQLException {
        try (rows) {
            int columns = rows.getMetaData().getColumnCount();
            int count = 0;
            while (rows.next()) {
                Object[] row = new Object[columns];
                for (int i = 0; i < columns; i++) {
                    Object value = rows.getObject(i + 1);
                    row[i] = (value instanceof Array array) ? array.getArray() : value;
                }
                into.add(row);
                count++;
            }
            return count;
        }
    }
}
