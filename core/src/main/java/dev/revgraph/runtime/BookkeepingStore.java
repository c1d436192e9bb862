package dev.revgraph.runtime;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import dev.revgraph.ErrorCode;
import dev.revgraph.RevGraphException;
import dev.revgraph.dialect.DatabaseId;
import dev.revgraph.dialect.Dialect;
import dev.revgraph.revision.RowChange;

import org.jspecify.annotations.Nullable;

/**
 * Reads and writes a tree's version, applied and history tables over JDBC, with the statement text of
 * {@link VersionTableSql}. Every write of a version or applied row is a compare-and-set: it must touch
 * exactly one row, or someone else changed the table and the step fails loudly.
 */
final class BookkeepingStore {

    /** The lock table, for databases that lock with a row (H2). */
    static final String LOCK_TABLE = VersionTableSql.LOCK_TABLE;

    private final Dialect dialect;

    private final MigrationSettings settings;

    private final VersionTableSql sql;

    BookkeepingStore(Dialect dialect, MigrationSettings settings, VersionTableSql sql) {
        this.dialect = dialect;
        this.settings = settings;
        this.sql = sql;
    }

    VersionTableSql sql() {
        return this.sql;
    }

    // --- tables -------------------------------------------------------------------------------------

    /**
     * Which tables exist. First only the tables whose names start as the tree's three tables' names do
     * ({@code revgraph_%} by default): one metadata call with a short answer, where every start used to
     * list every table of the schema. Only when the version table is missing (a first run, or a schema to
     * refuse) is the schema listed, for the tables of other trees and the non-empty check.
     */
    TableState inspect(Connection connection) throws SQLException {
        String prefix = commonPrefix(stored(this.settings.versionTable()), stored(this.settings.appliedTable()),
                stored(this.settings.historyTable()));
        if (!prefix.isEmpty()) {
            TableState tree = listTables(connection, prefix);
            if (tree.versionTable()) {
                return new TableState(true, tree.appliedTable(), tree.historyTable(), List.of(), List.of());
            }
        }
        return listTables(connection, "");
    }

    private static String commonPrefix(String first, String... others) {
        int length = first.length();
        for (String other : others) {
            int common = 0;
            while (common < Math.min(length, other.length()) && first.charAt(common) == other.charAt(common)) {
                common++;
            }
            length = common;
        }
        return first.substring(0, length);
    }

    /** Which tables exist, and every other table whose name starts with {@code prefix}, from one metadata call. */
    private TableState listTables(Connection connection, String prefix) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        String catalog;
        String schemaPattern;
        if (mysqlFamily()) {
            catalog = (this.settings.schema() != null) ? this.settings.schema() : connection.getCatalog();
            schemaPattern = null;
        }
        else {
            catalog = null;
            String schema = (this.settings.schema() != null) ? stored(this.settings.schema()) : connection.getSchema();
            schemaPattern = (schema != null) ? escape(schema, metaData.getSearchStringEscape()) : null;
        }
        boolean version = false;
        boolean applied = false;
        boolean history = false;
        TreeSet<String> others = new TreeSet<>();
        TreeSet<String> otherTrees = new TreeSet<>();
        String namePattern = escape(prefix, metaData.getSearchStringEscape()) + "%";
        try (ResultSet tables = metaData.getTables(catalog, schemaPattern, namePattern, new String[] { "TABLE" })) {
            while (tables.next()) {
                String name = tables.getString("TABLE_NAME");
                if (sameName(name, this.settings.versionTable())) {
                    version = true;
                }
                else if (sameName(name, this.settings.appliedTable())) {
                    applied = true;
                }
                else if (sameName(name, this.settings.historyTable())) {
                    history = true;
                }
                else if (isOtherTreeTable(name)) {
                    otherTrees.add(name);
                }
                else if (!sameName(name, LOCK_TABLE)) {
                    others.add(name);
                }
            }
        }
        return new TableState(version, applied, history, new ArrayList<>(others), new ArrayList<>(otherTrees));
    }

    private boolean isOtherTreeTable(String name) {
        for (String table : this.settings.otherTreeTables()) {
            if (sameName(name, table)) {
                return true;
            }
        }
        return false;
    }

    /** Creates the tables that do not exist yet; commits. */
    void createMissing(Connection connection, TableState tables) throws SQLException {
        List<String> statements = new ArrayList<>();
        if (!tables.appliedTable()) {
            statements.addAll(this.sql.createAppliedTable());
        }
        if (!tables.historyTable()) {
            statements.addAll(this.sql.createHistoryTable());
        }
        if (!tables.versionTable()) {
            statements.addAll(this.sql.createVersionTable());
        }
        if (statements.isEmpty()) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            for (String ddl : statements) {
                statement.execute(ddl);
            }
        }
        commitIfNeeded(connection);
    }

    // --- reads --------------------------------------------------------------------------------------

    List<String> readVersionRows(Connection connection) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(this.sql.selectVersionRows())) {
            while (result.next()) {
                rows.add(result.getString(1).strip());
            }
        }
        return rows;
    }

    /**
     * The applied table's {@link VersionTableSql#selectAppliedDigest() digest row}, or {@code null} where the
     * database has none.
     */
    @Nullable AppliedDigest readAppliedDigest(Connection connection) throws SQLException {
        String select = this.sql.selectAppliedDigest();
        if (select == null) {
            return null;
        }
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(select)) {
            result.next();
            return new AppliedDigest(result.getLong(1), result.getString(2));
        }
    }

    /** How many revisions the applied table holds and the digest of their checksums (null for none). */
    record AppliedDigest(long count, @Nullable String md5) {
    }

    Map<String, AppliedRow> readApplied(Connection connection) throws SQLException {
        Map<String, AppliedRow> applied = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(this.sql.selectApplied())) {
            while (result.next()) {
                String revision = result.getString(1).strip();
                String origin = result.getString(3);
                applied.put(revision, new AppliedRow(revision, result.getString(2),
                        (origin != null) ? AppliedOrigin.fromCode(origin) : null));
            }
        }
        return applied;
    }

    List<HistoryEntry> readInDoubt(Connection connection) throws SQLException {
        return readHistory(connection, this.sql.selectInDoubt());
    }

    List<HistoryEntry> readHistory(Connection connection) throws SQLException {
        return readHistory(connection, this.sql.selectHistory());
    }

    /** For each revision that arrived by a successful upgrade or stamp, the rows it arrived on (latest). */
    Map<String, List<String>> readArrivals(Connection connection) throws SQLException {
        Map<String, List<String>> arrivals = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(this.sql.selectArrivals())) {
            while (result.next()) {
                String revision = result.getString(1);
                if (revision != null) {
                    arrivals.put(revision.strip(), split(result.getString(2)));
                }
            }
        }
        return arrivals;
    }

    /** The database user, for the history rows. */
    static @Nullable String user(Connection connection) {
        try {
            return connection.getMetaData().getUserName();
        }
        catch (SQLException ex) {
            return null;
        }
    }

    private List<HistoryEntry> readHistory(Connection connection, String query) throws SQLException {
        List<HistoryEntry> entries = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
            while (result.next()) {
                String revision = result.getString(2);
                long duration = result.getLong(9);
                Duration elapsed = result.wasNull() ? null : Duration.ofMillis(duration);
                int total = result.getInt(12);
                Integer statementsTotal = result.wasNull() ? null : total;
                entries.add(new HistoryEntry(result.getLong(1), (revision != null) ? revision.strip() : null,
                        HistoryEntry.Direction.fromCode(result.getString(3)), split(result.getString(4)),
                        split(result.getString(5)), result.getString(6), instant(result.getObject(7, LocalDateTime.class)),
                        nullableInstant(result.getObject(8, LocalDateTime.class)), elapsed,
                        HistoryEntry.Status.fromCode(result.getString(10)), result.getInt(11), statementsTotal,
                        result.getString(13), result.getString(14), result.getBoolean(15)));
            }
        }
        return entries;
    }

    // --- writes -------------------------------------------------------------------------------------

    /** Applies one version-row change; an update or delete must touch exactly one row. */
    void applyRowChange(Connection connection, RowChange change) throws SQLException {
        for (String statementSql : this.sql.rowChange(change)) {
            int count = executeUpdate(connection, statementSql);
            if (count != 1) {
                throw changedUnderUs(this.sql.versionTableName(), statementSql, count);
            }
        }
    }

    void deleteAllVersionRows(Connection connection) throws SQLException {
        executeUpdate(connection, this.sql.deleteAllVersionRows());
    }

    void insertApplied(Connection connection, String revision, @Nullable String checksum, AppliedOrigin origin,
            @Nullable Long historyId) throws SQLException {
        executeUpdate(connection, this.sql.insertApplied(revision, checksum, origin, historyId));
    }

    void deleteApplied(Connection connection, String revision) throws SQLException {
        String statementSql = this.sql.deleteApplied(revision);
        int count = executeUpdate(connection, statementSql);
        if (count != 1) {
            throw changedUnderUs(this.sql.appliedTableName(), statementSql, count);
        }
    }

    void updateAppliedChecksum(Connection connection, String revision, @Nullable String checksum) throws SQLException {
        String statementSql = this.sql.updateAppliedChecksum(revision, checksum);
        int count = executeUpdate(connection, statementSql);
        if (count != 1) {
            throw changedUnderUs(this.sql.appliedTableName(), statementSql, count);
        }
    }

    /** Appends a history row and returns its id. */
    long insertHistory(Connection connection, HistoryEntry entry) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(this.sql.insertHistory(),
                Statement.RETURN_GENERATED_KEYS)) {
            statement.setString(1, entry.revision());
            statement.setString(2, entry.direction().code());
            statement.setString(3, String.join(",", entry.rowsBefore()));
            statement.setString(4, String.join(",", entry.rowsAfter()));
            statement.setString(5, entry.checksum());
            statement.setObject(6, local(entry.started()));
            statement.setObject(7, (entry.finished() != null) ? local(entry.finished()) : null, Types.TIMESTAMP);
            setLong(statement, 8, (entry.duration() != null) ? entry.duration().toMillis() : null);
            statement.setString(9, entry.status().code());
            statement.setInt(10, entry.statementsDone());
            if (entry.statementsTotal() != null) {
                statement.setInt(11, entry.statementsTotal());
            }
            else {
                statement.setNull(11, Types.INTEGER);
            }
            statement.setString(12, entry.error());
            statement.setString(13, entry.user());
            statement.setBoolean(14, entry.atomic());
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("The database returned no id for the new row of "
                            + this.sql.historyTableName());
                }
                return keys.getLong(1);
            }
        }
    }

    void updateProgress(Connection connection, HistoryRow row, int done) throws SQLException {
        String update = this.sql.updateHistoryProgress(row, done);
        int count = executeUpdate(connection, update);
        if (count != 1) {
            throw changedUnderUs(this.sql.historyTableName(), update, count);
        }
    }

    void finishHistory(Connection connection, HistoryRow row, Instant finished, Duration duration,
            HistoryEntry.Status status, int done, @Nullable String error, boolean leftNothing) throws SQLException {
        String update = this.sql.finishHistory(row, leftNothing);
        try (PreparedStatement statement = connection.prepareStatement(update)) {
            statement.setObject(1, local(finished));
            statement.setLong(2, duration.toMillis());
            statement.setString(3, status.code());
            statement.setInt(4, done);
            statement.setString(5, error);
            int count = statement.executeUpdate();
            if (count != 1) {
                throw changedUnderUs(this.sql.historyTableName(), update, count);
            }
        }
    }

    /**
     * Runs bookkeeping writes that each change exactly one row as one JDBC batch — one round trip on
     * PostgreSQL and MariaDB, whose drivers send a batch at once — and checks every count (a driver that
     * answers a batch without counts fails here rather than leave a compare-and-set unchecked).
     */
    void writeBatch(Connection connection, List<String> writes) throws SQLException {
        int[] counts;
        try (Statement statement = connection.createStatement()) {
            for (String write : writes) {
                statement.addBatch(write);
            }
            counts = statement.executeBatch();
        }
        for (int i = 0; i < writes.size(); i++) {
            int count = (i < counts.length) ? counts[i] : Statement.EXECUTE_FAILED;
            if (count != 1) {
                throw changedUnderUs(tableOf(writes.get(i)), writes.get(i), count);
            }
        }
    }

    /** The statements of a step's final bookkeeping: the version-row changes and the applied row. */
    List<String> rowWrites(List<RowChange> changes) {
        List<String> writes = new ArrayList<>();
        for (RowChange change : changes) {
            writes.addAll(this.sql.rowChange(change));
        }
        return writes;
    }

    static void commitIfNeeded(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    // --- helpers ------------------------------------------------------------------------------------

    private static int executeUpdate(Connection connection, String statementSql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return statement.executeUpdate(statementSql);
        }
    }

    private String tableOf(String write) {
        for (String table : List.of(this.sql.versionTableName(), this.sql.appliedTableName(), this.sql.historyTableName())) {
            if (write.contains(" " + table + " ")) {
                return table;
            }
        }
        return "the bookkeeping tables";
    }

    private RevGraphException changedUnderUs(String table, String statementSql, int count) {
        return new RevGraphException(ErrorCode.FAILED_REVISION, "Expected '" + statementSql + "' to change exactly 1 row of "
                + table + ", but it changed " + count + ": another process changed the table while this migrator "
                + "held the lock (a migrator with the lock disabled, or a manual edit). Nothing of this step was kept "
                + "where the database allows; check the table before running again.");
    }

    private boolean mysqlFamily() {
        return this.dialect.id() == DatabaseId.MARIADB || this.dialect.id() == DatabaseId.MYSQL;
    }

    /** How the database stores {@code name} as written by {@link Dialect#identifier(String)}. */
    private String stored(String name) {
        if (!this.dialect.identifier(name).equals(name)) {
            return name;
        }
        return switch (this.dialect.unquotedIdentifierCase()) {
            case LOWER -> name.toLowerCase(Locale.ROOT);
            case UPPER -> name.toUpperCase(Locale.ROOT);
            case PRESERVED -> name;
        };
    }

    private boolean sameName(@Nullable String found, String configured) {
        if (found == null) {
            return false;
        }
        boolean bare = this.dialect.identifier(configured).equals(configured);
        if (!bare) {
            return found.equals(configured);
        }
        return (this.dialect.unquotedIdentifierCase() == Dialect.IdentifierCase.PRESERVED)
                ? found.equalsIgnoreCase(configured) : found.equals(stored(configured));
    }

    private static String escape(String name, @Nullable String escape) {
        if (escape == null || escape.isEmpty()) {
            return name;
        }
        return name.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
    }

    private static List<String> split(@Nullable String rows) {
        if (rows == null || rows.isBlank()) {
            return List.of();
        }
        return Arrays.stream(rows.split(",")).map(String::strip).filter((row) -> !row.isEmpty()).toList();
    }

    private static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime value) {
        return value.toInstant(ZoneOffset.UTC);
    }

    private static @Nullable Instant nullableInstant(@Nullable LocalDateTime value) {
        return (value != null) ? instant(value) : null;
    }

    private static void setLong(PreparedStatement statement, int index, @Nullable Long value) throws SQLException {
        if (value != null) {
            statement.setLong(index, value);
        }
        else {
            statement.setNull(index, Types.BIGINT);
        }
    }
}
