package dev.revgraph.schema;

import dev.revgraph.dialect.DatabaseId;
import dev.revgraph.dialect.Dialects;
import dev.revgraph.dialect.ServerVersion;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogReadersTests {

    private static CatalogReader readerFor(DatabaseId id) {
        return CatalogReaders.forDialect(Dialects.of(id, ServerVersion.of(15, 0)));
    }

    @Test
    void readsPostgresqlThroughPgCatalog() {
        assertThat(readerFor(DatabaseId.POSTGRESQL)).isInstanceOf(PostgresCatalogReader.class);
    }

    @Test
    void readsMariaDbAndMySqlThroughInformationSchema() {
        assertThat(readerFor(DatabaseId.MARIADB)).isInstanceOf(MariaDbCatalogReader.class);
        assertThat(readerFor(DatabaseId.MYSQL)).isInstanceOf(MariaDbCatalogReader.class);
    }

    @Test
    void readsH2ThroughItsInformationSchema() {
        assertThat(readerFor(DatabaseId.H2)).isInstanceOf(H2CatalogReader.class);
    }

    @Test
    void readsOtherDatabasesThroughDatabaseMetaData() {
        assertThat(readerFor(DatabaseId.SQLSERVER)).isInstanceOf(JdbcMetadataCatalogReader.class);
        assertThat(readerFor(DatabaseId.ORACLE)).isInstanceOf(JdbcMetadataCatalogReader.class);
        assertThat(readerFor(DatabaseId.SQLITE)).isInstanceOf(JdbcMetadataCatalogReader.class);
    }
}
