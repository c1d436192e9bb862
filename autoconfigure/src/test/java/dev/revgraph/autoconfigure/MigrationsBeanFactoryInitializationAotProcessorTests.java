package dev.revgraph.autoconfigure;

import dev.revgraph.autoconfigure.javarevisions.Greeter;
import dev.revgraph.autoconfigure.javarevisions.GreetingFromBean;
import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.TypeHint;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.aot.generate.ClassNameGenerator;
import org.springframework.aot.generate.DefaultGenerationContext;
import org.springframework.aot.generate.InMemoryGeneratedFiles;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotContribution;
import org.springframework.beans.factory.aot.BeanFactoryInitializationCode;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.javapoet.ClassName;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

class MigrationsBeanFactoryInitializationAotProcessorTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrationsAutoConfiguration.class));

    @Test
    void registersConfiguredLocationsAndJavaRevisionsForAot() {
        this.contextRunner.withBean(Greeter.class, () -> new Greeter("hi"))
            .withPropertyValues("migrations.on-startup=none",
                    "migrations.java-packages=dev.revgraph.autoconfigure.javarevisions",
                    "migrations.trees.audit.locations=classpath:db/audit,classpath:revisions/vendor/{vendor}")
            .run((context) -> {
                RuntimeHints hints = hints(new MigrationsBeanFactoryInitializationAotProcessor()
                    .processAheadOfTime(context.getSourceApplicationContext().getBeanFactory()));
                assertThat(RuntimeHintsPredicates.resource().forResource("db/revisions/0001_a1b2c3000001_create_greeting.sql"))
                    .accepts(hints);
                assertThat(RuntimeHintsPredicates.resource().forResource("db/audit/0001_ad0000000001_create_audit_log.sql"))
                    .accepts(hints);
                assertThat(RuntimeHintsPredicates.resource().forResource("revisions/vendor/h2/0001_a1b2c3000001_create_greeting.sql"))
                    .accepts(hints);
                TypeHint type = hints.reflection().getTypeHint(GreetingFromBean.class);
                assertThat(type).isNotNull();
                assertThat(type.getMemberCategories()).contains(MemberCategory.INVOKE_DECLARED_CONSTRUCTORS);
            });
    }

    @Test
    void contributesNothingWithoutMigrations() {
        new ApplicationContextRunner().run((context) -> assertThat(new MigrationsBeanFactoryInitializationAotProcessor()
            .processAheadOfTime(context.getSourceApplicationContext().getBeanFactory())).isNull());
    }

    @Test
    void registersTheDefaultLocationFromTheRuntimeHintsRegistrar() {
        RuntimeHints hints = new RuntimeHints();
        new MigrationsRuntimeHints().registerHints(hints, getClass().getClassLoader());
        assertThat(RuntimeHintsPredicates.resource().forResource("db/revisions/0001_a1b2c3000001_create_greeting.sql"))
            .accepts(hints);
    }

    private static RuntimeHints hints(BeanFactoryInitializationAotContribution contribution) {
        assertThat(contribution).isNotNull();
        DefaultGenerationContext generationContext = new DefaultGenerationContext(
                new ClassNameGenerator(ClassName.get(MigrationsBeanFactoryInitializationAotProcessorTests.class)),
                new InMemoryGeneratedFiles());
        contribution.applyTo(generationContext, mock(BeanFactoryInitializationCode.class));
        return generationContext.getRuntimeHints();
    }

}
