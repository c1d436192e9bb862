package dev.revgraph.dialect;

import java.util.Arrays;
import java.util.List;

import dev.revgraph.operation.QualifiedName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** What every dialect does the same way with names and literals. */
class DialectTests {

    static List<Dialect> dialects() {
        return Arrays.stream(DatabaseId.values()).map((id) -> Dialects.of(id, ServerVersion.of(99, 0))).toList();
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void rejectsEmptyNames(Dialect dialect) {
        assertThatIllegalArgumentException().isThrownBy(() -> dialect.quote("")).withMessageContaining("empty");
        assertThatIllegalArgumentException().isThrownBy(() -> dialect.identifier(""));
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void rejectsNamesWithNul(Dialect dialect) {
        assertThatIllegalArgumentException().isThrownBy(() -> dialect.validateIdentifier("a\0b"))
            .withMessageContaining("NUL");
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void rejectsNamesLongerThanTheDatabaseKeeps(Dialect dialect) {
        if (dialect.maxIdentifierLength() < 100_000) {
            String tooLong = "n".repeat(dialect.maxIdentifierLength() + 1);
            assertThatIllegalArgumentException().isThrownBy(() -> dialect.quote(tooLong))
                .withMessageContaining("at most " + dialect.maxIdentifierLength());
            assertThat(dialect.identifier(tooLong.substring(1))).isEqualTo(tooLong.substring(1));
        }
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void quotesHostileNamesSoThatTheyStayOneName(Dialect dialect) {
        String quoted = dialect.identifier("x; DROP TABLE users; --");
        assertThat(quoted).isEqualTo(dialect.quote("x; DROP TABLE users; --"));
        assertThat(quoted.substring(1, quoted.length() - 1)).isEqualTo("x; DROP TABLE users; --");
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void leavesPlainLowerCaseNamesBareAndQuotesTheRest(Dialect dialect) {
        assertThat(dialect.identifier("revgraph_version")).isEqualTo("revgraph_version");
        assertThat(dialect.identifier("Users")).isEqualTo(dialect.quote("Users"));
        assertThat(dialect.identifier("select")).isEqualTo(dialect.quote("select"));
        assertThat(dialect.identifier("1st")).isEqualTo(dialect.quote("1st"));
        assertThat(dialect.identifier("_hidden")).isEqualTo(dialect.quote("_hidden"));
        assertThat(dialect.qualified(QualifiedName.of("app", "Events"))).isEqualTo("app." + dialect.quote("Events"));
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void writesStringLiteralsThatCannotBeBrokenOutOf(Dialect dialect) {
        assertThat(dialect.stringLiteral("it's")).endsWith("'it''s'");
        assertThatIllegalArgumentException().isThrownBy(() -> dialect.stringLiteral("a\0b"));
        assertThat(dialect.literal(null)).isEqualTo("NULL");
    }
}
