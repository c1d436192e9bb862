package dev.revgraph.script;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class NonTransactionalStatementsTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            CREATE INDEX CONCURRENTLY ix ON t (c)                       | CREATE INDEX CONCURRENTLY
            create unique index concurrently if not exists ix on t (c)  | CREATE INDEX CONCURRENTLY
            CREATE INDEX\\n  CONCURRENTLY ix ON t (c)                    | CREATE INDEX CONCURRENTLY
            CREATE /* online */ INDEX CONCURRENTLY ix ON t (c)          | CREATE INDEX CONCURRENTLY
            DROP INDEX CONCURRENTLY IF EXISTS ix                        | DROP INDEX CONCURRENTLY
            REINDEX INDEX CONCURRENTLY ix                               | REINDEX ... CONCURRENTLY
            REINDEX (VERBOSE) TABLE CONCURRENTLY t                      | REINDEX ... CONCURRENTLY
            REINDEX DATABASE app                                        | REINDEX DATABASE
            REINDEX SYSTEM app                                          | REINDEX SYSTEM
            ALTER TABLE m DETACH PARTITION m_2023 CONCURRENTLY          | ALTER TABLE ... DETACH PARTITION ... CONCURRENTLY
            VACUUM                                                      | VACUUM
            vacuum (analyze) t                                          | VACUUM
            CREATE DATABASE archive                                     | CREATE DATABASE
            DROP DATABASE archive                                       | DROP DATABASE
            CREATE TABLESPACE fast LOCATION '/ssd'                      | CREATE TABLESPACE
            ALTER SYSTEM SET work_mem = '64MB'                          | ALTER SYSTEM
            """)
    void findsStatementsThatCannotRunInATransaction(String sql, String expected) {
        assertThat(NonTransactionalStatements.find(sql.replace("\\n", "\n"))).hasValue(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = { "CREATE INDEX ix ON t (c)", "DROP INDEX ix", "REINDEX TABLE t", "ANALYZE t",
            "CREATE TABLE concurrently (id INT)", "INSERT INTO log VALUES ('VACUUM')", "-- VACUUM\nSELECT 1",
            "ALTER TABLE m DETACH PARTITION m_2023", "CREATE DATABASE_LINK x", "ALTER TYPE mood ADD VALUE 'meh'" })
    void letsEverythingElseRunInATransaction(String sql) {
        assertThat(NonTransactionalStatements.find(sql)).isEmpty();
    }
}
