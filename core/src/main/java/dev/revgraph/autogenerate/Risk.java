package dev.revgraph.autogenerate;

import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Why an operation deserves a second look before it runs, written as a comment above it in the revision
 * and listed by the command:
 *
 * <pre>
 * // destructive: drops column orders.note (12 rows have a value)
 * // data-dependent: SET NOT NULL on orders.email (3 rows are NULL)
 * // locking: CREATE INDEX without CONCURRENTLY blocks writes to orders while it builds (about 2400000 rows)
 * </pre>
 *
 * @param kind what kind of risk
 * @param reason what the operation does that is risky
 * @param countSql the query that counts the rows concerned, run against the live database by
 * {@link RiskAssessor}; {@code null} when there is nothing to count
 * @param rows the rows counted (for a locking risk, the table's estimated size); {@code null} until
 * counted, or when nothing can be counted
 * @param rowsMeaning what the count means: {@code rows have a value}, {@code rows are NULL}
 */
public record Risk(Kind kind, String reason, @Nullable String countSql, @Nullable Long rows, String rowsMeaning) {

    /** The kinds of risk. */
    public enum Kind {

        /** Drops data: a table, a column, a sequence. */
        DESTRUCTIVE,

        /** Fails, or changes data, depending on the rows there are: SET NOT NULL, a new unique key, a narrower type. */
        DATA_DEPENDENT,

        /** Blocks reads or writes for as long as the table is large: PostgreSQL's plain CREATE INDEX. */
        LOCKING;

        /** {@code destructive}, {@code data-dependent}, {@code locking}. */
        public String tag() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public Risk {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(rowsMeaning, "rowsMeaning");
    }

    /** A risk with nothing to count. */
    public static Risk of(Kind kind, String reason) {
        return new Risk(kind, reason, null, null, "rows");
    }

    /** A risk whose rows {@code countSql} counts; {@code rowsMeaning} says what they are. */
    public static Risk counted(Kind kind, String reason, String countSql, String rowsMeaning) {
        return new Risk(kind, reason, countSql, null, rowsMeaning);
    }

    /** This risk with its rows counted. */
    public Risk withRows(long count) {
        return new Risk(kind, reason, countSql, count, rowsMeaning);
    }

    /** The comment line: {@code destructive: drops column orders.note (12 rows have a value)}. */
    public String describe() {
        return kind.tag() + ": " + reason + ((rows != null) ? " (" + rows + " " + rowsMeaning + ")" : "");
    }
}
