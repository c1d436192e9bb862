package dev.revgraph.test;

import java.sql.Connection;
import java.sql.SQLException;

import dev.revgraph.dialect.Dialect;
import dev.revgraph.dialect.Dialects;
import dev.revgraph.revision.Revision;
import dev.revgraph.revision.RevisionGraph;
import dev.revgraph.runtime.Migrator;
import dev.revgraph.schema.CatalogReaders;
import dev.revgraph.schema.Schema;
import dev.revgraph.schema.TableFilter;
import dev.revgraph.script.LoadedRevisions;

import org.opentest4j.AssertionFailedError;

/**
 * One check's time with its database: the database opened, the revisions loaded for its vendor, a
 * {@link Migrator} on it; on close, a database the user gave is emptied of what the check built, and one
 * the kit made is dropped.
 */
final class CheckSession implements AutoCloseable {

    private final MigrationCheckConfig config;

    private final CheckDatabase database;

    private final Dialect dialect;

    private final LoadedRevisions revisions;

    private final Migrator migrator;

    private final SchemaSnapshot initial;

    private CheckSession(MigrationCheckConfig config, CheckDatabase database, Dialect dialect,
            LoadedRevisions revisions, Migrator migrator, SchemaSnapshot initial) {
        this.config = config;
        this.database = database;
        this.dialect = dialect;
        this.revisions = revisions;
        this.migrator = migrator;
        this.initial = initial;
    }

    /**
     * Opens a database for one check and loads the revisions for it.
     * @throws AssertionFailedError when there are no revisions, or the user's database is not empty
     */
    static CheckSession open(MigrationCheckConfig config) {
        CheckDatabase database = config.databases().open();
        try {
            Dialect dialect;
            SchemaSnapshot initial;
            try (Connection connection = database.dataSource().getConnection()) {
                dialect = Dialects.of(connection);
                initial = new SchemaCleaner(connection, dialect, config.settings().schema()).read();
            }
            if (!database.disposable() && !initial.schema().tables().isEmpty()) {
                throw new AssertionFailedError("The migration checks need an empty database, and " + database
                        + " has tables: " + String.join(", ", initial.schema().tableNames()) + ". Each check builds "
                        + "the schema from nothing and removes it afterwards; give the checks a database (or schema) "
                        + "of their own.");
            }
            LoadedRevisions revisions = MigrationCheck.loadRevisions(config, dialect.id().id());
            Migrator migrator = Migrator.create(database.dataSource(), revisions, config.settings());
            return new CheckSession(config, database, dialect, revisions, migrator, initial);
        }
        catch (SQLException ex) {
            database.close();
            throw new IllegalStateException("Could not read " + database + ": " + ex.getMessage(), ex);
        }
        catch (RuntimeException | Error ex) {
            try {
                database.close();
            }
            catch (RuntimeException closing) {
                ex.addSuppressed(closing);
            }
            throw ex;
        }
    }

    Migrator migrator() {
        return migrator;
    }

    RevisionGraph graph() {
        return migrator.graph();
    }

    Dialect dialect() {
        return dialect;
    }

    LoadedRevisions revisions() {
        return revisions;
    }

    /** The database, for messages. */
    String database() {
        return database.description();
    }

    Connection connect() throws SQLException {
        return database.dataSource().getConnection();
    }

    /** The schema as it is now, RevGraph's own tables left out. */
    SchemaSnapshot snapshot() {
        try (Connection connection = connect()) {
            return SchemaSnapshot.read(connection, dialect, config.settings().schema(), config.ownTables());
        }
        catch (SQLException ex) {
            throw new IllegalStateException("Could not read the schema of " + database + ": " + ex.getMessage(), ex);
        }
    }

    /** The catalog's tables and sequences, for comparison with the model, as {@code filter} keeps them. */
    Schema read(TableFilter filter) {
        try (Connection connection = connect()) {
            return CatalogReaders.forDialect(dialect).read(connection,
                    SchemaSnapshot.catalogSchema(connection, dialect, config.settings().schema()), filter);
        }
        catch (SQLException ex) {
            throw new IllegalStateException("Could not read the schema of " + database + ": " + ex.getMessage(), ex);
        }
    }

    /** The revision's id and where it comes from: {@code 4e1d2c3b5a69 (classpath:db/revisions/0003_x.sql)}. */
    static String describe(Revision revision) {
        return revision.id() + " (" + revision.source() + ")";
    }

    @Override
    public void close() {
        try {
            if (!database.disposable()) {
                try (Connection connection = connect()) {
                    new SchemaCleaner(connection, dialect, config.settings().schema()).dropAllBut(initial);
                }
                catch (SQLException ex) {
                    throw new IllegalStateException("Could not remove what the check built from " + database + ": "
                            + ex.getMessage(), ex);
                }
            }
        }
        finally {
            database.close();
        }
    }
}
