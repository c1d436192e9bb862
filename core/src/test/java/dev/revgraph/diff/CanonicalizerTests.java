package dev.revgraph.diff;

import dev.revgraph.dialect.DatabaseId;
import dev.revgraph.dialect.Dialects;
import dev.revgraph.dialect.ServerVersion;
import dev.revgraph.operation.ForeignKeyAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Each database's canonical form, rule by rule, without a database. */
class CanonicalizerTests {

    private static final Canonicalizer POSTGRES = Canonicalizer.forDialect(Dialects.of(DatabaseId.POSTGRESQL,
            ServerVersion.of(15, 0)));

    private static final Canonicalizer MARIADB = Canonicalizer.forDialect(Dialects.of(DatabaseId.MARIADB,
            ServerVersion.of(10, 11)));

    private static final Canonicalizer H2 = Canonicalizer.forDialect(Dialects.of(DatabaseId.H2, ServerVersion.of(2, 4)));

    @ParameterizedTest(name = "{0} is {1} on PostgreSQL")
    @CsvSource(delimiter = '|', value = { "int4|integer", "serial|integer", "int8|bigint", "bigserial|bigint",
            "float8|double precision", "float(53)|double precision", "float|double precision", "float4|real",
            "float(24)|real", "bpchar(3)|character(3)", "char|character(1)", "varchar|text",
            "character varying|text", "varchar(255)|character varying(255)", "decimal(10,2)|numeric(10,2)",
            "numeric(5)|numeric(5,0)", "timestamptz|timestamp with time zone(6)",
            "timestamp(6) with time zone|timestamp with time zone(6)", "timestamp|timestamp(6)",
            "time(0)|time(0)", "_int4|_int4", "integer[]|integer[]", "text[]|text[]" })
    void spellsPostgresTypesOneWay(String written, String canonical) {
        assertThat(POSTGRES.type(written)).hasToString(canonical);
    }

    @ParameterizedTest(name = "{0} is {1} on MariaDB")
    @CsvSource(delimiter = '|', value = { "tinyint(1)|boolean", "bit(1)|boolean", "bit|boolean", "boolean|boolean",
            "int(11)|int", "integer|int", "bigint(20)|bigint", "tinyint(4)|tinyint", "int(10) unsigned|int unsigned",
            "float(23)|float", "float(53)|double", "double precision|double", "real|double", "decimal|decimal(10,0)",
            "numeric(10,2)|decimal(10,2)", "datetime|datetime(0)", "datetime(6)|datetime(6)",
            "enum ('A', 'B')|enum('A','B')", "character varying(5)|varchar(5)" })
    void spellsMariaDbTypesOneWay(String written, String canonical) {
        assertThat(MARIADB.type(written)).hasToString(canonical);
    }

    @ParameterizedTest(name = "{0} is {1} on H2")
    @CsvSource(delimiter = '|', value = { "CHARACTER VARYING(255)|varchar(255)", "varchar(255)|varchar(255)",
            "CHARACTER VARYING|varchar", "text|varchar", "CHARACTER LARGE OBJECT|clob", "clob|clob",
            "BINARY VARYING(255)|varbinary(255)", "DOUBLE PRECISION|double precision", "float(53)|double precision",
            "float(24)|real", "TIMESTAMP|timestamp(6)", "TIME|time(0)", "ENUM('A', 'B')|enum('A','B')", "enum ('A','B')|enum('A','B')",
            "NUMERIC(10, 2)|numeric(10,2)", "decimal(10)|numeric(10,0)" })
    void spellsH2TypesOneWay(String written, String canonical) {
        assertThat(H2.type(written)).hasToString(canonical);
    }

    @Test
    void postgresDefaultsLoseTheirCasts() {
        assertThat(POSTGRES.defaultValue("'-1'::integer", POSTGRES.type("integer")))
            .isEqualTo(POSTGRES.defaultValue("-1", POSTGRES.type("integer")));
        assertThat(POSTGRES.defaultValue("'x'::character varying", POSTGRES.type("varchar(10)"))).isEqualTo("'x'");
        assertThat(POSTGRES.defaultValue("now()", POSTGRES.type("timestamp"))).isEqualTo("current_timestamp");
        assertThat(POSTGRES.defaultValue("0.00", POSTGRES.type("numeric(10,2)"))).isEqualTo("0");
    }

    @Test
    void mariaDbDefaultsSayNoneWithTheWordNull() {
        assertThat(MARIADB.defaultValue("NULL", MARIADB.type("varchar(10)"))).isNull();
        assertThat(MARIADB.defaultValue("current_timestamp()", MARIADB.type("datetime"))).isEqualTo("current_timestamp");
        assertThat(MARIADB.defaultValue("b'1'", MARIADB.type("bit(1)"))).isEqualTo("true");
        assertThat(MARIADB.defaultValue("1", MARIADB.type("tinyint(1)"))).isEqualTo("true");
    }

    @Test
    void postgresRewritesOfInAndBetweenCompareWithWhatWasWritten() {
        assertThat(POSTGRES.expression(
                "status::text = ANY (ARRAY['A'::character varying, 'B'::character varying]::text[])"))
            .isEqualTo(POSTGRES.expression("(status in ('A','B'))"));
        assertThat(POSTGRES.expression("rank >= 0 AND rank <= 1")).isEqualTo(POSTGRES.expression("(rank between 0 and 1)"));
        assertThat(POSTGRES.expression("lower((name)::text)")).isEqualTo(POSTGRES.expression("lower(name)"));
    }

    @Test
    void quotedUpperCaseNamesInChecksAreTheModelsNames() {
        assertThat(H2.expression("\"STATUS\" IN('A', 'B')")).isEqualTo(H2.expression("status in ('A','B')"));
        assertThat(MARIADB.expression("`rank` between 0 and 1")).isEqualTo(MARIADB.expression("(rank between 0 and 1)"));
    }

    @Test
    void parenthesesThatChangeTheMeaningStay() {
        assertThat(POSTGRES.expression("(a or b) and c")).isNotEqualTo(POSTGRES.expression("a or b and c"));
        assertThat(POSTGRES.expression("(a + b) * c")).isNotEqualTo(POSTGRES.expression("a + b * c"));
    }

    @Test
    void h2LiteralCastsInChecksAreTheLiteralsWritten() {
        assertThat(H2.expression("\"CREDIT_LIMIT\" >= CAST(0 AS NUMERIC(1))")).isEqualTo(H2.expression("credit_limit >= 0"));
        assertThat(H2.expression("\"PRICE\" > CAST(-1.5 AS NUMERIC(2, 1))")).isEqualTo(H2.expression("price > -1.5"));
        assertThat(H2.expression("\"CODE\" <> CAST('x' AS CHARACTER VARYING)")).isEqualTo(H2.expression("code <> 'x'"));
        assertThat(H2.expression("CAST(\"PRICE\" AS INTEGER) > 0")).isNotEqualTo(H2.expression("price > 0"));
    }

    @Test
    void conjunctsOfATopLevelAndCompareInAnyOrder() {
        for (Canonicalizer canonicalizer : new Canonicalizer[] { POSTGRES, MARIADB, H2 }) {
            assertThat(canonicalizer.expression("(score >= 0) and (score <= 100)"))
                .isEqualTo(canonicalizer.expression("(score <= 100) and (score >= 0)"));
            assertThat(canonicalizer.expression("(status in ('A','B')) and ((score <= 100) and (score >= 0))"))
                .isEqualTo(canonicalizer.expression("score >= 0 AND status IN ('A', 'B') AND score <= 100"));
            assertThat(canonicalizer.expression("(a = 1 or b = 2) and c = 3"))
                .isEqualTo(canonicalizer.expression("c = 3 and (a = 1 or b = 2)"));
        }
    }

    @Test
    void neitherOrNorNestedOrBetweenConditionsAreReordered() {
        assertThat(POSTGRES.expression("a = 1 and b = 2 or c = 3")).isNotEqualTo(POSTGRES.expression("b = 2 and a = 1 or c = 3"))
            .isEqualTo("a = 1 and b = 2 or c = 3");
        assertThat(POSTGRES.expression("(b = 2 or a = 1) and c = 3")).isNotEqualTo(POSTGRES.expression("(a = 1 or b = 2) and c = 3"));
        assertThat(POSTGRES.expression("x between y + 1 and z")).isEqualTo("x between y + 1 and z");
        assertThat(POSTGRES.expression("f(b and a) > 0")).isEqualTo("f ( b and a ) > 0");
        assertThat(POSTGRES.expression("case when b and a then 1 end = 1")).isEqualTo("case when b and a then 1 end = 1");
    }

    @Test
    void recreatesTheInListPostgresWroteBackAsAnArray() {
        assertThat(POSTGRES.recreatableCheck(
                "status::text = ANY (ARRAY['A'::character varying, 'B'::character varying]::text[])"))
            .isEqualTo("status IN ('A'::character varying, 'B'::character varying)");
    }

    @Test
    void namesLongerThanPostgresKeepsMatchTheirTruncation() {
        String name = "x".repeat(70);
        assertThat(POSTGRES.nameKey(name)).isEqualTo("x".repeat(63));
        assertThat(H2.nameKey("ORDERS")).isEqualTo(H2.nameKey("orders"));
    }

    @Test
    void restrictIsNoActionWhereTheDatabaseCannotTellThemApart() {
        assertThat(MARIADB.action(ForeignKeyAction.RESTRICT)).isEqualTo(ForeignKeyAction.NO_ACTION);
        assertThat(H2.action(ForeignKeyAction.RESTRICT)).isEqualTo(ForeignKeyAction.NO_ACTION);
        assertThat(POSTGRES.action(ForeignKeyAction.RESTRICT)).isEqualTo(ForeignKeyAction.RESTRICT);
    }
}
