package dev.revgraph.autogenerate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.revgraph.dialect.Dialect;
import dev.revgraph.diff.CanonicalType;
import dev.revgraph.diff.Canonicalizer;
import dev.revgraph.operation.ColumnType.Kind;
import dev.revgraph.schema.Table;
import dev.revgraph.schema.TableColumn;

import org.jspecify.annotations.Nullable;

/**
 * The destructive and data-dependent risks of the operations autogenerate writes, each with the query
 * that counts the rows concerned. Queries name tables and columns as the database has them now (before
 * any rename the revision makes), quoted where they need it.
 */
final class RiskRules {

    private static final Map<Kind, Integer> INTEGER_WIDTHS = Map.of(Kind.SMALLINT, 2, Kind.INTEGER, 4, Kind.BIGINT, 8);

    private static final Map<Kind, String> INTEGER_LIMITS = Map.of(Kind.SMALLINT, "-32768 AND 32767", Kind.INTEGER,
            "-2147483648 AND 2147483647");

    private final Dialect dialect;

    private final Canonicalizer canonicalizer;

    private final Renames renames;

    RiskRules(Dialect dialect, Canonicalizer canonicalizer, Renames renames) {
        this.dialect = dialect;
        this.canonicalizer = canonicalizer;
        this.renames = renames;
    }

    private String table(Table table) {
        return dialect.identifier(renames.originalTable(table.name()));
    }

    private String column(Table table, String column) {
        return dialect.identifier(renames.originalColumn(table.name(), column));
    }

    Risk dropTable(Table table) {
        return Risk.counted(Risk.Kind.DESTRUCTIVE, "drops table " + table.name() + " and its rows",
                "SELECT COUNT(*) FROM " + table(table), "rows would be lost");
    }

    Risk dropColumn(Table table, TableColumn column) {
        return Risk.counted(Risk.Kind.DESTRUCTIVE, "drops column " + table.name() + "." + column.name()
                + " and its values", "SELECT COUNT(*) FROM " + table(table) + " WHERE " + column(table, column.name())
                + " IS NOT NULL", "rows have a value");
    }

    Risk dropSequence(String sequence) {
        return Risk.of(Risk.Kind.DESTRUCTIVE, "drops sequence " + sequence + " and its current value");
    }

    Risk setNotNull(Table table, TableColumn column) {
        return Risk.counted(Risk.Kind.DATA_DEPENDENT, "SET NOT NULL on " + table.name() + "." + column.name()
                + " fails while a row holds NULL", "SELECT COUNT(*) FROM " + table(table) + " WHERE "
                + column(table, column.name()) + " IS NULL", "rows are NULL");
    }

    Risk addNotNullColumn(Table table, TableColumn column) {
        return Risk.counted(Risk.Kind.DATA_DEPENDENT, "adds " + table.name() + "." + column.name()
                + " NOT NULL without a default, which fails on a table with rows", "SELECT COUNT(*) FROM " + table(table),
                "rows exist");
    }

    /** A unique key on existing columns fails while values repeat. */
    Risk unique(Table table, List<String> columns, String what) {
        List<String> names = columns.stream().map((name) -> column(table, name)).toList();
        String list = String.join(", ", names);
        String notNull = names.stream().map((name) -> name + " IS NOT NULL").collect(Collectors.joining(" AND "));
        return Risk.counted(Risk.Kind.DATA_DEPENDENT, what + " on " + table.name() + " (" + String.join(", ", columns)
                + ") fails while values repeat", "SELECT COALESCE(SUM(n), 0) FROM (SELECT COUNT(*) AS n FROM "
                + table(table) + " WHERE " + notNull + " GROUP BY " + list + " HAVING COUNT(*) > 1) duplicates",
                "rows share a value");
    }

    Risk check(Table table, String condition) {
        return Risk.counted(Risk.Kind.DATA_DEPENDENT, "CHECK (" + condition + ") on " + table.name()
                + " fails while a row violates it", "SELECT COUNT(*) FROM " + table(table) + " WHERE NOT ("
                + condition + ")", "rows violate it");
    }

    /** A foreign key on existing rows fails while a row references nothing. */
    Risk foreignKey(Table table, List<String> columns, @Nullable Table referenced, List<String> referencedColumns) {
        String reason = "FOREIGN KEY (" + String.join(", ", columns) + ") on " + table.name()
                + " fails while a row references a missing row";
        String notNull = columns.stream().map((name) -> "c." + column(table, name) + " IS NOT NULL")
            .collect(Collectors.joining(" AND "));
        if (referenced == null) {
            return Risk.counted(Risk.Kind.DATA_DEPENDENT, reason, "SELECT COUNT(*) FROM " + table(table) + " c WHERE "
                    + notNull, "rows reference a missing row");
        }
        List<String> join = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            join.add("p." + column(referenced, referencedColumns.get(i)) + " = c." + column(table, columns.get(i)));
        }
        return Risk.counted(Risk.Kind.DATA_DEPENDENT, reason, "SELECT COUNT(*) FROM " + table(table) + " c WHERE "
                + notNull + " AND NOT EXISTS (SELECT 1 FROM " + table(referenced) + " p WHERE "
                + String.join(" AND ", join) + ")", "rows reference a missing row");
    }

    /** The risk of changing a column's type, when the new type is narrower or of another family. */
    Optional<Risk> typeChange(Table table, TableColumn column, CanonicalType from, CanonicalType to) {
        Kind fromFamily = canonicalizer.family(from);
        Kind toFamily = canonicalizer.family(to);
        String name = table.name() + "." + column.name();
        String quoted = column(table, column.name());
        String reason = "changes the type of " + name + " from " + from + " to " + to;
        if (fromFamily == toFamily && (toFamily == Kind.VARCHAR || toFamily == Kind.CHAR || toFamily == Kind.BINARY)) {
            if (to.first() != null && (from.first() == null || to.first() < from.first())) {
                String length = (toFamily == Kind.BINARY) ? "OCTET_LENGTH" : "CHAR_LENGTH";
                return Optional.of(Risk.counted(Risk.Kind.DATA_DEPENDENT, reason + ", shorter", "SELECT COUNT(*) FROM "
                        + table(table) + " WHERE " + length + "(" + quoted + ") > " + to.first(), "rows are longer"));
            }
            return Optional.empty();
        }
        if (fromFamily == Kind.DECIMAL && toFamily == Kind.DECIMAL && to.parameters().size() == 2
                && from.parameters().size() == 2) {
            int fromWhole = from.parameters().get(0) - from.parameters().get(1);
            int toWhole = to.parameters().get(0) - to.parameters().get(1);
            if (toWhole < fromWhole) {
                return Optional.of(Risk.counted(Risk.Kind.DATA_DEPENDENT, reason + ", fewer digits before the point",
                        "SELECT COUNT(*) FROM " + table(table) + " WHERE ABS(" + quoted + ") >= 1" + "0".repeat(toWhole),
                        "rows do not fit"));
            }
            if (to.parameters().get(1) < from.parameters().get(1)) {
                return Optional.of(Risk.of(Risk.Kind.DATA_DEPENDENT, reason + ": values are rounded to "
                        + to.parameters().get(1) + " decimals"));
            }
            return Optional.empty();
        }
        if ((toFamily == Kind.TEXT || toFamily == Kind.CLOB)
                && (fromFamily == Kind.VARCHAR || fromFamily == Kind.CHAR || fromFamily == Kind.TEXT)) {
            return Optional.empty(); // unbounded text holds any string
        }
        Integer fromWidth = INTEGER_WIDTHS.get(fromFamily);
        Integer toWidth = INTEGER_WIDTHS.get(toFamily);
        if (fromWidth != null && toWidth != null) {
            if (toWidth >= fromWidth) {
                return Optional.empty();
            }
            return Optional.of(Risk.counted(Risk.Kind.DATA_DEPENDENT, reason + ", narrower", "SELECT COUNT(*) FROM "
                    + table(table) + " WHERE " + quoted + " NOT BETWEEN " + INTEGER_LIMITS.get(toFamily),
                    "rows do not fit"));
        }
        if (fromFamily == toFamily && fromFamily != Kind.RAW && from.first() != null && to.first() != null
                && to.first() >= from.first()) {
            return Optional.empty(); // a wider time precision, say
        }
        if ((fromFamily == Kind.INTEGER || fromFamily == Kind.SMALLINT) && (toFamily == Kind.BIGINT
                || toFamily == Kind.DECIMAL)) {
            return Optional.empty();
        }
        return Optional.of(Risk.of(Risk.Kind.DATA_DEPENDENT, reason + ": each value is converted, and the conversion "
                + "may fail or lose information"));
    }
}
