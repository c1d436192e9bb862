package dev.revgraph.autoconfigure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import javax.sql.DataSource;

import dev.revgraph.command.JdbcUrls;
import dev.revgraph.command.MigrationTree;
import dev.revgraph.dialect.DatabaseId;
import dev.revgraph.dialect.Dialects;
import dev.revgraph.runtime.MigrationSettings;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * Builds the trees of {@code migrations.*}: {@code main} from the top-level properties (refined by
 * {@code trees.main.*}), then every other {@code trees.<name>}, sorted by {@code order} and then by
 * declaration. Each tree gets its DataSource (a named bean, or the migrations DataSource), the database
 * id its revisions are loaded for, the shared runtime settings, and the names of the other trees' tables
 * on the same database (so that a tree added next to another is not refused as a non-empty schema).
 */
final class MigrationTreesFactory {

    private static final Log logger = LogFactory.getLog(MigrationTreesFactory.class);

    private final MigrationsProperties properties;

    private final Supplier<MigrationsDataSourceResolver.Resolved> migrationsDataSource;

    private final ListableBeanFactory beanFactory;

    private final List<MigrationTreeCustomizer> customizers;

    MigrationTreesFactory(MigrationsProperties properties,
            Supplier<MigrationsDataSourceResolver.Resolved> migrationsDataSource, ListableBeanFactory beanFactory,
            List<MigrationTreeCustomizer> customizers) {
        this.properties = properties;
        this.migrationsDataSource = migrationsDataSource;
        this.beanFactory = beanFactory;
        this.customizers = customizers;
    }

    /** The start-up target of each tree, by name. */
    static Map<String, String> targets(MigrationsProperties properties) {
        Map<String, String> targets = new LinkedHashMap<>();
        for (Spec spec : specs(properties)) {
            targets.put(spec.name(), spec.target());
        }
        return targets;
    }

    List<MigrationTree> trees() {
        List<Spec> specs = specs(this.properties);
        Map<Spec, Database> databases = new IdentityHashMap<>();
        Map<DataSource, Database> byDataSource = new IdentityHashMap<>();
        for (Spec spec : specs) {
            Database database = database(spec);
            databases.put(spec, byDataSource.computeIfAbsent(database.dataSource(), (ds) -> database));
        }
        checkTablesAreDistinct(specs, databases);
        List<MigrationTree> trees = new ArrayList<>();
        for (Spec spec : specs) {
            Database database = databases.get(spec);
            List<String> otherTreeTables = new ArrayList<>();
            for (Spec other : specs) {
                if (other != spec && databases.get(other) == database) {
                    otherTreeTables.addAll(other.tables());
                }
            }
            trees.add(build(spec, database, otherTreeTables));
        }
        return trees;
    }

    private MigrationTree build(Spec spec, Database database, List<String> otherTreeTables) {
        MigrationsProperties.Autogenerate autogenerate = this.properties.getAutogenerate();
        MigrationSettings.Builder settings = MigrationSettings.builder()
            .tree(spec.name())
            .schema(spec.schema())
            .versionTable(spec.versionTable())
            .appliedTable(spec.appliedTable())
            .historyTable(spec.historyTable())
            .transactionMode(this.properties.getTransactionMode())
            .lockEnabled(this.properties.getLock().isEnabled())
            .lockTimeout(this.properties.getLock().getTimeout())
            .sessionLockTimeout(this.properties.getLockTimeout())
            .statementTimeout(this.properties.getStatementTimeout())
            .lockWaitTimeout(this.properties.getLockWaitTimeout())
            .validateChecksums(this.properties.isValidateChecksums())
            .unknownRevisions(this.properties.getUnknownRevisions())
            .otherTreeTables(otherTreeTables);
        MigrationTree.Builder tree = MigrationTree.builder(spec.name())
            .locations(spec.locations())
            .javaPackages(spec.javaPackages())
            .dataSource(database.dataSource())
            .databaseId(database.id())
            .fileTemplate(this.properties.getFileTemplate())
            .javaSourceDirectory(autogenerate.getJavaSourceDirectory())
            .revisionFormat(autogenerate.getFormat());
        if (spec.main()) {
            settings.baselineOnStartup(this.properties.getBaselineOnStartup());
            tree.javaPackage(autogenerate.getJavaPackage()).revisionDirectory(autogenerate.getSqlDirectory());
        }
        for (MigrationTreeCustomizer customizer : this.customizers) {
            customizer.customize(spec.name(), tree, settings);
        }
        return tree.settings(settings.build()).build();
    }

    private Database database(Spec spec) {
        if (spec.dataSource() == null) {
            MigrationsDataSourceResolver.Resolved resolved = this.migrationsDataSource.get();
            return new Database(resolved.dataSource(), databaseId(resolved.dataSource(), resolved.url()));
        }
        String name = spec.dataSource();
        if (!this.beanFactory.containsBean(name) || !this.beanFactory.isTypeMatch(name, DataSource.class)) {
            throw new MissingTreeDataSourceException(spec.name(), name,
                    List.of(this.beanFactory.getBeanNamesForType(DataSource.class)));
        }
        DataSource dataSource = this.beanFactory.getBean(name, DataSource.class);
        return new Database(dataSource, databaseId(dataSource, null));
    }

    /** The database's id, from the URL when known, else asked over one connection; {@code null} when it cannot be told. */
    private static @Nullable DatabaseId databaseId(DataSource dataSource, @Nullable String url) {
        if (url != null) {
            DatabaseId id = JdbcUrls.databaseId(url);
            if (id != null) {
                return id;
            }
        }
        try {
            return JdbcUtils.extractDatabaseMetaData(dataSource, (metaData) -> Dialects.of(metaData).id());
        }
        catch (MetaDataAccessException | RuntimeException ex) {
            logger.debug("Could not tell the database of a migrations DataSource; it is asked again when needed", ex);
            return null;
        }
    }

    private static void checkTablesAreDistinct(List<Spec> specs, Map<Spec, Database> databases) {
        for (int i = 0; i < specs.size(); i++) {
            for (int j = i + 1; j < specs.size(); j++) {
                Spec a = specs.get(i);
                Spec b = specs.get(j);
                if (databases.get(a) == databases.get(b) && Objects.equals(a.schema(), b.schema())) {
                    for (String table : a.tables()) {
                        if (b.tables().stream().anyMatch(table::equalsIgnoreCase)) {
                            throw new IllegalStateException("Trees '" + a.name() + "' and '" + b.name()
                                    + "' would share the table " + table + " on one database; give one of them "
                                    + "its own version-table, applied-table and history-table "
                                    + "(migrations.trees." + b.name() + ".*)");
                        }
                    }
                }
            }
        }
    }

    /** Every enabled tree, resolved against the defaults and sorted. */
    static List<Spec> specs(MigrationsProperties properties) {
        List<Spec> specs = new ArrayList<>();
        MigrationsProperties.Tree main = properties.getTrees().get(MigrationsProperties.MAIN_TREE);
        if (main == null || main.isEnabled()) {
            specs.add(mainSpec(properties, (main != null) ? main : new MigrationsProperties.Tree()));
        }
        properties.getTrees().forEach((name, tree) -> {
            if (!name.equals(MigrationsProperties.MAIN_TREE) && tree.isEnabled()) {
                specs.add(otherSpec(properties, name, tree));
            }
        });
        if (specs.isEmpty()) {
            throw new IllegalStateException("Every migration tree is disabled; set migrations.enabled=false to turn "
                    + "migrations off");
        }
        specs.sort(Comparator.comparingInt(Spec::order));
        return specs;
    }

    private static Spec mainSpec(MigrationsProperties properties, MigrationsProperties.Tree tree) {
        return new Spec(MigrationsProperties.MAIN_TREE, true, or(tree.getLocations(), properties.getLocations()),
                or(tree.getJavaPackages(), properties.getJavaPackages()),
                or(tree.getVersionTable(), properties.getVersionTable()),
                or(tree.getAppliedTable(), properties.getAppliedTable()),
                or(tree.getHistoryTable(), properties.getHistoryTable()),
                (tree.getSchema() != null) ? tree.getSchema() : properties.getSchema(), tree.getDataSource(),
                or(tree.getTarget(), properties.getTarget()), tree.getOrder());
    }

    private static Spec otherSpec(MigrationsProperties properties, String name, MigrationsProperties.Tree tree) {
        String schema = (tree.getSchema() != null) ? tree.getSchema()
                : (tree.getDataSource() == null) ? properties.getSchema() : null;
        return new Spec(name, false, or(tree.getLocations(), List.of("classpath:db/" + name)),
                or(tree.getJavaPackages(), List.of()), or(tree.getVersionTable(), "revgraph_" + name + "_version"),
                or(tree.getAppliedTable(), "revgraph_" + name + "_applied"),
                or(tree.getHistoryTable(), "revgraph_" + name + "_history"), schema, tree.getDataSource(),
                or(tree.getTarget(), "heads"), tree.getOrder());
    }

    private static <T> T or(@Nullable T value, T fallback) {
        return (value != null) ? value : fallback;
    }

    /** One tree's resolved properties. */
    record Spec(String name, boolean main, List<String> locations, List<String> javaPackages, String versionTable,
            String appliedTable, String historyTable, @Nullable String schema, @Nullable String dataSource,
            String target, int order) {

        List<String> tables() {
            return List.of(this.versionTable, this.appliedTable, this.historyTable);
        }

    }

    /** A DataSource and the database id it was found to have. */
    private record Database(DataSource dataSource, @Nullable DatabaseId id) {
    }

}
