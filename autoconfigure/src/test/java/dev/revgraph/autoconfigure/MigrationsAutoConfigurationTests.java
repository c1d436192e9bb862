package dev.revgraph.autoconfigure;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import dev.revgraph.command.CommandContext;
import dev.revgraph.command.MigrationTree;
import dev.revgraph.dialect.DatabaseId;
import dev.revgraph.revision.Plan;
import dev.revgraph.runtime.MigrationListener;
import dev.revgraph.runtime.MigrationResult;
import dev.revgraph.runtime.MigrationSettings;
import dev.revgraph.runtime.TransactionMode;
import dev.revgraph.runtime.UnknownRevisionsPolicy;
import dev.revgraph.autoconfigure.javarevisions.Greeter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class MigrationsAutoConfigurationTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrationsAutoConfiguration.class));

    // --- conditions ---------------------------------------------------------------------------------

    @Test
    void backsOffWhenNoDataSourceIsAvailable() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(MigrationsAutoConfiguration.class))
            .run((context) -> assertThat(context).doesNotHaveBean(CommandContext.class)
                .doesNotHaveBean(MigrationsInitializer.class)
                .doesNotHaveBean(MigrationsProperties.class));
    }

    @Test
    void backsOffWhenDisabled() {
        this.contextRunner.withPropertyValues("migrations.enabled=false")
            .run((context) -> assertThat(context).doesNotHaveBean(CommandContext.class)
                .doesNotHaveBean(MigrationsInitializer.class));
    }

    @Test
    void backsOffFromTheCommandContextWhenTheUserDefinesOneAndMigratesThatOne() {
        this.contextRunner.withUserConfiguration(UserCommandContextConfiguration.class).run((context) -> {
            assertThat(context).hasSingleBean(CommandContext.class).hasBean("userCommandContext")
                .doesNotHaveBean("migrationsCommandContext");
            assertThat(context.getBean(MigrationsInitializer.class)).isNotNull();
            assertThat(greetings(context.getBean(DataSource.class))).containsExactly("hello");
        });
    }

    @Test
    void configuresWithJdbcConnectionDetailsAndNoDataSource() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(MigrationsAutoConfiguration.class))
            .withBean(JdbcConnectionDetails.class, () -> connectionDetails(h2Url()))
            .run((context) -> {
                assertThat(context).hasNotFailed().hasSingleBean(CommandContext.class);
                DataSource dataSource = context.getBean(CommandContext.class).trees().get(0).dataSource();
                assertThat(greetings(dataSource)).containsExactly("hello");
            });
    }

    @Test
    void configuresWithMigrationsUrlAndNoDataSource() {
        String url = h2Url();
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(MigrationsAutoConfiguration.class))
            .withPropertyValues("migrations.url=" + url, "migrations.user=sa")
            .run((context) -> {
                assertThat(context).hasNotFailed();
                assertThat(greetings(url)).containsExactly("hello");
            });
    }

    // --- the start-up migration ---------------------------------------------------------------------

    @Test
    void migratesOnStartupWithNothingButADataSourceAndRevisionsInDbRevisions() {
        this.contextRunner.run((context) -> {
            assertThat(context).hasNotFailed();
            assertThat(greetings(context.getBean(DataSource.class))).containsExactly("hello");
            assertThat(rows(context.getBean(DataSource.class), "SELECT version_num FROM revgraph_version"))
                .containsExactly("a1b2c3000002");
        });
    }

    @Test
    void exposesTheCommandContextAsMigrationsCommandContextWithTheMainTree() {
        this.contextRunner.run((context) -> {
            assertThat(context).hasBean("migrationsCommandContext");
            CommandContext commandContext = context.getBean(CommandContext.class);
            assertThat(commandContext.trees()).extracting(MigrationTree::name).containsExactly("main");
            MigrationTree main = commandContext.trees().get(0);
            assertThat(main.locations()).containsExactly("classpath:db/revisions");
            assertThat(main.dataSource()).isSameAs(context.getBean(DataSource.class));
            assertThat(main.databaseId()).isEqualTo(DatabaseId.H2);
        });
    }

    @Test
    void migratesBeforeBeansThatDependOnDatabaseInitialization() {
        this.contextRunner.withConfiguration(AutoConfigurations.of(JdbcTemplateAutoConfiguration.class))
            .withUserConfiguration(DatabaseUserConfiguration.class)
            .run((context) -> assertThat(context.getBean(GreetingReader.class).greetingsAtCreation)
                .containsExactly("hello"));
    }

    @Test
    void reportsTheMigratedDataSourceAsManagedToHibernate() {
        this.contextRunner.run((context) -> {
            SchemaManagementProvider provider = context.getBean(SchemaManagementProvider.class);
            assertThat(provider.getSchemaManagement(context.getBean(DataSource.class)))
                .isEqualTo(SchemaManagement.MANAGED);
            assertThat(provider.getSchemaManagement(DataSourceBuilder.create().url(h2Url()).username("sa").build()))
                .isEqualTo(SchemaManagement.UNMANAGED);
        });
    }

    @Test
    void upgradesToTheConfiguredTarget() {
        this.contextRunner.withPropertyValues("migrations.target=a1b2c3000001").run((context) -> {
            assertThat(rows(context.getBean(DataSource.class), "SELECT version_num FROM revgraph_version"))
                .containsExactly("a1b2c3000001");
            assertThat(greetings(context.getBean(DataSource.class))).isEmpty();
        });
    }

    @Test
    void doesNotMigrateWhenOnStartupIsNone() {
        this.contextRunner.withPropertyValues("migrations.on-startup=none").run((context) -> {
            assertThat(context).hasNotFailed().hasSingleBean(MigrationsInitializer.class);
            assertThat(tables(context.getBean(DataSource.class))).doesNotContain("GREETING", "REVGRAPH_VERSION");
        });
    }

    @Test
    void failsStartupWhenOnStartupIsValidateAndRevisionsArePending() {
        this.contextRunner.withPropertyValues("migrations.on-startup=validate").run((context) -> {
            assertThat(context).getFailure().rootCause().isInstanceOf(PendingRevisionsException.class)
                .hasMessageContaining("tree 'main' has 2 pending revisions (a1b2c3000001, a1b2c3000002)");
        });
    }

    @Test
    void startsWhenOnStartupIsValidateAndTheDatabaseIsUpToDate() {
        String url = h2Url();
        this.contextRunner.withPropertyValues("spring.datasource.url=" + url).run((context) -> {
            assertThat(context).hasNotFailed();
        });
        this.contextRunner.withPropertyValues("spring.datasource.url=" + url, "migrations.on-startup=validate")
            .run((context) -> assertThat(context).hasNotFailed());
    }

    @Test
    void failsStartupWhenAConfiguredLocationDoesNotExist() {
        this.contextRunner.withPropertyValues("migrations.locations=classpath:db/no-such-folder")
            .run((context) -> assertThat(context).getFailure().rootCause()
                .isInstanceOf(MissingRevisionLocationException.class)
                .hasMessageContaining("classpath:db/no-such-folder"));
    }

    @Test
    void failsStartupWhenAJavaPackageDoesNotExist() {
        this.contextRunner.withPropertyValues("migrations.java-packages=com.example.no.such.migrations")
            .run((context) -> assertThat(context).getFailure().rootCause()
                .isInstanceOf(MissingRevisionLocationException.class)
                .hasMessageContaining("com.example.no.such.migrations"));
    }

    @Test
    void expandsVendorInLocationsToTheDatabaseId() {
        this.contextRunner.withPropertyValues("migrations.locations=classpath:revisions/vendor/{vendor}")
            .run((context) -> assertThat(tables(context.getBean(DataSource.class))).contains("GREETING"));
    }

    @Test
    void warnsWhenHibernateWouldInitializeTheSchemaFirst(CapturedOutput output) {
        this.contextRunner.withPropertyValues("spring.jpa.defer-datasource-initialization=true")
            .run((context) -> assertThat(output).contains("spring.jpa.defer-datasource-initialization=true makes "
                    + "Hibernate initialize its schema before RevGraph migrates the database"));
    }

    @Test
    void warnsThatTheModelWasNotComparedWithoutOneWhenDriftIsWarn(CapturedOutput output) {
        this.contextRunner.withPropertyValues("migrations.drift.on-startup=warn").run((context) -> {
            assertThat(context).hasNotFailed();
            assertThat(output).contains("The entity model was not compared with the database")
                .contains("there is no entity model");
        });
    }

    @Test
    void failsStartupWithoutAModelWhenDriftIsFail() {
        this.contextRunner.withPropertyValues("migrations.drift.on-startup=fail")
            .run((context) -> assertThat(context).getFailure()
                .rootCause()
                .isInstanceOf(MigrationsDriftException.class)
                .hasMessageContaining("there is no entity model"));
    }

    // --- properties ---------------------------------------------------------------------------------

    @Test
    void appliesTablesAndSchemaToTheMainTree() {
        this.contextRunner.withPropertyValues("migrations.version-table=app_version",
                "migrations.applied-table=app_applied", "migrations.history-table=app_history",
                "migrations.schema=PUBLIC")
            .run((context) -> {
                MigrationSettings settings = mainTree(context.getBean(CommandContext.class)).settings();
                assertThat(settings.versionTable()).isEqualTo("app_version");
                assertThat(settings.appliedTable()).isEqualTo("app_applied");
                assertThat(settings.historyTable()).isEqualTo("app_history");
                assertThat(settings.schema()).isEqualTo("PUBLIC");
                assertThat(rows(context.getBean(DataSource.class), "SELECT version_num FROM app_version"))
                    .containsExactly("a1b2c3000002");
            });
    }

    @Test
    void appliesRuntimeSettingsToTheTrees() {
        this.contextRunner
            .withPropertyValues("migrations.transaction-mode=per-revision", "migrations.lock.enabled=false",
                    "migrations.lock.timeout=90", "migrations.lock-timeout=5s", "migrations.statement-timeout=1m",
                    "migrations.lock-wait-timeout=7", "migrations.validate-checksums=false",
                    "migrations.unknown-revisions=fail", "migrations.baseline-on-startup=a1b2c3000001",
                    "migrations.file-template={year}_{rev}_{slug}")
            .run((context) -> {
                MigrationTree main = mainTree(context.getBean(CommandContext.class));
                MigrationSettings settings = main.settings();
                assertThat(settings.transactionMode()).isEqualTo(TransactionMode.PER_REVISION);
                assertThat(settings.lockEnabled()).isFalse();
                assertThat(settings.lockTimeout()).isEqualTo(Duration.ofSeconds(90));
                assertThat(settings.sessionLockTimeout()).isEqualTo(Duration.ofSeconds(5));
                assertThat(settings.statementTimeout()).isEqualTo(Duration.ofMinutes(1));
                assertThat(settings.lockWaitTimeout()).isEqualTo(Duration.ofSeconds(7));
                assertThat(settings.validateChecksums()).isFalse();
                assertThat(settings.unknownRevisions()).isEqualTo(UnknownRevisionsPolicy.FAIL);
                assertThat(settings.baselineOnStartup()).isEqualTo("a1b2c3000001");
                assertThat(main.fileTemplate()).isEqualTo("{year}_{rev}_{slug}");
            });
    }

    @Test
    void appliesAutogenerateDirectoriesAndPackageToTheMainTree() {
        this.contextRunner
            .withPropertyValues("migrations.autogenerate.java-package=com.example.db",
                    "migrations.autogenerate.java-source-directory=app/src/main/java",
                    "migrations.autogenerate.sql-directory=app/db")
            .run((context) -> {
                MigrationTree main = mainTree(context.getBean(CommandContext.class));
                assertThat(main.javaPackage()).isEqualTo("com.example.db");
                assertThat(main.javaSourceDirectory()).isEqualTo(java.nio.file.Path.of("app/src/main/java"));
                assertThat(main.revisionDirectory()).isEqualTo(java.nio.file.Path.of("app/db"));
            });
    }

    // --- the DataSource -----------------------------------------------------------------------------

    @Test
    void migratesTheMigrationsDataSourceBeanRatherThanThePrimaryOne() {
        this.contextRunner.withUserConfiguration(TwoDataSourcesConfiguration.class).run((context) -> {
            DataSource migrations = context.getBean("migrationsDataSource", DataSource.class);
            assertThat(mainTree(context.getBean(CommandContext.class)).dataSource()).isSameAs(migrations);
            assertThat(greetings(migrations)).containsExactly("hello");
            assertThat(tables(context.getBean("applicationDataSource", DataSource.class))).isEmpty();
        });
    }

    @Test
    void migratesADataSourceOfItsOwnFromMigrationsUrl() {
        String url = h2Url();
        this.contextRunner.withPropertyValues("migrations.url=" + url, "migrations.user=sa").run((context) -> {
            DataSource dataSource = mainTree(context.getBean(CommandContext.class)).dataSource();
            assertThat(dataSource).isInstanceOf(SimpleDriverDataSource.class).isNotSameAs(context.getBean(DataSource.class));
            assertThat(greetings(url)).containsExactly("hello");
            assertThat(tables(context.getBean(DataSource.class))).isEmpty();
        });
    }

    @Test
    void layersMigrationsCredentialsOnTheApplicationDataSourceUrl() {
        String url = h2Url();
        this.contextRunner.withPropertyValues("spring.datasource.url=" + url, "migrations.user=sa",
                "migrations.password=").run((context) -> {
                    DataSource dataSource = mainTree(context.getBean(CommandContext.class)).dataSource();
                    assertThat(dataSource).isInstanceOf(SimpleDriverDataSource.class);
                    assertThat(((SimpleDriverDataSource) dataSource).getUrl()).isEqualTo(url);
                    assertThat(((SimpleDriverDataSource) dataSource).getUsername()).isEqualTo("sa");
                    assertThat(greetings(context.getBean(DataSource.class))).containsExactly("hello");
                });
    }

    @Test
    void usesTheLayeredCredentialsToMigrate() throws SQLException {
        String url = h2Url();
        execute(url, "SELECT 1");
        this.contextRunner.withPropertyValues("spring.datasource.url=" + url, "migrations.user=nobody",
                "migrations.password=wrong")
            .run((context) -> assertThat(context).getFailure().rootCause().hasMessageContaining("28000"));
    }

    @Test
    void migratesTheDatabaseOfJdbcConnectionDetailsAsServiceConnectionsProvideThem() {
        String url = h2Url();
        this.contextRunner.withBean(JdbcConnectionDetails.class, () -> connectionDetails(url)).run((context) -> {
            assertThat(context).hasNotFailed();
            assertThat(greetings(url)).containsExactly("hello");
        });
    }

    @Test
    void layersMigrationsCredentialsOnTheJdbcConnectionDetailsUrl() {
        String url = h2Url();
        this.contextRunner.withBean(JdbcConnectionDetails.class, () -> connectionDetails(url))
            .withPropertyValues("migrations.user=sa")
            .run((context) -> {
                DataSource dataSource = mainTree(context.getBean(CommandContext.class)).dataSource();
                assertThat(((SimpleDriverDataSource) dataSource).getUrl()).isEqualTo(url);
                assertThat(greetings(url)).containsExactly("hello");
            });
    }

    // --- trees --------------------------------------------------------------------------------------

    @Test
    void migratesEveryTreeInDeclaredOrderOnOneDatabase() {
        this.contextRunner.withPropertyValues("migrations.trees.audit.locations=classpath:db/audit").run((context) -> {
            assertThat(context).hasNotFailed();
            CommandContext commandContext = context.getBean(CommandContext.class);
            assertThat(commandContext.trees()).extracting(MigrationTree::name).containsExactly("main", "audit");
            MigrationTree audit = commandContext.trees().get(1);
            assertThat(audit.settings().versionTable()).isEqualTo("revgraph_audit_version");
            assertThat(audit.settings().otherTreeTables()).containsExactlyInAnyOrder("revgraph_version",
                    "revgraph_applied", "revgraph_history");
            DataSource dataSource = context.getBean(DataSource.class);
            assertThat(rows(dataSource, "SELECT version_num FROM revgraph_audit_version"))
                .containsExactly("ad0000000001");
            assertThat(greetings(dataSource)).containsExactly("hello");
        });
    }

    @Test
    void givesATreeWithoutLocationsItsOwnFolderUnderDb() {
        this.contextRunner.withPropertyValues("migrations.trees.audit.order=0")
            .run((context) -> assertThat(context.getBean(CommandContext.class).trees().get(1).locations())
                .containsExactly("classpath:db/audit"));
    }

    @Test
    void ordersTreesByOrderThenByDeclaration() {
        this.contextRunner
            .withPropertyValues("migrations.trees.zeta.locations=classpath:revisions/empty",
                    "migrations.trees.zeta.version-table=zeta_version", "migrations.trees.zeta.applied-table=zeta_applied",
                    "migrations.trees.zeta.history-table=zeta_history", "migrations.trees.audit.order=-1",
                    "migrations.trees.alpha.locations=classpath:revisions/empty", "migrations.trees.alpha.order=5")
            .run((context) -> assertThat(context.getBean(CommandContext.class).trees()).extracting(MigrationTree::name)
                .containsExactly("audit", "main", "zeta", "alpha"));
    }

    @Test
    void migratesATreeOnADataSourceOfItsOwn() {
        this.contextRunner.withUserConfiguration(TwoDataSourcesConfiguration.class)
            .withPropertyValues("migrations.trees.audit.data-source=auditDataSource")
            .run((context) -> {
                assertThat(context).hasNotFailed();
                DataSource auditDataSource = context.getBean("auditDataSource", DataSource.class);
                assertThat(rows(auditDataSource, "SELECT version_num FROM revgraph_audit_version"))
                    .containsExactly("ad0000000001");
                assertThat(tables(auditDataSource)).doesNotContain("GREETING");
                assertThat(greetings(context.getBean("migrationsDataSource", DataSource.class)))
                    .containsExactly("hello");
                assertThat(context.getBean(CommandContext.class).trees().get(1).settings().otherTreeTables()).isEmpty();
            });
    }

    @Test
    void failsStartupWhenATreeNamesADataSourceBeanThatDoesNotExist() {
        this.contextRunner.withPropertyValues("migrations.trees.audit.data-source=noSuchDataSource")
            .run((context) -> assertThat(context).getFailure().rootCause()
                .isInstanceOf(MissingTreeDataSourceException.class)
                .hasMessageContaining("'noSuchDataSource'"));
    }

    @Test
    void dropsTheMainTreeWhenItIsDisabled() {
        this.contextRunner.withPropertyValues("migrations.trees.main.enabled=false", "migrations.trees.audit.order=0")
            .run((context) -> {
                assertThat(context.getBean(CommandContext.class).trees()).extracting(MigrationTree::name)
                    .containsExactly("audit");
                assertThat(tables(context.getBean(DataSource.class))).doesNotContain("GREETING").contains("AUDIT_LOG");
            });
    }

    @Test
    void refinesTheMainTreeWithTreesMain() {
        this.contextRunner.withPropertyValues("migrations.trees.main.order=10", "migrations.trees.main.target=a1b2c3000001",
                "migrations.trees.audit.order=0").run((context) -> {
                    assertThat(context.getBean(CommandContext.class).trees()).extracting(MigrationTree::name)
                        .containsExactly("audit", "main");
                    assertThat(rows(context.getBean(DataSource.class), "SELECT version_num FROM revgraph_version"))
                        .containsExactly("a1b2c3000001");
                });
    }

    @Test
    void failsStartupWhenTwoTreesShareAVersionTable() {
        this.contextRunner.withPropertyValues("migrations.trees.audit.version-table=revgraph_version")
            .run((context) -> assertThat(context).getFailure().rootCause()
                .hasMessageContaining("Trees 'main' and 'audit' would share the table revgraph_version"));
    }

    // --- extension points ---------------------------------------------------------------------------

    @Test
    void runsTheMigrationsStrategyInPlaceOfTheStartupMigration() {
        this.contextRunner.withBean(MigrationsStrategy.class, () -> (context) -> {
        }).run((context) -> assertThat(tables(context.getBean(DataSource.class))).isEmpty());
    }

    @Test
    void letsTheMigrationsStrategyBuildOnTheDefault() {
        List<String> calls = new ArrayList<>();
        this.contextRunner.withBean(MigrationsStrategy.class, () -> (context) -> {
            calls.add("before " + context.trees().size());
            MigrationsStrategy.upgrade().migrate(context);
        }).run((context) -> {
            assertThat(calls).containsExactly("before 1");
            assertThat(greetings(context.getBean(DataSource.class))).containsExactly("hello");
        });
    }

    @Test
    void customizesEveryTreeWithTheTreeCustomizers() {
        this.contextRunner.withPropertyValues("migrations.trees.audit.order=0")
            .withBean(MigrationTreeCustomizer.class, () -> (name, tree, settings) -> settings
                .lockTimeout(Duration.ofSeconds(name.length())))
            .run((context) -> assertThat(context.getBean(CommandContext.class).trees())
                .extracting((tree) -> tree.settings().lockTimeout())
                .containsExactly(Duration.ofSeconds(4), Duration.ofSeconds(5)));
    }

    @Test
    void customizesTheCommandContextWithTheContextCustomizers() {
        this.contextRunner
            .withBean(MigrationsContextCustomizer.class, () -> (builder) -> builder.revisionIds(() -> "0123456789ab"))
            .run((context) -> assertThat(context.getBean(CommandContext.class).newRevisionId()).isEqualTo("0123456789ab"));
    }

    @Test
    void tellsEveryMigrationListenerBeanWhatTheMigrationDid() {
        this.contextRunner.withUserConfiguration(ListenersConfiguration.class).run((context) -> {
            assertThat(context.getBean("first", RecordingListener.class).events).containsExactly("planned 2",
                    "finished 2");
            assertThat(context.getBean("second", RecordingListener.class).events).containsExactly("planned 2",
                    "finished 2");
        });
    }

    @Test
    void createsJavaRevisionsThroughTheBeanFactorySoThatTheyTakeBeans() {
        this.contextRunner.withBean(Greeter.class, () -> new Greeter("hello from a bean"))
            .withPropertyValues("migrations.java-packages=dev.revgraph.autoconfigure.javarevisions")
            .run((context) -> assertThat(greetings(context.getBean(DataSource.class))).containsExactly("hello",
                    "hello from a bean"));
    }

    // --- helpers ------------------------------------------------------------------------------------

    static String h2Url() {
        return "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    static JdbcConnectionDetails connectionDetails(String url) {
        return new JdbcConnectionDetails() {

            @Override
            public String getUsername() {
                return "sa";
            }

            @Override
            public String getPassword() {
                return "";
            }

            @Override
            public String getJdbcUrl() {
                return url;
            }

        };
    }

    private static MigrationTree mainTree(CommandContext context) {
        return context.tree("main");
    }

    static List<String> greetings(DataSource dataSource) {
        return rows(dataSource, "SELECT message FROM greeting ORDER BY id");
    }

    static List<String> greetings(String url) {
        return greetings(new SimpleDriverDataSource(new org.h2.Driver(), url, "sa", ""));
    }

    static List<String> rows(DataSource dataSource, String sql) {
        return new JdbcTemplate(dataSource).queryForList(sql, String.class);
    }

    static List<String> tables(DataSource dataSource) {
        return rows(dataSource, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'PUBLIC'");
    }

    static void execute(String url, String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class UserCommandContextConfiguration {

        @Bean
        CommandContext userCommandContext(DataSource dataSource) {
            return CommandContext.builder().tree(MigrationTree.builder("main").dataSource(dataSource).build()).build();
        }

    }

    @Configuration(proxyBeanMethods = false)
    static class TwoDataSourcesConfiguration {

        @Bean
        @Primary
        DataSource applicationDataSource() {
            return DataSourceBuilder.create().url(h2Url()).username("sa").build();
        }

        @Bean
        @MigrationsDataSource
        DataSource migrationsDataSource() {
            return DataSourceBuilder.create().url(h2Url()).username("sa").build();
        }

        @Bean(defaultCandidate = false)
        DataSource auditDataSource() {
            return DataSourceBuilder.create().url(h2Url()).username("sa").build();
        }

    }

    @Configuration(proxyBeanMethods = false)
    static class DatabaseUserConfiguration {

        @Bean
        @DependsOnDatabaseInitialization
        GreetingReader greetingReader(JdbcTemplate jdbcTemplate) {
            return new GreetingReader(jdbcTemplate.queryForList("SELECT message FROM greeting", String.class));
        }

    }

    record GreetingReader(List<String> greetingsAtCreation) {
    }

    @Configuration(proxyBeanMethods = false)
    static class ListenersConfiguration {

        @Bean
        @Order(1)
        RecordingListener first() {
            return new RecordingListener();
        }

        @Bean
        @Order(2)
        RecordingListener second() {
            return new RecordingListener();
        }

    }

    static class RecordingListener implements MigrationListener {

        final List<String> events = new ArrayList<>();

        @Override
        public void planned(Plan plan) {
            this.events.add("planned " + plan.steps().size());
        }

        @Override
        public void finished(MigrationResult result) {
            this.events.add("finished " + result.stepsRun().size());
        }

    }

}
