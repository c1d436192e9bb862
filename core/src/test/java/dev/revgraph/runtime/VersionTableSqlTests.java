package dev.revgraph.runtime;

import dev.revgraph.dialect.DatabaseId;
import dev.revgraph.dialect.Dialect;
import dev.revgraph.dialect.Dialects;
import dev.revgraph.dialect.ServerVersion;
import dev.revgraph.revision.RowChange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class VersionTableSqlTests {

    private final Dialect postgres = Dialects.of(DatabaseId.POSTGRESQL, ServerVersion.of(15, 0));

    private final VersionTableSql sql = new VersionTableSql(this.postgres, MigrationSettings.defaults());

    @Test
    void createsTheVersionTableInAlembicsShape() {
        assertThat(this.sql.createVersionTable()).singleElement().asString()
            .contains("CREATE TABLE revgraph_version")
            .contains("version_num VARCHAR(32) NOT NULL")
            .contains("CONSTRAINT revgraph_version_pkc PRIMARY KEY (version_num)");
    }

    @Test
    void writesEachRowChangeAsOneStatementWithLiteralIds() {
        assertThat(this.sql.rowChange(RowChange.insert("ae1027a6acf")))
            .containsExactly("INSERT INTO revgraph_version (version_num) VALUES ('ae1027a6acf')");
        assertThat(this.sql.rowChange(RowChange.update("ae1027a6acf", "27c6a30d7c24"))).containsExactly(
                "UPDATE revgraph_version SET version_num = '27c6a30d7c24' WHERE version_num = 'ae1027a6acf'");
        assertThat(this.sql.rowChange(RowChange.delete("27c6a30d7c24")))
            .containsExactly("DELETE FROM revgraph_version WHERE version_num = '27c6a30d7c24'");
    }

    @Test
    void qualifiesAndQuotesConfiguredNames() {
        VersionTableSql custom = new VersionTableSql(this.postgres,
                MigrationSettings.builder().schema("Audit").versionTable("alembic_version").build());

        assertThat(custom.selectVersionRows()).isEqualTo("SELECT version_num FROM \"Audit\".alembic_version");
        assertThat(custom.insertApplied("a1", null, AppliedOrigin.ADOPTED, null)).isEqualTo(
                "INSERT INTO \"Audit\".revgraph_applied (revision, checksum, origin, history_id) VALUES ('a1', NULL, "
                        + "'adopted', NULL)");
    }

    @Test
    void refusesNamesTheDatabaseCannotHold() {
        assertThatIllegalArgumentException().isThrownBy(() -> new VersionTableSql(this.postgres,
                MigrationSettings.builder().versionTable("x".repeat(64)).build()));
    }

    @Test
    void createsTheHistoryTableWithAnIdentity() {
        VersionTableSql mariadb = new VersionTableSql(Dialects.of(DatabaseId.MARIADB, ServerVersion.of(10, 11)),
                MigrationSettings.defaults());

        assertThat(mariadb.createHistoryTable()).singleElement().asString().contains("id BIGINT AUTO_INCREMENT")
            .contains("started DATETIME(3) NOT NULL");
    }
}
