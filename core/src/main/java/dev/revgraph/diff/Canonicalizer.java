package dev.revgraph.diff;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.revgraph.dialect.Dialect;
import dev.revgraph.operation.ColumnType;
import dev.revgraph.operation.ColumnType.Kind;
import dev.revgraph.operation.ForeignKeyAction;
import dev.revgraph.schema.DataType;
import dev.revgraph.schema.IndexColumn;
import dev.revgraph.schema.Schema;
import dev.revgraph.schema.Sequence;
import dev.revgraph.schema.Table;
import dev.revgraph.schema.TableColumn;
import dev.revgraph.schema.TableForeignKey;
import dev.revgraph.schema.TableIndex;

import org.jspecify.annotations.Nullable;

/**
 * One database's canonical form of everything the comparison looks at, applied alike to the model and
 * to the database, so that two spellings of the same thing compare equal: type aliases and implied sizes,
 * defaults as the server writes them back, check and index expressions the server rewrote, names as the
 * server folds and truncates them, referential actions the server does not tell apart. One subclass per
 * database; {@link #forDialect(Dialect)} picks it.
 *
 * <pre>{@code
 * Canonicalizer postgres = Canonicalizer.forDialect(dialect);
 * postgres.type("int4").equals(postgres.type("integer"));                       // true
 * postgres.defaultValue("'-1'::integer", postgres.type("integer"));             // "- 1", as for "-1"
 * }</pre>
 */
public abstract class Canonicalizer {

    private static final Set<Kind> NUMERIC = Set.of(Kind.INTEGER, Kind.BIGINT, Kind.SMALLINT, Kind.DECIMAL, Kind.REAL,
            Kind.DOUBLE);

    private static final Set<String> TRUE = Set.of("true", "1", "b'1'", "'1'", "'t'", "'true'", "'y'", "'yes'");

    private static final Set<String> FALSE = Set.of("false", "0", "b'0'", "'0'", "'f'", "'false'", "'n'", "'no'");

    /** The canonical form for the database {@code dialect} speaks to. */
    public static Canonicalizer forDialect(Dialect dialect) {
        return switch (dialect.id()) {
            case POSTGRESQL -> new PostgresCanonicalizer();
            case MARIADB, MYSQL -> new MariaDbCanonicalizer(dialect.id(), dialect.supportsDescendingIndexes());
            case H2 -> new H2Canonicalizer();
            default -> new GenericCanonicalizer(dialect.id().id());
        };
    }

    /** The database's id, which prefixes the rules' names: {@code postgresql.type}. */
    public abstract String name();

    /** The name of one of this canonical form's rules, as a {@link Difference} reports it. */
    public String rule(String aspect) {
        return name() + "." + aspect;
    }

    // --- names ----------------------------------------------------------------------------------------

    /**
     * The key two names are matched by: folded to lower case (unquoted names are stored upper case on H2,
     * lower case on PostgreSQL, as written on MariaDB) and cut where the database cuts them.
     */
    public String nameKey(String name) {
        return truncate(name).toLowerCase(Locale.ROOT);
    }

    /** The {@link #nameKey(String) keys} of these names, in their order. */
    public List<String> nameKeys(List<String> names) {
        List<String> keys = new ArrayList<>(names.size());
        for (String name : names) {
            keys.add(nameKey(name));
        }
        return Collections.unmodifiableList(keys);
    }

    /** The name as the database keeps it when it is longer than it allows; unchanged by default. */
    protected String truncate(String name) {
        return name;
    }

    /** {@code name} cut to at most {@code bytes} bytes of UTF-8, never inside a character. */
    protected static String truncateToBytes(String name, int bytes) {
        if (name.getBytes(StandardCharsets.UTF_8).length <= bytes) {
            return name;
        }
        StringBuilder cut = new StringBuilder();
        int used = 0;
        for (int i = 0; i < name.length();) {
            int codePoint = name.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (used + size > bytes) {
                break;
            }
            cut.appendCodePoint(codePoint);
            used += size;
            i += Character.charCount(codePoint);
        }
        return cut.toString();
    }

    // --- types ----------------------------------------------------------------------------------------

    /** A column's type in canonical form. */
    public CanonicalType type(DataType type) {
        return type(type.nativeType());
    }

    /** A type written as SQL, in canonical form. */
    public abstract CanonicalType type(String sqlType);

    /** The portable family a canonical type belongs to, {@link Kind#RAW} when none. */
    public abstract Kind family(CanonicalType type);

    /**
     * The portable {@link ColumnType} nearest to {@code type}, or {@code null} when it has none; whether
     * the dialect writes it back as exactly {@code type} is for the caller to check.
     */
    public @Nullable ColumnType portable(CanonicalType type) {
        Integer first = type.first();
        Integer second = (type.parameters().size() > 1) ? type.parameters().get(1) : null;
        return switch (family(type)) {
            case VARCHAR -> (first != null && first > 0) ? ColumnType.varchar(first) : null;
            case CHAR -> (first != null && first > 0) ? ColumnType.fixedChar(first) : null;
            case BINARY -> (first != null && first > 0) ? ColumnType.binary(first) : null;
            case DECIMAL -> (first != null && second != null && first > 0 && second <= first)
                    ? ColumnType.decimal(first, second) : null;
            case TIMESTAMP -> (first != null && first <= 9) ? ColumnType.timestamp(first) : null;
            case TIMESTAMP_TZ -> (first != null && first <= 9) ? ColumnType.timestampTz(first) : null;
            case INTEGER -> ColumnType.INTEGER;
            case BIGINT -> ColumnType.BIGINT;
            case SMALLINT -> ColumnType.SMALLINT;
            case BOOLEAN -> ColumnType.BOOLEAN;
            case TEXT -> ColumnType.TEXT;
            case REAL -> ColumnType.REAL;
            case DOUBLE -> ColumnType.DOUBLE;
            case DATE -> ColumnType.DATE;
            case TIME -> ColumnType.TIME;
            case UUID -> ColumnType.UUID;
            case BLOB -> ColumnType.BLOB;
            case CLOB -> ColumnType.CLOB;
            case JSON -> ColumnType.JSON;
            case RAW -> null;
        };
    }

    /** Canonical type {@code name} with the first parameter or {@code fallback} when there is none. */
    protected static CanonicalType sized(String name, TypeText text, @Nullable Integer fallback) {
        Integer size = text.parameter(0, fallback);
        return (size != null) ? CanonicalType.of(name, size) : CanonicalType.of(name);
    }

    // --- columns --------------------------------------------------------------------------------------

    /** Whether the database generates the column's values, however it does (identity, serial, auto-increment). */
    public boolean generated(TableColumn column) {
        return column.identity().generated();
    }

    /**
     * A default in canonical form, {@code null} for none: {@link SqlExpression}'s form, with the
     * database's function aliases, {@code NULL} as none, numbers in quotes unquoted on numeric columns and
     * the many spellings of true and false made one on boolean columns.
     */
    public @Nullable String defaultValue(@Nullable String expression, CanonicalType type) {
        if (expression == null || expression.isBlank() || expression.strip().equalsIgnoreCase("null")) {
            // MariaDB writes the word NULL for every nullable column without a default: no need to parse it
            return null;
        }
        String canonical = functions(SqlExpression.canonical(expression));
        if (canonical.equals("null")) {
            return null;
        }
        Kind family = family(type);
        if ((NUMERIC.contains(family) || isInteger(type)) && canonical.matches("'\\s*[-+]?[0-9.eE]+\\s*'")) {
            canonical = SqlExpression.canonical(canonical.substring(1, canonical.length() - 1));
        }
        if (family == Kind.BOOLEAN) {
            if (TRUE.contains(canonical)) {
                return "true";
            }
            if (FALSE.contains(canonical)) {
                return "false";
            }
        }
        return canonical;
    }

    /** Whether the type is an integer type the portable families do not name ({@code tinyint}). */
    protected boolean isInteger(CanonicalType type) {
        return type.name().equals("tinyint") || type.name().equals("mediumint");
    }

    /** The database's aliases of functions in defaults, written one way. */
    protected String functions(String canonical) {
        return switch (canonical) {
            case "now ( )", "current_timestamp ( )", "transaction_timestamp ( )" -> "current_timestamp";
            case "current_date ( )" -> "current_date";
            default -> canonical;
        };
    }

    // --- expressions, constraints, sequences -----------------------------------------------------------

    /** A check condition, index expression or partial index predicate in canonical form. */
    public String expression(String sql) {
        return SqlExpression.canonical(sql);
    }

    /**
     * Whether an index element is sorted descending as the database keeps it; as written by default, and
     * never where the server builds every element ascending (MariaDB before 10.8, MySQL before 8.0).
     */
    public boolean descending(IndexColumn column) {
        return column.descending();
    }

    /** A referential action as the database tells it apart from the others. */
    public ForeignKeyAction action(ForeignKeyAction action) {
        return action;
    }

    /**
     * Whether a database sequence exists only because a column's values are generated (identity, serial)
     * and so has no counterpart in the model.
     */
    public boolean implicit(Sequence sequence, Schema database) {
        if (sequence.identity()) {
            return true;
        }
        if (sequence.ownedBy() == null) {
            return false;
        }
        return database.tables().stream()
            .filter((table) -> table.name().equals(sequence.ownedBy().table()))
            .flatMap((table) -> table.columns().stream())
            .anyMatch((column) -> column.name().equals(sequence.ownedBy().column()) && generated(column));
    }

    /**
     * A check condition as the database wrote it back, in a form that creates the same condition again
     * and is written back the same way; unchanged by default.
     */
    public String recreatableCheck(String expression) {
        return expression;
    }

    /**
     * Whether a foreign key needs an index on its columns and the database makes one when there is none
     * (InnoDB): such an index cannot be dropped while the key exists, and stays when the key is dropped.
     */
    public boolean foreignKeysNeedAnIndex() {
        return false;
    }

    /** Whether primary keys keep the names they are given (MariaDB's are all {@code PRIMARY}). */
    public boolean namesPrimaryKeys() {
        return true;
    }

    /**
     * The indexes the database made for a foreign key that stay behind when the foreign key is dropped
     * (InnoDB's), so that dropping the key should drop them too; none by default.
     */
    public List<TableIndex> indexesLeftByForeignKey(Table table, TableForeignKey foreignKey) {
        return List.of();
    }
}
