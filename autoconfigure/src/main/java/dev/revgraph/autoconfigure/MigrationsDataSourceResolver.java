package dev.revgraph.autoconfigure;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.util.StringUtils;

/**
 * Chooses the DataSource the main tree migrates, as Spring Boot's Flyway support does: the
 * {@link MigrationsDataSource @MigrationsDataSource} bean; else a DataSource of its own from
 * {@code migrations.url} (with {@code user}, {@code password}, {@code driver-class-name}); else
 * {@code migrations.user}/{@code password} layered on the application's database (the URL of its
 * {@link JdbcConnectionDetails}, or of its unique DataSource); else the unique DataSource; else one built
 * from the {@link JdbcConnectionDetails} alone.
 */
final class MigrationsDataSourceResolver {

    private final MigrationsProperties properties;

    private final @Nullable ClassLoader classLoader;

    MigrationsDataSourceResolver(MigrationsProperties properties, @Nullable ClassLoader classLoader) {
        this.properties = properties;
        this.classLoader = classLoader;
    }

    /**
     * The DataSource to migrate and, when it was built here, its URL.
     * @throws IllegalStateException when there is nothing to migrate
     */
    Resolved resolve(@Nullable DataSource qualified, @Nullable DataSource unique,
            @Nullable JdbcConnectionDetails connectionDetails) {
        if (qualified != null) {
            return new Resolved(qualified, null);
        }
        String url = this.properties.getUrl();
        if (StringUtils.hasText(url)) {
            DataSourceBuilder<?> builder = DataSourceBuilder.create(this.classLoader).type(SimpleDriverDataSource.class)
                .url(url);
            applyCredentials(builder);
            return new Resolved(builder.build(), url);
        }
        if (this.properties.getUser() != null || this.properties.getPassword() != null) {
            String applicationUrl = (connectionDetails != null) ? connectionDetails.getJdbcUrl() : null;
            DataSourceBuilder<?> builder;
            if (applicationUrl != null) {
                builder = DataSourceBuilder.create(this.classLoader).type(SimpleDriverDataSource.class)
                    .url(applicationUrl)
                    .username(connectionDetails.getUsername())
                    .password(connectionDetails.getPassword());
                if (StringUtils.hasText(connectionDetails.getDriverClassName())) {
                    builder.driverClassName(connectionDetails.getDriverClassName());
                }
            }
            else if (unique != null) {
                builder = DataSourceBuilder.derivedFrom(unique).type(SimpleDriverDataSource.class);
            }
            else {
                throw new IllegalStateException("migrations.user is set, but there is no application DataSource (or "
                        + "JdbcConnectionDetails) whose URL it could be used with; set migrations.url too");
            }
            applyCredentials(builder);
            return new Resolved(builder.build(), applicationUrl);
        }
        if (unique != null) {
            return new Resolved(unique, null);
        }
        if (connectionDetails != null) {
            DataSourceBuilder<?> builder = DataSourceBuilder.create(this.classLoader).type(SimpleDriverDataSource.class)
                .url(connectionDetails.getJdbcUrl())
                .username(connectionDetails.getUsername())
                .password(connectionDetails.getPassword());
            if (StringUtils.hasText(connectionDetails.getDriverClassName())) {
                builder.driverClassName(connectionDetails.getDriverClassName());
            }
            return new Resolved(builder.build(), connectionDetails.getJdbcUrl());
        }
        throw new IllegalStateException("There is no unique DataSource to migrate: mark one @Primary or "
                + "@MigrationsDataSource, or set migrations.url");
    }

    private void applyCredentials(DataSourceBuilder<?> builder) {
        if (this.properties.getUser() != null) {
            builder.username(this.properties.getUser());
            builder.password(this.properties.getPassword());
        }
        else if (this.properties.getPassword() != null) {
            builder.password(this.properties.getPassword());
        }
        if (StringUtils.hasText(this.properties.getDriverClassName())) {
            builder.driverClassName(this.properties.getDriverClassName());
        }
    }

    /**
     * A chosen DataSource.
     * @param dataSource the DataSource
     * @param url its JDBC URL when known without connecting
     */
    record Resolved(DataSource dataSource, @Nullable String url) {
    }

}
