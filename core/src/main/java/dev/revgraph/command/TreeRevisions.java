package dev.revgraph.command;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;

import javax.sql.DataSource;

import dev.revgraph.dialect.DatabaseId;
import dev.revgraph.dialect.Dialects;
import dev.revgraph.revision.RevisionGraph;
import dev.revgraph.script.LoadedRevisions;

import org.jspecify.annotations.Nullable;

/**
 * One tree's revisions, loaded and linked: what every command starts from.
 *
 * @param tree the tree
 * @param vendor the database id the revisions were loaded for ({@code {vendor}}, statement splitting),
 *     or {@code null} when not known
 * @param scripts the revisions, in load order
 * @param graph the revisions linked into a graph
 */
public record TreeRevisions(MigrationTree tree, @Nullable DatabaseId vendor, LoadedRevisions scripts,
        RevisionGraph graph) {

    public TreeRevisions {
        Objects.requireNonNull(tree, "tree");
        Objects.requireNonNull(scripts, "scripts");
        Objects.requireNonNull(graph, "graph");
    }

    /**
     * Loads a tree's revisions for {@code vendor}; when that is {@code null}, for the tree's known database,
     * else for the database behind its DataSource. The vendor expands {@code {vendor}} in locations and
     * chooses the statement splitter's rules (MySQL and MariaDB read backslash escapes, {@code #}
     * comments and {@code DELIMITER}), so it is asked for even when no location names it — but a command
     * that only reads the graph ({@code heads}, {@code history}) still works while the database is down,
     * unless a location needs {@code {vendor}}.
     */
    public static TreeRevisions load(CommandContext context, MigrationTree tree, @Nullable DatabaseId vendor) {
        DatabaseId id = (vendor != null) ? vendor : tree.databaseId();
        if (id == null && tree.dataSource() != null) {
            boolean needed = tree.locations().stream().anyMatch((location) -> location.contains("{vendor}"));
            try {
                id = detect(tree.dataSource());
            }
            catch (DatabaseAccessException ex) {
                if (needed) {
                    throw ex;
                }
            }
        }
        LoadedRevisions scripts = context.revisionLoader().load(tree.locations(), (id != null) ? id.id() : null,
                tree.javaPackages());
        return new TreeRevisions(tree, id, scripts, RevisionGraph.of(scripts.revisions()));
    }

    /** The database behind {@code dataSource}, asked over one short connection. */
    public static DatabaseId detect(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return Dialects.of(connection).id();
        }
        catch (SQLException ex) {
            throw new DatabaseAccessException("Could not connect to the database: " + ex.getMessage(), ex);
        }
    }
}
