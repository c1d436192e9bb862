package dev.revgraph.benchmarks.migration;

import java.util.List;

import javax.sql.DataSource;

import dev.revgraph.runtime.MigrationResult;
import dev.revgraph.runtime.MigrationSettings;
import dev.revgraph.runtime.Migrator;
import dev.revgraph.script.LoadedRevisions;
import dev.revgraph.script.RevisionLoader;

/** RevGraph as an application start runs it: load and parse the scripts, create the migrator, upgrade heads. */
final class RevGraphAdapter implements ToolAdapter {

    @Override
    public void apply(DataSource dataSource, WorkloadFiles files, Target target) {
        check(upgrade(dataSource, files, target), files.count());
    }

    @Override
    public void startUp(DataSource dataSource, WorkloadFiles files, Target target) {
        check(upgrade(dataSource, files, target), 0);
    }

    private static MigrationResult upgrade(DataSource dataSource, WorkloadFiles files, Target target) {
        LoadedRevisions revisions = RevisionLoader.forClassLoader(RevGraphAdapter.class.getClassLoader())
            .load(List.of("filesystem:" + files.revgraph().toAbsolutePath()), target.vendor(), List.of());
        return Migrator.create(dataSource, revisions, MigrationSettings.defaults()).upgrade("heads");
    }

    private static void check(MigrationResult result, int expected) {
        if (result.stepsRun().size() != expected) {
            throw new IllegalStateException("RevGraph ran " + result.stepsRun().size() + " steps, expected " + expected);
        }
    }
}
