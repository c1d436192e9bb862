package dev.revgraph.reliability;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import dev.revgraph.runtime.MigrationSettings;
import dev.revgraph.runtime.Migrator;
import dev.revgraph.script.LoadedRevisions;
import dev.revgraph.script.RevisionLoader;

/**
 * RevGraph's own API in the test JVM, on the same revision sets the application has (the Java revisions
 * of tree50 have no-argument constructors for this): what an operator's next run does after a crash,
 * without paying for another JVM.
 */
final class InProcess {

    private InProcess() {
    }

    static Migrator migrator(TrialDatabase database, Map<String, String> tree) {
        return migrator(database, tree, MigrationSettings.defaults());
    }

    static Migrator migrator(TrialDatabase database, Map<String, String> tree, MigrationSettings settings) {
        LoadedRevisions revisions = RevisionLoader.forClassLoader(InProcess.class.getClassLoader())
            .load(list(tree.get("migrations.locations")), database.vendor(), list(tree.get("migrations.java-packages")));
        return Migrator.create(database.dataSource(), revisions, settings);
    }

    /** A comma-separated property value as the application binds it: {@code ""} is the empty list. */
    private static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter((item) -> !item.isEmpty()).toList();
    }

}
