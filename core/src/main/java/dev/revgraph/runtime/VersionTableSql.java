package dev.revgraph.runtime;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.revgraph.dialect.Dialect;
import dev.revgraph.operation.Column;
import dev.revgraph.operation.ColumnType;
import dev.revgraph.operation.CreateTable;
import dev.revgraph.operation.PrimaryKey;
import dev.revgraph.operation.QualifiedName;
import dev.revgraph.revision.RowChange;

import org.jspecify.annotations.Nullable;

/**
 * The text of every statement that keeps the version, applied and history tables, for one dialect and
 * one tree's settings: shared by the online {@link Migrator} and offline {@code --sql} output, so both
 * write the same rows the same way.
 *
 * <p>Revision ids are written as literals: they are letters, digits and {@code _} only. Names are written
 * by {@link Dialect#identifier(String)} (bare when lower case, quoted otherwise) and checked when this
 * object is made.
 *
 * <pre>{@code
 * VersionTableSql sql = new VersionTableSql(dialect, settings);
 * sql.rowChange(RowChange.update("ae1027a6acf", "27c6a30d7c24"));
 * // UPDATE revgraph_version SET version_num = '27c6a30d7c24' WHERE version_num = 'ae1027a6acf'
 * }</pre>
 *
 * The version table has exactly the shape of Alembic's {@code alembic_version}, so a tree configured
 * with {@code versionTable("alembic_version")} reads and writes a database Alembic managed.
 */
public final class VersionTableSql {

    /** The longest revision id: Alembic's {@code version_num VARCHAR(32)}. */
    public static final int MAX_REVISION_LENGTH = 32;

    /**
     * The table that holds the migration lock on databases without advisory locks (H2 and others), in the
     * schema of the version table. Shared by every tree of that schema.
     */
    public static final String LOCK_TABLE = "revgraph_lock";

    static final String VERSION_COLUMN = "version_num";

    private final Dialect dialect;

    private final QualifiedName versionTable;

    private final QualifiedName appliedTable;

    private final QualifiedName historyTable;

    private final String version;

    private final String applied;

    private final String history;

    /**
     * @throws IllegalArgumentException when a table or schema name is not valid for the database
     *     (empty, containing NUL, too long)
     */
    public VersionTableSql(Dialect dialect, MigrationSettings settings) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        String schema = settings.schema();
        this.versionTable = QualifiedName.of(schema, settings.versionTable());
        this.appliedTable = QualifiedName.of(schema, settings.appliedTable());
        this.historyTable = QualifiedName.of(schema, settings.historyTable());
        this.version = dialect.qualified(this.versionTable);
        this.applied = dialect.qualified(this.appliedTable);
        this.history = dialect.qualified(this.historyTable);
    }

    public Dialect dialect() {
        return this.dialect;
    }

    /** The version table as written in SQL, schema included. */
    public String versionTableName() {
        return this.version;
    }

    /** The applied table as written in SQL, schema included. */
    public String appliedTableName() {
        return this.applied;
    }

    /** The history table as written in SQL, schema included. */
    public String historyTableName() {
        return this.history;
    }

    // --- DDL ----------------------------------------------------------------------------------------

    /** {@code CREATE TABLE revgraph_version (version_num VARCHAR(32) NOT NULL, PRIMARY KEY)}: Alembic's shape. */
    public List<String> createVersionTable() {
        return this.dialect.render(new CreateTable(this.versionTable,
                List.of(Column.of(VERSION_COLUMN, ColumnType.varchar(MAX_REVISION_LENGTH)).notNull()),
                PrimaryKey.of(constraintName(this.versionTable.name() + "_pkc"), VERSION_COLUMN), List.of(), List.of(),
                List.of(), null));
    }

    /** The applied table: one row per applied revision, with its checksum and how it came to be applied. */
    public List<String> createAppliedTable() {
        return this.dialect.render(new CreateTable(this.appliedTable,
                List.of(Column.of("revision", ColumnType.varchar(MAX_REVISION_LENGTH)).notNull(),
                        Column.of("checksum", ColumnType.varchar(64)),
                        Column.of("origin", ColumnType.varchar(16)).notNull(),
                        Column.of("history_id", ColumnType.BIGINT)),
                PrimaryKey.of(constraintName(this.appliedTable.name() + "_pk"), "revision"), List.of(), List.of(),
                List.of(), null));
    }

    /** The history table: one row per step or resolution, appended. */
    public List<String> createHistoryTable() {
        return this.dialect.render(new CreateTable(this.historyTable,
                List.of(Column.of("id", ColumnType.BIGINT).asIdentity().notNull(),
                        Column.of("revision", ColumnType.varchar(MAX_REVISION_LENGTH)),
                        Column.of("direction", ColumnType.varchar(16)).notNull(),
                        Column.of("rows_before", ColumnType.TEXT),
                        Column.of("rows_after", ColumnType.TEXT),
                        Column.of("checksum", ColumnType.varchar(64)),
                        Column.of("started", ColumnType.timestamp(3)).notNull(),
                        Column.of("finished", ColumnType.timestamp(3)),
                        Column.of("duration_ms", ColumnType.BIGINT),
                        Column.of("status", ColumnType.varchar(16)).notNull(),
                        Column.of("statements_done", ColumnType.INTEGER).notNull(),
                        Column.of("statements_total", ColumnType.INTEGER),
                        Column.of("error", ColumnType.TEXT),
                        Column.of("db_user", ColumnType.varchar(128)),
                        Column.of("single_transaction", ColumnType.BOOLEAN).notNull()),
                PrimaryKey.of(constraintName(this.historyTable.name() + "_pk"), "id"), List.of(), List.of(), List.of(),
                null));
    }

    // --- version rows -------------------------------------------------------------------------------

    /** {@code SELECT version_num FROM revgraph_version}. */
    public String selectVersionRows() {
        return "SELECT " + VERSION_COLUMN + " FROM " + this.version;
    }

    /**
     * The statement for one change of the version rows. Online, an update or delete must touch exactly
     * one row: anything else means someone else changed the table.
     */
    public List<String> rowChange(RowChange change) {
        return switch (change.kind()) {
            case INSERT -> List.of("INSERT INTO " + this.version + " (" + VERSION_COLUMN + ") VALUES ("
                    + id(change.to()) + ")");
            case UPDATE -> List.of("UPDATE " + this.version + " SET " + VERSION_COLUMN + " = " + id(change.to())
                    + " WHERE " + VERSION_COLUMN + " = " + id(change.from()));
            case DELETE -> List.of("DELETE FROM " + this.version + " WHERE " + VERSION_COLUMN + " = "
                    + id(change.from()));
        };
    }

    /** Deletes every version row (a purging stamp). */
    public String deleteAllVersionRows() {
        return "DELETE FROM " + this.version;
    }

    // --- applied rows -------------------------------------------------------------------------------

    /** {@code SELECT revision, checksum, origin FROM revgraph_applied}. */
    public String selectApplied() {
        return "SELECT revision, checksum, origin FROM " + this.applied;
    }

    /**
     * One row: how many revisions the applied table holds, and the MD5 (lower-case hex) of their
     * {@code revision:checksum} pairs ({@code -} for no checksum) in revision order, joined by commas — what
     * {@link #appliedDigest} computes from the scripts — so that a start-up at heads compares the applied set
     * in one row, whatever its size. {@code null} where the database has no such aggregate here (MySQL's
     * {@code GROUP_CONCAT} stops at 1,024 bytes by default): then the rows are read and compared one by one.
     */
    public @Nullable String selectAppliedDigest() {
        String pair = "revision || ':' || COALESCE(checksum, '-')";
        return switch (this.dialect.id()) {
            case POSTGRESQL -> "SELECT COUNT(*), MD5(STRING_AGG(" + pair + ", ',' ORDER BY revision COLLATE \"C\")) FROM "
                    + this.applied;
            // longer than group_concat_max_len (1 MB): cut short, so a mismatch, and the rows are read after all
            case MARIADB -> "SELECT COUNT(*), MD5(GROUP_CONCAT(CONCAT(revision, ':', COALESCE(checksum, '-')) ORDER BY "
                    + "CAST(revision AS BINARY) SEPARATOR ',')) FROM " + this.applied;
            case H2 -> "SELECT COUNT(*), LOWER(RAWTOHEX(HASH('MD5', LISTAGG(" + pair + ", ',') WITHIN GROUP (ORDER BY "
                    + "revision)))) FROM " + this.applied;
            default -> null;
        };
    }

    /**
     * The digest {@link #selectAppliedDigest} reads, of the given {@code revision -> checksum} pairs (a null
     * checksum allowed); {@code null} for none, as SQL's aggregate of no rows.
     */
    static @Nullable String appliedDigest(Map<String, @Nullable String> checksums) {
        if (checksums.isEmpty()) {
            return null;
        }
        List<String> revisions = new ArrayList<>(checksums.keySet());
        Collections.sort(revisions);
        StringBuilder pairs = new StringBuilder(revisions.size() * 80);
        for (String revision : revisions) {
            if (pairs.length() > 0) {
                pairs.append(',');
            }
            String checksum = checksums.get(revision);
            pairs.append(revision).append(':').append((checksum != null) ? checksum : "-");
        }
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(pairs.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md5);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("Every Java runtime has MD5", ex);
        }
    }

    /** Records {@code revision} as applied. */
    public String insertApplied(String revision, @Nullable String checksum, AppliedOrigin origin,
            @Nullable Long historyId) {
        return "INSERT INTO " + this.applied + " (revision, checksum, origin, history_id) VALUES (" + id(revision)
                + ", " + nullable(checksum) + ", " + this.dialect.stringLiteral(origin.code()) + ", "
                + ((historyId != null) ? historyId.toString() : "NULL") + ")";
    }

    /** Removes {@code revision} from the applied set. */
    public String deleteApplied(String revision) {
        return "DELETE FROM " + this.applied + " WHERE revision = " + id(revision);
    }

    /** Deletes every applied row (a purging stamp). */
    public String deleteAllApplied() {
        return "DELETE FROM " + this.applied;
    }

    /** Records a new checksum for an applied revision ({@code resolve --accept-checksum}). */
    public String updateAppliedChecksum(String revision, @Nullable String checksum) {
        return "UPDATE " + this.applied + " SET checksum = " + nullable(checksum) + " WHERE revision = "
                + id(revision);
    }

    // --- history (online only: parameters for values that are not ids) --------------------------------

    static final String HISTORY_COLUMNS = "id, revision, direction, rows_before, rows_after, checksum, started, "
            + "finished, duration_ms, status, statements_done, statements_total, error, db_user, single_transaction";

    /** Inserts a history row; parameters in {@link #HISTORY_COLUMNS} order, without the id. */
    String insertHistory() {
        return "INSERT INTO " + this.history + " (revision, direction, rows_before, rows_after, checksum, started, "
                + "finished, duration_ms, status, statements_done, statements_total, error, db_user, "
                + "single_transaction) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    }

    /**
     * Inserts {@code entry} with every value written as a literal, for a statement batch: the id is not
     * read back (later statements find the row by {@link #insertAppliedByLatestHistory} or a {@link HistoryRow}).
     */
    String insertHistory(HistoryEntry entry) {
        return "INSERT INTO " + this.history + " (revision, direction, rows_before, rows_after, checksum, started, "
                + "finished, duration_ms, status, statements_done, statements_total, error, db_user, "
                + "single_transaction) VALUES (" + nullable(entry.revision()) + ", "
                + this.dialect.stringLiteral(entry.direction().code()) + ", "
                + this.dialect.stringLiteral(String.join(",", entry.rowsBefore())) + ", "
                + this.dialect.stringLiteral(String.join(",", entry.rowsAfter())) + ", " + nullable(entry.checksum())
                + ", " + timestamp(entry.started()) + ", "
                + ((entry.finished() != null) ? timestamp(entry.finished()) : "NULL") + ", "
                + ((entry.duration() != null) ? String.valueOf(entry.duration().toMillis()) : "NULL") + ", "
                + this.dialect.stringLiteral(entry.status().code()) + ", " + entry.statementsDone() + ", "
                + ((entry.statementsTotal() != null) ? entry.statementsTotal().toString() : "NULL") + ", "
                + nullable(entry.error()) + ", " + nullable(entry.user()) + ", "
                + this.dialect.literal(entry.atomic()) + ")";
    }

    /**
     * Records {@code revision} as applied by the latest history row of that revision: for a batch, in
     * which the history row was written without reading its id back. Under the migration lock the latest
     * row of a revision is the one this run wrote.
     */
    String insertAppliedByLatestHistory(String revision, @Nullable String checksum, AppliedOrigin origin) {
        return "INSERT INTO " + this.applied + " (revision, checksum, origin, history_id) SELECT " + id(revision)
                + ", " + nullable(checksum) + ", " + this.dialect.stringLiteral(origin.code()) + ", MAX(id) FROM "
                + this.history + " WHERE revision = " + id(revision);
    }

    /** Advances a running row's statement counter. */
    String updateHistoryProgress(HistoryRow row, int done) {
        return "UPDATE " + this.history + " SET statements_done = " + done + " WHERE " + row.condition(this);
    }

    /** Ends a history row; parameters: finished, duration, status, done, error. */
    String finishHistory(HistoryRow row, boolean leftNothing) {
        return "UPDATE " + this.history + " SET finished = ?, duration_ms = ?, status = ?, statements_done = ?, "
                + "error = ?" + (leftNothing ? ", single_transaction = " + this.dialect.literal(Boolean.TRUE) : "")
                + " WHERE " + row.condition(this);
    }

    /** Ends a history row successfully, with literals, for a batch. */
    String finishHistorySuccess(HistoryRow row, Instant finished, Duration duration, int done) {
        return "UPDATE " + this.history + " SET finished = " + timestamp(finished) + ", duration_ms = "
                + duration.toMillis() + ", status = 'success', statements_done = " + done + ", error = NULL WHERE "
                + row.condition(this);
    }

    /** {@code revision} as a literal of the revision column. */
    String revisionLiteral(String revision) {
        return id(revision);
    }

    private String timestamp(Instant instant) {
        return this.dialect.literal(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    String selectHistory() {
        return "SELECT " + HISTORY_COLUMNS + " FROM " + this.history + " ORDER BY id";
    }

    /**
     * The attempts that did not succeed outside one transaction and have not been followed by a later
     * row for the same revision (a retry, a resolution): what the migrator refuses to pass.
     */
    String selectInDoubt() {
        return "SELECT " + HISTORY_COLUMNS + " FROM " + this.history + " h WHERE h.status <> 'success' AND "
                + "h.single_transaction = " + this.dialect.literal(Boolean.FALSE)
                + " AND h.direction IN ('upgrade', 'downgrade') AND NOT EXISTS (SELECT 1 FROM " + this.history
                + " l WHERE l.revision = h.revision AND l.id > h.id) ORDER BY h.id";
    }

    /** The successful upgrades and stamps of the given revisions, to trace unknown rows to known ones. */
    String selectArrivals() {
        return "SELECT revision, rows_before FROM " + this.history + " WHERE status = 'success' AND direction IN "
                + "('upgrade', 'stamp') ORDER BY id";
    }

    private @Nullable String constraintName(String name) {
        try {
            this.dialect.validateIdentifier(name);
            return name;
        }
        catch (IllegalArgumentException ex) {
            return null; // too long for this database: let it name the key
        }
    }

    private String id(@Nullable String revision) {
        Objects.requireNonNull(revision, "revision");
        return this.dialect.stringLiteral(revision);
    }

    private String nullable(@Nullable String value) {
        return (value != null) ? this.dialect.stringLiteral(value) : "NULL";
    }
}
