package dev.revgraph.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.beans.factory.annotation.Qualifier;

/**
 * Qualifier annotation for a DataSource to be injected into RevGraph's migrations: the one the main tree
 * (and every tree that names no DataSource of its own) migrates, instead of the application's primary
 * DataSource. If used for a second DataSource, the other (main) one is normally marked as
 * {@code @Primary}.
 *
 * <pre>{@code
 * @Bean
 * @MigrationsDataSource
 * DataSource migrationsDataSource() {
 *     return DataSourceBuilder.create().url(url).username("owner").password(secret).build();
 * }
 * }</pre>
 */
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Qualifier
public @interface MigrationsDataSource {

}
