package dev.revgraph.autoconfigure;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import dev.revgraph.autoconfigure.slice.Greeting;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Command mode in process: a real {@link SpringApplication} with a web server on its class path, started
 * with {@code migrations <command>}, and the exit captured by a {@link MigrationsCommandExit} bean.
 */
@ExtendWith(OutputCaptureExtension.class)
class MigrationsCommandModeTests {

    @Test
    void startsAWebServerWhenNotInCommandMode() {
        try (ConfigurableApplicationContext context = run(WebApplication.class)) {
            assertThat(context).isInstanceOf(WebServerApplicationContext.class);
            assertThat(context.getBean(RecordingExit.class).statuses).isEmpty();
        }
    }

    @Test
    void runsTheCommandWithoutAWebServerAndExitsWithItsStatus(CapturedOutput output) {
        SpringApplication application = new SpringApplication(WebApplication.class);
        try (ConfigurableApplicationContext context = application.run("--spring.datasource.url="
                + MigrationsAutoConfigurationTests.h2Url(), "--server.port=0", "migrations", "upgrade", "heads")) {
            assertThat(context).isNotInstanceOf(WebServerApplicationContext.class);
            assertThat(application.getWebApplicationType()).isEqualTo(WebApplicationType.NONE);
            assertThat(context.getBean(RecordingExit.class).statuses).containsExactly(0);
            assertThat(output.getOut()).contains("Running upgrade  -> a1b2c3000001, create greeting")
                .contains("Running upgrade a1b2c3000001 -> a1b2c3000002, first greeting");
            assertThat(MigrationsAutoConfigurationTests.greetings(context.getBean(DataSource.class)))
                .containsExactly("hello");
        }
    }

    @Test
    void runsTheCommandInPlaceOfTheStartupMigration() {
        try (ConfigurableApplicationContext context = run(WebApplication.class, "migrations", "current")) {
            assertThat(context.getBean(RecordingExit.class).statuses).containsExactly(0);
            assertThat(context.getBean(RecordingStrategy.class).calls).isZero();
            assertThat(MigrationsAutoConfigurationTests.tables(context.getBean(DataSource.class)))
                .doesNotContain("GREETING");
        }
    }

    @Test
    void exitsWithTheStatusOfAFailingCommandAndReportsTheErrorOnStandardError(CapturedOutput output) {
        try (ConfigurableApplicationContext context = run(WebApplication.class, "migrations", "downgrade", "nosuchrev")) {
            assertThat(context.getBean(RecordingExit.class).statuses).containsExactly(2);
            assertThat(output.getErr()).contains("ERROR [revgraph]").contains("nosuchrev");
        }
    }

    @Test
    void exitsWithOneWhenPendingFindsRevisions(CapturedOutput output) {
        try (ConfigurableApplicationContext context = run(WebApplication.class, "migrations", "pending")) {
            assertThat(context.getBean(RecordingExit.class).statuses).containsExactly(1);
            assertThat(output.getOut()).contains("a1b2c3000001").contains("a1b2c3000002");
        }
    }

    @Test
    void keepsTheCommandsOptionsOutOfTheSpringEnvironment() {
        try (ConfigurableApplicationContext context = run(WebApplication.class, "--app.flag=on", "migrations",
                "history", "--verbose")) {
            assertThat(context.getEnvironment().getProperty("app.flag")).isEqualTo("on");
            assertThat(context.getEnvironment().containsProperty("verbose")).isFalse();
            assertThat(context.getBean(RecordingExit.class).statuses).containsExactly(0);
        }
    }

    @Test
    void upgradesAnEmptyDatabaseThatHibernateThenValidates() {
        try (ConfigurableApplicationContext context = run(JpaApplication.class, "--spring.jpa.hibernate.ddl-auto=validate",
                "migrations", "upgrade", "heads")) {
            assertThat(context.getBean(RecordingExit.class).statuses).containsExactly(0);
            var entityManager = context.getBean(EntityManagerFactory.class).createEntityManager();
            try {
                assertThat(entityManager.find(Greeting.class, 1).getMessage()).isEqualTo("hello");
            }
            finally {
                entityManager.close();
            }
        }
    }

    private static ConfigurableApplicationContext run(Class<?> application, String... args) {
        List<String> arguments = new ArrayList<>();
        arguments.add("--spring.datasource.url=" + MigrationsAutoConfigurationTests.h2Url());
        arguments.add("--server.port=0");
        arguments.addAll(List.of(args));
        return new SpringApplication(application).run(arguments.toArray(String[]::new));
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({ DataSourceAutoConfiguration.class, MigrationsAutoConfiguration.class,
            TomcatServletWebServerAutoConfiguration.class })
    static class WebApplication {

        @Bean
        RecordingExit recordingExit() {
            return new RecordingExit();
        }

        @Bean
        RecordingStrategy recordingStrategy() {
            return new RecordingStrategy();
        }

    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({ DataSourceAutoConfiguration.class, MigrationsAutoConfiguration.class,
            HibernateJpaAutoConfiguration.class, TransactionAutoConfiguration.class })
    @EntityScan(basePackageClasses = Greeting.class)
    static class JpaApplication {

        @Bean
        RecordingExit recordingExit() {
            return new RecordingExit();
        }

    }

    static class RecordingExit implements MigrationsCommandExit {

        final List<Integer> statuses = new ArrayList<>();

        @Override
        public void exit(int status) {
            this.statuses.add(status);
        }

    }

    static class RecordingStrategy implements MigrationsStrategy {

        int calls;

        @Override
        public void migrate(dev.revgraph.command.CommandContext context) {
            this.calls++;
        }

    }

}
