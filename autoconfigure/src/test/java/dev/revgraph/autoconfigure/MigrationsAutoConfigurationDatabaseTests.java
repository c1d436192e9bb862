package dev.revgraph.autoconfigure;

import javax.sql.DataSource;

import dev.revgraph.autoconfigure.slice.Greeting;
import dev.revgraph.testdb.AllDatabasesTest;
import dev.revgraph.testdb.DatabaseKind;
import dev.revgraph.testdb.TestDatabase;
import dev.revgraph.testdb.TestDatabaseExtension;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start-up migration on every database, with nothing configured but the DataSource; and
 * {@code ddl-auto=validate} passing on what it built.
 */
class MigrationsAutoConfigurationDatabaseTests {

    @RegisterExtension
    static final TestDatabaseExtension databases = TestDatabaseExtension.ofAllKinds();

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrationsAutoConfiguration.class));

    @AllDatabasesTest
    void migratesOnStartupWithNothingConfiguredButTheDataSource(DatabaseKind kind) {
        this.contextRunner.withPropertyValues(dataSourceProperties(databases.database(kind))).run((context) -> {
            assertThat(context).hasNotFailed();
            DataSource dataSource = context.getBean(DataSource.class);
            assertThat(MigrationsAutoConfigurationTests.greetings(dataSource)).containsExactly("hello");
            assertThat(MigrationsAutoConfigurationTests.rows(dataSource, "SELECT version_num FROM revgraph_version"))
                .containsExactly("a1b2c3000002");
        });
    }

    @AllDatabasesTest
    void letsHibernateValidateTheMigratedSchema(DatabaseKind kind) {
        this.contextRunner
            .withConfiguration(AutoConfigurations.of(HibernateJpaAutoConfiguration.class,
                    TransactionAutoConfiguration.class))
            .withUserConfiguration(EntityConfiguration.class)
            .withPropertyValues(dataSourceProperties(databases.database(kind)))
            .withPropertyValues("spring.jpa.hibernate.ddl-auto=validate")
            .run((context) -> {
                assertThat(context).hasNotFailed();
                var entityManager = context.getBean(EntityManagerFactory.class).createEntityManager();
                try {
                    assertThat(entityManager.find(Greeting.class, 1).getMessage()).isEqualTo("hello");
                }
                finally {
                    entityManager.close();
                }
            });
    }

    private static String[] dataSourceProperties(TestDatabase database) {
        return new String[] { "spring.datasource.url=" + database.jdbcUrl(),
                "spring.datasource.username=" + database.user(), "spring.datasource.password=" + database.password() };
    }

    @Configuration(proxyBeanMethods = false)
    @EntityScan(basePackageClasses = Greeting.class)
    static class EntityConfiguration {

    }

}
