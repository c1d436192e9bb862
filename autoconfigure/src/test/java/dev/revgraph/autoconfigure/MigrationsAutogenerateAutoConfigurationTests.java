package dev.revgraph.autoconfigure;

import java.util.Arrays;

import dev.revgraph.autoconfigure.drift.Feedback;
import dev.revgraph.autogenerate.ModelSource;
import dev.revgraph.autogenerate.hibernate.HibernateModelSource;
import dev.revgraph.command.CommandContext;
import dev.revgraph.command.RevisionFormat;
import dev.revgraph.diff.AutogenerateFilter;
import dev.revgraph.diff.CompareOptions;
import dev.revgraph.diff.ObjectKind;
import dev.revgraph.dialect.DatabaseId;
import dev.revgraph.dialect.Dialects;
import dev.revgraph.dialect.ServerVersion;
import dev.revgraph.schema.Schema;
import dev.revgraph.schema.Table;
import org.hibernate.boot.model.naming.PhysicalNamingStrategy;
import org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl;
import org.hibernate.jpa.boot.spi.Bootstrap;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link MigrationsAutogenerateAutoConfiguration}: the entity model on the command context. */
class MigrationsAutogenerateAutoConfigurationTests {

    private static final dev.revgraph.dialect.Dialect H2 = Dialects.of(DatabaseId.H2, ServerVersion.of(2, 4, 240));

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrationsAutoConfiguration.class,
                HibernateJpaAutoConfiguration.class, TransactionAutoConfiguration.class,
                MigrationsAutogenerateAutoConfiguration.class))
        .withUserConfiguration(FeedbackEntities.class)
        .withPropertyValues("spring.datasource.url=" + MigrationsAutoConfigurationTests.h2Url(),
                "migrations.locations=classpath:db/drift-complete", "spring.jpa.hibernate.ddl-auto=none");

    @Test
    void createsAModelSourceFromBootsManagedTypesAndPutsItOnTheCommandContext() {
        this.contextRunner.run((context) -> {
            assertThat(context).hasNotFailed().hasSingleBean(ModelSource.class);
            HibernateModelSource source = context.getBean(HibernateModelSource.class);
            assertThat(source.managedClassNames()).containsExactly(Feedback.class.getName());
            assertThat(context.getBean(CommandContext.class).modelSource()).isSameAs(source);
            assertThat(source.model(H2).tableNames()).containsExactly("feedback");
            assertThat(source.entities()).containsExactly(Feedback.class.getName());
        });
    }

    @Test
    void modelSourceDoesNotDependOnTheEntityManagerFactory() {
        this.contextRunner.run((context) -> {
            String[] dependencies = context.getBeanFactory().getDependenciesForBean("migrationsModelSource");
            assertThat(dependencies).isNotEmpty().noneMatch((name) -> name.toLowerCase().contains("entitymanager"));
            assertThat(Arrays.asList(context.getBeanFactory().getDependenciesForBean("entityManagerFactory")))
                .doesNotContain("migrationsModelSource");
        });
    }

    @Test
    void namesTheModelWithBootsNamingStrategies() {
        this.contextRunner.run((context) -> {
            Table feedback = feedback(context.getBean(HibernateModelSource.class).model(H2));
            assertThat(feedback.columnNames()).contains("author_name");
            assertThat(context.getBean(HibernateModelSource.class).properties())
                .containsEntry("hibernate.physical_naming_strategy",
                        "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl")
                .containsEntry("hibernate.implicit_naming_strategy",
                        "org.springframework.boot.hibernate.SpringImplicitNamingStrategy");
        });
    }

    @Test
    void namesTheModelWithTheApplicationsNamingStrategyBean() {
        this.contextRunner.withUserConfiguration(StandardNaming.class).run((context) -> {
            Table feedback = feedback(context.getBean(HibernateModelSource.class).model(H2));
            assertThat(feedback.name()).isEqualTo("Feedback");
            assertThat(feedback.columnNames()).contains("authorName");
        });
    }

    @Test
    void passesSpringJpaPropertiesToTheModel() {
        this.contextRunner.withPropertyValues("spring.jpa.properties.hibernate.globally_quoted_identifiers=true",
                "spring.jpa.database-platform=org.hibernate.dialect.H2Dialect")
            .run((context) -> {
                HibernateModelSource source = context.getBean(HibernateModelSource.class);
                assertThat(source.properties()).containsEntry("hibernate.globally_quoted_identifiers", "true")
                    .containsEntry("hibernate.dialect", "org.hibernate.dialect.H2Dialect")
                    .doesNotContainKey("hibernate.hbm2ddl.auto");
            });
    }

    @Test
    void backsOffWithoutJpa() {
        new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrationsAutoConfiguration.class,
                    MigrationsAutogenerateAutoConfiguration.class))
            .withPropertyValues("spring.datasource.url=" + MigrationsAutoConfigurationTests.h2Url(),
                    "migrations.locations=classpath:db/drift-complete")
            .run((context) -> {
                assertThat(context).hasNotFailed().doesNotHaveBean(ModelSource.class);
                assertThat(context.getBean(CommandContext.class).modelSource()).isNull();
                assertThat(context.getBean(MigrationsDrift.class).isAvailable()).isFalse();
            });
    }

    @Test
    void backsOffWithoutHibernateOnTheClassPath() {
        this.contextRunner.withClassLoader(new FilteredClassLoader(Bootstrap.class))
            .run((context) -> assertThat(context).doesNotHaveBean(HibernateModelSource.class));
    }

    @Test
    void backsOffWhenTheApplicationDefinesAModelSource() {
        this.contextRunner.withUserConfiguration(OwnModel.class).run((context) -> {
            assertThat(context).hasSingleBean(ModelSource.class).doesNotHaveBean(HibernateModelSource.class);
            assertThat(context.getBean(CommandContext.class).modelSource()).isSameAs(context.getBean(ModelSource.class));
        });
    }

    @Test
    void givesTheCommandContextTheAutogenerateProperties() {
        this.contextRunner
            .withPropertyValues("migrations.autogenerate.include-tables=feed*,audit_*",
                    "migrations.autogenerate.exclude-tables=tmp_*", "migrations.autogenerate.schemas=public,audit",
                    "migrations.autogenerate.compare-types=false", "migrations.autogenerate.compare-defaults=true")
            .withUserConfiguration(Filtered.class)
            .run((context) -> {
                CompareOptions options = context.getBean(CommandContext.class).compareOptions();
                assertThat(options.includeTables()).containsExactly("feed*", "audit_*");
                assertThat(options.excludeTables()).containsExactly("tmp_*");
                assertThat(options.schemas()).containsExactly("public", "audit");
                assertThat(options.compareTypes()).isFalse();
                assertThat(options.compareDefaults()).isTrue();
                assertThat(options.filter().include(ObjectKind.TABLE, "legacy_x", null, null)).isFalse();
                assertThat(options.filter().include(ObjectKind.TABLE, "feedback", null, null)).isTrue();
            });
    }

    @Test
    void writesRevisionsInTheConfiguredFormat() {
        this.contextRunner.run((context) -> assertThat(context.getBean(CommandContext.class).trees().get(0)
            .revisionFormat()).isEqualTo(RevisionFormat.JAVA));
        this.contextRunner.withPropertyValues("migrations.autogenerate.format=sql")
            .run((context) -> assertThat(context.getBean(CommandContext.class).trees().get(0).revisionFormat())
                .isEqualTo(RevisionFormat.SQL));
    }

    @Test
    void comparesWithoutDefaultsUnlessAsked() {
        this.contextRunner.run((context) -> {
            CompareOptions options = context.getBean(CommandContext.class).compareOptions();
            assertThat(options.compareDefaults()).isFalse();
            assertThat(options.compareTypes()).isTrue();
        });
    }

    private static Table feedback(Schema model) {
        return model.tables().get(0);
    }

    @Configuration(proxyBeanMethods = false)
    @EntityScan(basePackageClasses = Feedback.class)
    static class FeedbackEntities {

    }

    @Configuration(proxyBeanMethods = false)
    static class StandardNaming {

        @Bean
        PhysicalNamingStrategy physicalNamingStrategy() {
            return new PhysicalNamingStrategyStandardImpl();
        }

    }

    @Configuration(proxyBeanMethods = false)
    static class OwnModel {

        @Bean
        ModelSource ownModel() {
            return ModelSource.of(new Schema(null, java.util.List.of(), java.util.List.of()));
        }

    }

    @Configuration(proxyBeanMethods = false)
    static class Filtered {

        @Bean
        AutogenerateFilter legacyFilter() {
            return (kind, name, model, database) -> !name.startsWith("legacy_");
        }

    }

}
