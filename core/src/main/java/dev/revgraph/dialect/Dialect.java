package dev.revgraph.dialect;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.revgraph.operation.ColumnType;
import dev.revgraph.operation.Operation;
import dev.revgraph.operation.QualifiedName;

import org.jspecify.annotations.Nullable;

/**
 * What RevGraph knows about one database at one server version: how it writes each
 * {@link Operation} as SQL, how it quotes names, which portable {@link ColumnType} it uses for each
 * family, and what it can do. One subclass per database; get one from {@link Dialects}.
 *
 * <pre>{@code
 * Dialect dialect = Dialects.of(connection);
 * for (String sql : dialect.render(new DropTable(QualifiedName.of("users"), null))) {
 *     statement.execute(sql);
 * }
 * }</pre>
 *
 * <p><b>Names</b> are written the way Alembic writes them: a lower-case name that needs no quotes
 * ({@code users}, {@code created_at}) is left bare so that databases that fold unquoted names to upper
 * case (H2, Oracle) store it as {@code USERS}, exactly as Hibernate's unquoted names expect; any other
 * name (mixed case, reserved word, other characters) is quoted and so kept exactly as written.
 */
public abstract class Dialect {

    private static final Pattern BARE_IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]*");

    private static final DateTimeFormatter TIME = new DateTimeFormatterBuilder().appendPattern("HH:mm:ss")
        .optionalStart()
        .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
        .toFormatter(Locale.ROOT);

    private final ServerVersion version;

    protected Dialect(ServerVersion version) {
        this.version = Objects.requireNonNull(version, "version");
    }

    /** Which database this is. */
    public abstract DatabaseId id();

    /** The server version this dialect writes SQL for. */
    public final ServerVersion version() {
        return version;
    }

    // --- capabilities ---------------------------------------------------------------------------------

    /** Whether DDL runs inside a transaction and is undone by a rollback, rather than committing itself. */
    public abstract boolean supportsTransactionalDdl();

    /** Whether an index may cover only the rows matching a condition ({@code CREATE INDEX ... WHERE}). */
    public abstract boolean supportsPartialIndexes();

    /** Whether an index may cover expressions, not only columns. */
    public abstract boolean supportsExpressionIndexes();

    /**
     * Whether an index keeps an element sorted descending ({@code DESC}) as such; where it does not, the
     * server accepts {@code DESC} and builds the element ascending. True by default.
     */
    public boolean supportsDescendingIndexes() {
        return true;
    }

    /** Whether an index can be built and dropped without blocking writes (and outside a transaction). */
    public boolean supportsConcurrentIndex() {
        return false;
    }

    /** Whether the database has sequences. */
    public abstract boolean supportsSequences();

    /** Whether check constraints are enforced. */
    public boolean supportsCheckConstraints() {
        return true;
    }

    /** Whether tables and columns can carry comments; where they cannot, comments render as nothing. */
    public boolean supportsComments() {
        return true;
    }

    /** The longest name the database keeps whole, in the unit it counts (characters or bytes). */
    public abstract int maxIdentifierLength();

    /** How the database stores a name written without quotes. */
    public abstract IdentifierCase unquotedIdentifierCase();

    /** How the database stores a name written without quotes. */
    public enum IdentifierCase {
        /** Folded to lower case (PostgreSQL). */
        LOWER,
        /** Folded to upper case (H2, Oracle, the SQL standard). */
        UPPER,
        /** Kept as written, compared by the database's own rules (MariaDB, MySQL, SQL Server, SQLite). */
        PRESERVED
    }

    // --- names ----------------------------------------------------------------------------------------

    /**
     * Checks a name from configuration or a migration before it reaches SQL: not empty, no NUL, not
     * longer than {@link #maxIdentifierLength()}, no character the database cannot quote.
     * @return {@code name}, unchanged
     * @throws IllegalArgumentException naming the problem
     */
    public String validateIdentifier(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("A " + id().displayName() + " name cannot be empty");
        }
        if (name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("A " + id().displayName() + " name cannot contain NUL: '"
                    + name.replace('\0', '?') + "'");
        }
        int length = identifierLength(name);
        if (length > maxIdentifierLength()) {
            throw new IllegalArgumentException("'" + name + "' is " + length + " " + identifierLengthUnit()
                    + " long; " + id().displayName() + " names are at most " + maxIdentifierLength());
        }
        checkIdentifierCharacters(name);
        return name;
    }

    /** Validates {@code name} and quotes it, always: {@code "x"}, {@code `x`} or {@code [x]}. */
    public final String quote(String name) {
        return quoteValidated(validateIdentifier(name));
    }

    /** Validates {@code name} and writes it bare if it needs no quotes, quoted otherwise. */
    public final String identifier(String name) {
        validateIdentifier(name);
        if (BARE_IDENTIFIER.matcher(name).matches() && !reservedWords().contains(name.toUpperCase(Locale.ROOT))) {
            return name;
        }
        return quoteValidated(name);
    }

    /** A table or sequence name with its schema, each part written by {@link #identifier(String)}. */
    public final String qualified(QualifiedName name) {
        String schema = name.schema();
        return (schema != null) ? identifier(schema) + "." + identifier(name.name()) : identifier(name.name());
    }

    /** Quotes a validated name; by default the SQL standard's double quotes, doubled inside. */
    protected String quoteValidated(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /** How long {@code name} is in the unit {@link #maxIdentifierLength()} counts; code points by default. */
    protected int identifierLength(String name) {
        return name.codePointCount(0, name.length());
    }

    /** The unit of {@link #identifierLength(String)}, for messages. */
    protected String identifierLengthUnit() {
        return "characters";
    }

    /** Rejects characters the database cannot have in a quoted name; nothing beyond NUL by default. */
    protected void checkIdentifierCharacters(String name) {
    }

    /** Words, in upper case, that this database only accepts as names when quoted. */
    protected abstract Set<String> reservedWords();

    // --- types and literals ---------------------------------------------------------------------------

    /** This database's type for a portable column type. */
    public abstract String typeSql(ColumnType type);

    /**
     * {@code value} as an SQL literal of this database, for the value types {@link
     * dev.revgraph.operation.BulkInsert} accepts.
     */
    public String literal(@Nullable Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof String text) {
            return stringLiteral(text);
        }
        if (value instanceof Boolean bool) {
            return booleanLiteral(bool);
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Number) {
            return value.toString();
        }
        if (value instanceof LocalDate date) {
            return dateLiteral(date.toString());
        }
        if (value instanceof LocalTime time) {
            return timeLiteral(TIME.format(time));
        }
        if (value instanceof LocalDateTime timestamp) {
            return timestampLiteral(timestamp.toLocalDate() + " " + TIME.format(timestamp));
        }
        if (value instanceof OffsetDateTime timestamp) {
            return timestampTzLiteral(timestamp);
        }
        if (value instanceof UUID uuid) {
            return stringLiteral(uuid.toString());
        }
        if (value instanceof byte[] bytes) {
            return bytesLiteral(HexFormat.of().withUpperCase().formatHex(bytes));
        }
        throw new IllegalArgumentException("Cannot write a " + value.getClass().getName() + " as an SQL literal");
    }

    /** A string literal: single quotes, doubled inside. NUL is refused: most databases cannot store it. */
    public String stringLiteral(String value) {
        if (value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("A string literal cannot contain NUL");
        }
        return "'" + value.replace("'", "''") + "'";
    }

    protected String booleanLiteral(boolean value) {
        return value ? "TRUE" : "FALSE";
    }

    protected String dateLiteral(String isoDate) {
        return "DATE '" + isoDate + "'";
    }

    protected String timeLiteral(String isoTime) {
        return "TIME '" + isoTime + "'";
    }

    protected String timestampLiteral(String isoTimestamp) {
        return "TIMESTAMP '" + isoTimestamp + "'";
    }

    protected String timestampTzLiteral(OffsetDateTime value) {
        return "TIMESTAMP WITH TIME ZONE '" + formatWithOffset(value, " ", "") + "'";
    }

    /** {@code value} as {@code 2024-01-31 12:30:00+02:00}, with the given separators. */
    protected static String formatWithOffset(OffsetDateTime value, String dateTimeSeparator, String offsetSeparator) {
        return value.toLocalDate() + dateTimeSeparator + TIME.format(value) + offsetSeparator + value.getOffset().getId()
            .replace("Z", "+00:00");
    }

    /** {@code value} as {@code 2024-01-31 12:30:00}. */
    protected static String formatLocal(LocalDateTime value, String dateTimeSeparator) {
        return value.toLocalDate() + dateTimeSeparator + TIME.format(value);
    }

    protected String bytesLiteral(String hex) {
        return "X'" + hex + "'";
    }

    // --- rendering ------------------------------------------------------------------------------------

    /**
     * The statements that carry out {@code operation} on this database, in order; empty when there is
     * nothing to run (a comment where comments are not supported, {@link
     * dev.revgraph.operation.Irreversible}).
     * @throws UnsupportedByDialectException when this database cannot do it
     */
    public abstract List<String> render(Operation operation);

    @Override
    public String toString() {
        return id().displayName() + " " + version;
    }
}
