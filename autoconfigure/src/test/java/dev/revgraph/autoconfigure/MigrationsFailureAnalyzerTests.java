package dev.revgraph.autoconfigure;

import java.sql.Connection;
import java.time.Duration;

import javax.sql.DataSource;

import dev.revgraph.dialect.Dialect;
import dev.revgraph.dialect.Dialects;
import dev.revgraph.operation.QualifiedName;
import dev.revgraph.runtime.lock.LockTarget;
import dev.revgraph.runtime.lock.MigrationLock;
import dev.revgraph.runtime.lock.MigrationLocks;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationsFailureAnalyzerTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrationsAutoConfiguration.class));

    @Test
    void explainsMultipleHeadsWhenTheTargetIsHead() {
        FailureAnalysis analysis = analyze("migrations.locations=classpath:revisions/two-heads",
                "migrations.target=head");
        assertThat(analysis.getDescription()).contains("b0000000001e").contains("b00000000021");
        assertThat(analysis.getAction()).contains("2 heads").contains("migrations.target to heads")
            .contains("migrations merge heads");
    }

    @Test
    void explainsAChecksumMismatchOfAnEditedRevision() {
        String url = MigrationsAutoConfigurationTests.h2Url();
        this.contextRunner.withPropertyValues("spring.datasource.url=" + url, "migrations.locations=classpath:revisions/short")
            .run((context) -> assertThat(context).hasNotFailed());
        FailureAnalysis analysis = analyze("spring.datasource.url=" + url,
                "migrations.locations=classpath:revisions/edited");
        assertThat(analysis.getDescription()).contains("a1b2c3000001").contains("0001_a1b2c3000001_create_greeting.sql");
        assertThat(analysis.getAction()).contains("migrations resolve REV --accept-checksum")
            .contains("migrations.validate-checksums=false");
    }

    @Test
    void explainsAnUnknownRevisionInTheDatabaseUnderFail() {
        String url = MigrationsAutoConfigurationTests.h2Url();
        this.contextRunner.withPropertyValues("spring.datasource.url=" + url).run((context) -> assertThat(context)
            .hasNotFailed());
        FailureAnalysis analysis = analyze("spring.datasource.url=" + url, "migrations.locations=classpath:revisions/short",
                "migrations.unknown-revisions=fail");
        assertThat(analysis.getDescription()).contains("a1b2c3000002");
        assertThat(analysis.getAction()).contains("newer build").contains("migrations.unknown-revisions=allow-ahead");
    }

    @Test
    void explainsANonEmptySchemaWithoutVersionTable() throws Exception {
        String url = MigrationsAutoConfigurationTests.h2Url();
        MigrationsAutoConfigurationTests.execute(url, "CREATE TABLE legacy (id INTEGER)");
        FailureAnalysis analysis = analyze("spring.datasource.url=" + url);
        assertThat(analysis.getDescription()).containsIgnoringCase("legacy").contains("revgraph_version");
        assertThat(analysis.getAction()).contains("migrations stamp REV").contains("migrations.baseline-on-startup=REV");
    }

    @Test
    void explainsALockTimeout() throws Exception {
        String url = MigrationsAutoConfigurationTests.h2Url();
        DataSource dataSource = new SimpleDriverDataSource(new org.h2.Driver(), url, "sa", "");
        Dialect dialect;
        LockTarget target;
        try (Connection connection = dataSource.getConnection()) {
            dialect = Dialects.of(connection);
            target = new LockTarget(connection.getCatalog(), connection.getSchema(), "revgraph_version");
        }
        try (MigrationLock lock = MigrationLocks.acquire(dialect, dataSource, target,
                dialect.qualified(QualifiedName.of(null, "revgraph_lock")), Duration.ofSeconds(5))) {
            FailureAnalysis analysis = analyze("spring.datasource.url=" + url, "migrations.lock.timeout=1");
            assertThat(analysis.getDescription()).containsIgnoringCase("lock");
            assertThat(analysis.getAction()).contains("Another instance is migrating")
                .contains("migrations.lock.timeout");
        }
    }

    @Test
    void explainsARevisionThatFailed() {
        FailureAnalysis analysis = analyze("migrations.locations=classpath:revisions/failing");
        assertThat(analysis.getDescription()).contains("f00000000001").containsIgnoringCase("no_such_table");
        assertThat(analysis.getAction()).contains("Fix revision f00000000001")
            .contains("migrations resolve f00000000001 --retry");
    }

    @Test
    void explainsARevisionThatAnEarlierStartLeftHalfDone() {
        String url = MigrationsAutoConfigurationTests.h2Url();
        this.contextRunner.withPropertyValues("spring.datasource.url=" + url, "migrations.locations=classpath:revisions/failing")
            .run((context) -> assertThat(context).hasFailed());
        FailureAnalysis analysis = analyze("spring.datasource.url=" + url, "migrations.locations=classpath:revisions/failing");
        assertThat(analysis.getDescription()).contains("f00000000001");
        assertThat(analysis.getAction()).contains("interrupted revision f00000000001")
            .contains("migrations resolve f00000000001 --retry").contains("--mark-applied");
    }

    @Test
    void explainsALocationThatDoesNotExist() {
        FailureAnalysis analysis = analyze("migrations.locations=classpath:db/revisons");
        assertThat(analysis.getDescription()).contains("classpath:db/revisons does not exist");
        assertThat(analysis.getAction()).contains("Check the spelling of classpath:db/revisons")
            .contains("migrations.locations");
    }

    private FailureAnalysis analyze(String... properties) {
        FailureAnalysis[] analysis = new FailureAnalysis[1];
        this.contextRunner.withPropertyValues(properties).run((context) -> {
            assertThat(context).hasFailed();
            analysis[0] = new MigrationsFailureAnalyzer().analyze(context.getStartupFailure());
        });
        assertThat(analysis[0]).isNotNull();
        return analysis[0];
    }

}
