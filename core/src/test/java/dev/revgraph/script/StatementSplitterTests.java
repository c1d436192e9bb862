package dev.revgraph.script;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class StatementSplitterTests {

    private final StatementSplitter standard = StatementSplitter.standard();

    private final StatementSplitter mysql = StatementSplitter.forVendor("mysql");

    @Test
    void splitsOnSemicolonsAndKeepsTheLineEachStatementStartsOn() {
        List<SqlStatement> statements = standard.split("t.sql", "CREATE TABLE a (id INT);\n\nCREATE TABLE b (\n  id INT\n);\n");
        assertThat(statements).containsExactly(new SqlStatement("CREATE TABLE a (id INT)", 1),
                new SqlStatement("CREATE TABLE b (\n  id INT\n)", 3));
    }

    @Test
    void numbersLinesFromTheGivenFirstLine() {
        assertThat(standard.split("t.sql", "\nSELECT 1;\nSELECT 2;", 9)).extracting(SqlStatement::line).containsExactly(10, 11);
    }

    @Test
    void normalisesCrlfAndCrLineEndingsAndCountsThemAsLines() {
        assertThat(standard.split("t.sql", "SELECT 1;\r\nSELECT\r\n  2;\rSELECT 3;")).containsExactly(
                new SqlStatement("SELECT 1", 1), new SqlStatement("SELECT\n  2", 2), new SqlStatement("SELECT 3", 4));
    }

    @Test
    void keepsTheLastStatementWithoutATerminator() {
        assertThat(standard.split("t.sql", "SELECT 1;\nSELECT 2\n")).extracting(SqlStatement::sql)
                .containsExactly("SELECT 1", "SELECT 2");
    }

    @Test
    void putsSeveralStatementsOnOneLineOnThatLine() {
        assertThat(standard.split("t.sql", "\nSELECT 1; SELECT 2;")).containsExactly(new SqlStatement("SELECT 1", 2),
                new SqlStatement("SELECT 2", 2));
    }

    @Test
    void startsAStatementAtItsFirstSignificantCharacterAfterLeadingComments() {
        List<SqlStatement> statements = standard.split("t.sql",
                "-- first\n/* a\n   block */\n\n  SELECT 1; -- trailing note\n-- next\nSELECT 2;");
        assertThat(statements).containsExactly(new SqlStatement("SELECT 1", 5), new SqlStatement("SELECT 2", 7));
    }

    @Test
    void dropsStatementsThatAreOnlyCommentsOrBlanks() {
        assertThat(standard.split("t.sql", "-- nothing\n;\n  ;;\n/* still nothing */;\n")).isEmpty();
    }

    @Test
    void returnsNothingForEmptyText() {
        assertThat(standard.split("t.sql", "")).isEmpty();
    }

    @Test
    void keepsCommentsInsideAStatement() {
        assertThat(standard.split("t.sql", "SELECT 1 -- one\n  + 2 /* two; */;")).extracting(SqlStatement::sql)
                .containsExactly("SELECT 1 -- one\n  + 2 /* two; */");
    }

    @Test
    void ignoresSemicolonsInsideSingleQuotedStrings() {
        assertThat(standard.split("t.sql", "INSERT INTO t VALUES ('a;b');SELECT 2;")).extracting(SqlStatement::sql)
                .containsExactly("INSERT INTO t VALUES ('a;b')", "SELECT 2");
    }

    @Test
    void readsDoubledSingleQuotesAsAnEscapedQuote() {
        assertThat(standard.split("t.sql", "SELECT 'it''s; fine';SELECT 2")).extracting(SqlStatement::sql)
                .containsExactly("SELECT 'it''s; fine'", "SELECT 2");
    }

    @Test
    void readsBackslashQuoteAsAnEscapeInPostgresEscapeStrings() {
        assertThat(standard.split("t.sql", "SELECT E'it\\'s; fine', e'\\\\';SELECT 2")).extracting(SqlStatement::sql)
                .containsExactly("SELECT E'it\\'s; fine', e'\\\\'", "SELECT 2");
    }

    @Test
    void readsBackslashLiterallyInStandardStrings() {
        // standard_conforming_strings: 'C:\' is a complete string
        assertThat(standard.split("t.sql", "SELECT 'C:\\';SELECT 2")).extracting(SqlStatement::sql)
                .containsExactly("SELECT 'C:\\'", "SELECT 2");
    }

    @Test
    void doesNotTakeAnIdentifierEndingInETouchingAQuoteForAnEscapeString() {
        assertThat(standard.split("t.sql", "SELECT 1 AS name'\\';SELECT 2")).extracting(SqlStatement::sql)
                .containsExactly("SELECT 1 AS name'\\'", "SELECT 2");
    }

    @Test
    void readsBackslashEscapesInEveryStringOnMysql() {
        assertThat(mysql.split("t.sql", "SELECT 'it\\'s; fine', \"a\\\"b;\";SELECT 2")).extracting(SqlStatement::sql)
                .containsExactly("SELECT 'it\\'s; fine', \"a\\\"b;\"", "SELECT 2");
    }

    @Test
    void ignoresSemicolonsInsideDoubleQuotedIdentifiers() {
        assertThat(standard.split("t.sql", "CREATE TABLE \"odd;name\"\"x\" (id INT);SELECT 2"))
                .extracting(SqlStatement::sql).containsExactly("CREATE TABLE \"odd;name\"\"x\" (id INT)", "SELECT 2");
    }

    @Test
    void ignoresSemicolonsInsideBackticks() {
        assertThat(mysql.split("t.sql", "CREATE TABLE `odd;name``x` (id INT);SELECT 2")).extracting(SqlStatement::sql)
                .containsExactly("CREATE TABLE `odd;name``x` (id INT)", "SELECT 2");
    }

    @Test
    void ignoresSemicolonsInsideLineComments() {
        assertThat(standard.split("t.sql", "SELECT 1 -- not here; nor here\n;SELECT 2")).extracting(SqlStatement::sql)
                .containsExactly("SELECT 1 -- not here; nor here", "SELECT 2");
    }

    @Test
    void ignoresSemicolonsInsideBlockComments() {
        assertThat(standard.split("t.sql", "SELECT /* a; b */ 1;SELECT 2")).extracting(SqlStatement::sql)
                .containsExactly("SELECT /* a; b */ 1", "SELECT 2");
    }

    @Test
    void nestsBlockCommentsAsPostgresDoes() {
        assertThat(standard.split("t.sql", "/* outer /* inner; */ still comment; */ SELECT 1;"))
                .containsExactly(new SqlStatement("SELECT 1", 1));
    }

    @Test
    void doesNotNestBlockCommentsOnMysql() {
        assertThat(mysql.split("t.sql", "/* outer /* inner */ SELECT 1;")).containsExactly(new SqlStatement("SELECT 1", 1));
    }

    @Test
    void keepsMysqlExecutableCommentsAsStatements() {
        assertThat(mysql.split("t.sql", "/*!40101 SET NAMES utf8 */;\nSELECT 1;")).extracting(SqlStatement::sql)
                .containsExactly("/*!40101 SET NAMES utf8 */", "SELECT 1");
    }

    @Test
    void readsHashAsACommentOnMysqlOnly() {
        assertThat(mysql.split("t.sql", "# note; here\nSELECT 1;")).containsExactly(new SqlStatement("SELECT 1", 2));
        // PostgreSQL's # is bitwise xor
        assertThat(standard.split("t.sql", "SELECT 5 # 3;SELECT 2")).extracting(SqlStatement::sql)
                .containsExactly("SELECT 5 # 3", "SELECT 2");
    }

    @Test
    void needsWhitespaceAfterDoubleDashForACommentOnMysql() {
        assertThat(mysql.split("t.sql", "SELECT 1--1;SELECT 2;")).extracting(SqlStatement::sql)
                .containsExactly("SELECT 1--1", "SELECT 2");
    }

    @Test
    void ignoresSemicolonsInsideDollarQuotes() {
        String function = """
                CREATE FUNCTION f() RETURNS int AS $$
                BEGIN
                  RETURN 1;
                END;
                $$ LANGUAGE plpgsql;
                SELECT f();
                """;
        List<SqlStatement> statements = standard.split("t.sql", function);
        assertThat(statements).hasSize(2);
        assertThat(statements.get(0).sql()).startsWith("CREATE FUNCTION").endsWith("$$ LANGUAGE plpgsql");
        assertThat(statements.get(1)).isEqualTo(new SqlStatement("SELECT f()", 6));
    }

    @Test
    void closesATaggedDollarQuoteOnlyWithTheSameTag() {
        String function = "CREATE FUNCTION f() RETURNS text AS $body$ SELECT $$x;$$; $other$ $body$ LANGUAGE sql;SELECT 2";
        assertThat(standard.split("t.sql", function)).extracting(SqlStatement::sql).containsExactly(
                "CREATE FUNCTION f() RETURNS text AS $body$ SELECT $$x;$$; $other$ $body$ LANGUAGE sql", "SELECT 2");
    }

    @Test
    void doesNotTakePositionalParametersForDollarQuotes() {
        assertThat(standard.split("t.sql", "PREPARE p AS SELECT $1, $2;EXECUTE p(1, 2);")).extracting(SqlStatement::sql)
                .containsExactly("PREPARE p AS SELECT $1, $2", "EXECUTE p(1, 2)");
    }

    @Test
    void doesNotTakeADollarInsideAnIdentifierForADollarQuote() {
        assertThat(standard.split("t.sql", "SELECT a$b$c FROM t;SELECT 2;")).extracting(SqlStatement::sql)
                .containsExactly("SELECT a$b$c FROM t", "SELECT 2");
    }

    @Test
    void countsLinesInsideQuotesAndCommentsAndDollarQuotes() {
        String sql = "SELECT 'a\nb';\n/* c\nd */\nSELECT $$e\nf$$;\nSELECT \"g\nh\";\nSELECT 1;";
        assertThat(standard.split("t.sql", sql)).extracting(SqlStatement::line).containsExactly(1, 5, 7, 9);
    }

    @Test
    void followsMysqlDelimiterDirectives() {
        String sql = """
                DELIMITER //
                CREATE PROCEDURE p()
                BEGIN
                  SELECT 1;
                  SELECT 2;
                END //
                DELIMITER ;
                CALL p();
                """;
        List<SqlStatement> statements = mysql.split("t.sql", sql);
        assertThat(statements).containsExactly(
                new SqlStatement("CREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\n  SELECT 2;\nEND", 2),
                new SqlStatement("CALL p()", 8));
    }

    @Test
    void acceptsDoubleDollarAsAMysqlDelimiter() {
        String sql = "DELIMITER $$\nCREATE TRIGGER t BEFORE INSERT ON x FOR EACH ROW BEGIN SET NEW.a = 1; END$$\nDELIMITER ;\nSELECT 1;";
        assertThat(mysql.split("t.sql", sql)).extracting(SqlStatement::sql).containsExactly(
                "CREATE TRIGGER t BEFORE INSERT ON x FOR EACH ROW BEGIN SET NEW.a = 1; END", "SELECT 1");
    }

    @Test
    void readsDelimiterDirectivesCaseInsensitively() {
        assertThat(mysql.split("t.sql", "delimiter ;;\nSELECT 1; SELECT 2;;\ndelimiter ;\nSELECT 3;"))
                .extracting(SqlStatement::sql).containsExactly("SELECT 1; SELECT 2", "SELECT 3");
    }

    @Test
    void doesNotTakeAColumnNamedDelimiterForADirective() {
        assertThat(standard.split("t.sql", "SELECT delimiter FROM t;")).extracting(SqlStatement::sql)
                .containsExactly("SELECT delimiter FROM t");
    }

    @Test
    void rejectsADelimiterDirectiveWithoutADelimiter() {
        assertThatExceptionOfType(ScriptParseException.class).isThrownBy(() -> mysql.split("t.sql", "SELECT 1;\nDELIMITER\n"))
                .withMessage("t.sql:2: DELIMITER needs a delimiter, e.g. 'DELIMITER //' (and 'DELIMITER ;' to go back)");
    }

    @Test
    void reportsAnUnterminatedSingleQuoteAtTheLineItOpened() {
        assertThatExceptionOfType(ScriptParseException.class)
                .isThrownBy(() -> standard.split("t.sql", "SELECT 1;\nSELECT 'abc;\nSELECT 3;\n", 10))
                .withMessageStartingWith("t.sql:11: unterminated string literal (')")
                .satisfies((ex) -> assertThat(ex.problems()).singleElement()
                        .isEqualTo(new ScriptProblem("t.sql", 11, ex.problems().get(0).message())));
    }

    @Test
    void reportsAnUnterminatedDoubleQuoteAtTheLineItOpened() {
        assertThatExceptionOfType(ScriptParseException.class).isThrownBy(() -> standard.split("t.sql", "\n\nSELECT \"abc;\n"))
                .withMessageStartingWith("t.sql:3: unterminated quoted identifier (\")");
    }

    @Test
    void reportsAnUnterminatedBacktickAtTheLineItOpened() {
        assertThatExceptionOfType(ScriptParseException.class).isThrownBy(() -> mysql.split("t.sql", "SELECT `abc;\n"))
                .withMessageStartingWith("t.sql:1: unterminated backtick-quoted identifier (`)");
    }

    @Test
    void reportsAnUnterminatedBlockCommentAtTheLineItOpened() {
        assertThatExceptionOfType(ScriptParseException.class).isThrownBy(() -> standard.split("t.sql", "SELECT 1;\n/* a\n/* b */\n"))
                .withMessageStartingWith("t.sql:2: unterminated block comment");
    }

    @Test
    void reportsAnUnterminatedDollarQuoteAtTheLineItOpened() {
        assertThatExceptionOfType(ScriptParseException.class)
                .isThrownBy(() -> standard.split("t.sql", "SELECT 1;\nDO $do$ BEGIN\nEND $$;\n"))
                .withMessageStartingWith("t.sql:2: unterminated dollar-quoted string: the $do$ opened on this line");
    }

    @Test
    void treatsAnEscapedQuoteInAnEscapeStringAsInsideTheString() {
        assertThatExceptionOfType(ScriptParseException.class).isThrownBy(() -> standard.split("t.sql", "SELECT E'abc\\';\n"))
                .withMessageStartingWith("t.sql:1: unterminated string literal");
    }

    @ParameterizedTest
    @ValueSource(strings = { "postgresql", "h2", "PostgreSQL" })
    void usesStandardRulesForOtherVendors(String vendor) {
        assertThat(StatementSplitter.forVendor(vendor)).isSameAs(StatementSplitter.standard());
    }

    @ParameterizedTest
    @ValueSource(strings = { "mysql", "mariadb", "MariaDB" })
    void usesMysqlRulesForMysqlAndMariadb(String vendor) {
        assertThat(StatementSplitter.forVendor(vendor)).isSameAs(mysql);
    }
}
