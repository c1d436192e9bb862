package dev.revgraph.dialect;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DialectsTests {

    @Test
    void choosesPostgresql() {
        Dialect dialect = Dialects.of("PostgreSQL", 15, 4, "15.4 (Debian 15.4-1.pgdg120+1)");
        assertThat(dialect).isInstanceOf(PostgresDialect.class);
        assertThat(dialect.version()).isEqualTo(ServerVersion.of(15, 4, 0));
    }

    @Test
    void choosesMariaDbFromItsOwnDriver() {
        Dialect dialect = Dialects.of("MariaDB", 10, 11, "10.11.6-MariaDB-0+deb12u1");
        assertThat(dialect).isInstanceOf(MariaDbDialect.class);
        assertThat(dialect.version()).isEqualTo(ServerVersion.of(10, 11, 6));
    }

    @Test
    void choosesMariaDbBehindTheMySqlDriverFromItsVersionString() {
        Dialect dialect = Dialects.of("MySQL", 5, 5, "5.5.5-10.11.6-MariaDB-0+deb12u1");
        assertThat(dialect).isInstanceOf(MariaDbDialect.class);
        assertThat(dialect.version()).isEqualTo(ServerVersion.of(10, 11, 6));
        assertThat(Dialects.of("MySQL", 11, 4, "11.4.2-MariaDB").version()).isEqualTo(ServerVersion.of(11, 4, 2));
    }

    @Test
    void choosesMySqlWithItsPatchVersion() {
        Dialect dialect = Dialects.of("MySQL", 8, 0, "8.0.36-0ubuntu0.22.04.1");
        assertThat(dialect).isInstanceOf(MySqlDialect.class);
        assertThat(dialect.version()).isEqualTo(ServerVersion.of(8, 0, 36));
        assertThat(dialect.supportsCheckConstraints()).isTrue();
    }

    @Test
    void choosesTheOtherDatabases() {
        assertThat(Dialects.of("H2", 2, 4, "2.4.240 (2025-09-22)")).isInstanceOf(H2Dialect.class);
        assertThat(Dialects.of("Microsoft SQL Server", 16, 0, "16.00.1000")).isInstanceOf(SqlServerDialect.class);
        assertThat(Dialects.of("Oracle", 19, 0, "Oracle Database 19c Enterprise Edition Release 19.0.0.0.0 - Production"))
            .isInstanceOf(OracleDialect.class);
        assertThat(Dialects.of("SQLite", 3, 45, "3.45.1")).isInstanceOf(SqliteDialect.class);
    }

    @Test
    void keepsTheReportedVersionWhenTheVersionStringDisagrees() {
        assertThat(Dialects.of("PostgreSQL", 16, 2, null).version()).isEqualTo(ServerVersion.of(16, 2, 0));
        assertThat(Dialects.of("MySQL", 8, 4, "weird").version()).isEqualTo(ServerVersion.of(8, 4, 0));
    }

    @Test
    void refusesAnUnknownDatabase() {
        assertThatExceptionOfType(UnsupportedByDialectException.class)
            .isThrownBy(() -> Dialects.of("Apache Derby", 10, 16, "10.16.1.1"))
            .withMessageContaining("Apache Derby");
    }

    @Test
    void buildsEachDialectFromItsIdForOfflineRendering() {
        for (DatabaseId id : DatabaseId.values()) {
            Dialect dialect = Dialects.of(id, ServerVersion.of(1, 0));
            assertThat(dialect.id()).isEqualTo(id);
            assertThat(DatabaseId.fromId(id.id())).isEqualTo(id);
        }
        assertThat(DatabaseId.SQLSERVER.id()).isEqualTo("sqlserver");
        assertThat(DatabaseId.POSTGRESQL.id()).isEqualTo("postgresql");
    }
}
