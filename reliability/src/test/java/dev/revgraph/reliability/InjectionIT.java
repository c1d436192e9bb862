package dev.revgraph.reliability;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import dev.revgraph.testdb.DatabaseKind;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Scenario 13, injection through configuration: table and schema names with quotes, backticks,
 * semicolons, line breaks and over-long names. Each is either used exactly, as one quoted identifier (a
 * table of exactly that name exists, and the run executes exactly as many statements as the same run
 * with a plain name), or rejected at start-up before any SQL. Either way the victim table survives and
 * no statement carries the payload outside a quoted identifier.
 */
class InjectionIT {

    private static final String PAYLOAD = "DROP TABLE rel_victim";

    static Stream<Arguments> cases() {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("migrations.version-table", "v\"; " + PAYLOAD + "; --");
        cases.put("migrations.applied-table", "a`; " + PAYLOAD + "; -- ");
        cases.put("migrations.history-table", "h'; " + PAYLOAD + "; --");
        cases.put("migrations.version-table#semicolon", "v;" + PAYLOAD);
        cases.put("migrations.history-table#newline", "h\n" + PAYLOAD);
        cases.put("migrations.version-table#long", "v".repeat(300));
        cases.put("migrations.schema", "s\"; " + PAYLOAD + "; --");
        cases.put("migrations.schema#backtick", "s`; " + PAYLOAD + "; --");
        cases.put("migrations.schema#long", "s".repeat(300));
        List<Arguments> arguments = new ArrayList<>();
        for (DatabaseKind kind : DatabaseKind.values()) {
            cases.forEach((property, value) -> arguments.add(arguments(kind, property, value)));
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void aHostileNameIsQuotedExactlyOrRejectedBeforeAnySql(DatabaseKind kind, String property, String value)
            throws Exception {
        String name = property.replaceAll("#.*", "");
        Path work = WorkDirectory.of("injection", kind.id(), property.replaceAll("[^a-z#-]", "_"));
        ScriptTree tree = new ScriptTree(work.resolve("revisions"));
        tree.plain("inj_01", "");
        int control;
        try (TrialDatabase database = TrialDatabase.shared(kind)) {
            database.execute("CREATE TABLE rel_victim (id INTEGER)");
            StatementLog.clear();
            assertThat(InProcessApplication.start(properties(database, tree, Map.of()), StatementLog.LoggedDataSource.class))
                .as("the control run").isNull();
            control = StatementLog.sql().size();
        }
        try (TrialDatabase database = TrialDatabase.shared(kind)) {
            database.execute("CREATE TABLE rel_victim (id INTEGER)");
            if (name.equals("migrations.schema")) {
                createSchema(database, value);
            }
            try {
                injectedRun(kind, property, value, name, tree, control, database);
            }
            finally {
                if (name.equals("migrations.schema") && kind == DatabaseKind.MARIADB) {
                    dropMariaDbDatabase(database, value);
                }
            }
        }
    }

    private static void injectedRun(DatabaseKind kind, String property, String value, String name, ScriptTree tree,
            int control, TrialDatabase database) throws Exception {
        StatementLog.clear();
        Throwable failure = InProcessApplication.start(properties(database, tree, Map.of(name, value)),
                StatementLog.LoggedDataSource.class);
        List<String> sql = StatementLog.sql();
        assertThat(DatabaseFacts.tableExists(database, "rel_victim")).as("the victim survives").isTrue();
        if (failure != null) {
            assertThat(sql).as("rejected (%s), so before any SQL", failure).isEmpty();
            Reports.record("injection", kind + " " + property + ": rejected: " + rootMessage(failure));
        }
        else {
            assertThat(sql).as("the same statements as with a plain name").hasSize(control);
            if (!name.equals("migrations.schema")) {
                assertThat(exactTable(database, value)).as("a table named exactly %s", value).isTrue();
            }
            Reports.record("injection", kind + " " + property + ": used as a quoted identifier");
        }
    }

    private static Map<String, String> properties(TrialDatabase database, ScriptTree tree, Map<String, String> extra) {
        Map<String, String> properties = new LinkedHashMap<>(database.springProperties());
        properties.put("migrations.locations", tree.location());
        properties.put("migrations.java-packages", "");
        properties.put("migrations.baseline-on-startup", "base");
        properties.putAll(extra);
        return properties;
    }

    /** On MariaDB a schema is a database of its own, which outlives the trial's: dropped before and after. */
    private static void dropMariaDbDatabase(TrialDatabase database, String schema) {
        try {
            database.execute("DROP DATABASE IF EXISTS `" + schema.replace("`", "``") + "`");
        }
        catch (Exception ex) {
            // never created
        }
    }

    private static void createSchema(TrialDatabase database, String schema) {
        if (database.kind() == DatabaseKind.MARIADB) {
            dropMariaDbDatabase(database, schema);
        }
        String quoted = (database.kind() == DatabaseKind.MARIADB) ? "`" + schema.replace("`", "``") + "`"
                : "\"" + schema.replace("\"", "\"\"") + "\"";
        try {
            database.execute(((database.kind() == DatabaseKind.MARIADB) ? "CREATE DATABASE " : "CREATE SCHEMA ") + quoted);
        }
        catch (Exception ex) {
            // the database refuses the name itself; RevGraph must then refuse it as well, or fail on it
        }
    }

    private static boolean exactTable(TrialDatabase database, String table) throws Exception {
        try (Connection connection = database.connect();
                ResultSet tables = connection.getMetaData().getTables(null, null, null, new String[] { "TABLE" })) {
            while (tables.next()) {
                if (tables.getString("TABLE_NAME").equals(table)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage()).lines().findFirst().orElse("")
            .replaceAll("(.)\\1{19,}", "$1$1$1...");
        return root.getClass().getSimpleName() + ": " + message.substring(0, Math.min(160, message.length()))
            .toLowerCase(Locale.ROOT).replace(PAYLOAD.toLowerCase(Locale.ROOT), "<payload>");
    }

}
