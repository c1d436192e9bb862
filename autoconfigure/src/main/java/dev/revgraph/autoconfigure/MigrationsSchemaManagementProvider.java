package dev.revgraph.autoconfigure;

import java.sql.DatabaseMetaData;
import java.util.Objects;

import javax.sql.DataSource;

import dev.revgraph.command.CommandContext;
import dev.revgraph.command.MigrationTree;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * Tells Hibernate that RevGraph manages the schema of a DataSource some tree migrates, so that it does
 * not default to {@code create-drop} on an embedded database. A tree's DataSource built for separate DDL
 * credentials is a different object from the application's, so when the DataSources differ, their URLs
 * are compared (Hibernate asks only about embedded databases, where connecting is cheap).
 */
final class MigrationsSchemaManagementProvider implements SchemaManagementProvider {

    private final ObjectProvider<CommandContext> contexts;

    MigrationsSchemaManagementProvider(ObjectProvider<CommandContext> contexts) {
        this.contexts = contexts;
    }

    @Override
    public SchemaManagement getSchemaManagement(DataSource dataSource) {
        boolean managed = this.contexts.stream()
            .flatMap((context) -> context.trees().stream())
            .map(MigrationTree::dataSource)
            .filter(Objects::nonNull)
            .anyMatch((candidate) -> sameDatabase(candidate, dataSource));
        return managed ? SchemaManagement.MANAGED : SchemaManagement.UNMANAGED;
    }

    private static boolean sameDatabase(DataSource candidate, DataSource dataSource) {
        if (candidate == dataSource) {
            return true;
        }
        String url = url(dataSource);
        return url != null && url.equals(url(candidate));
    }

    private static @Nullable String url(DataSource dataSource) {
        try {
            return JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getURL);
        }
        catch (MetaDataAccessException | RuntimeException ex) {
            return null;
        }
    }

}
