package dev.revgraph.testdb;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class JdbcUrlTests {

    @Test
    void takesTheCredentialsOutOfTheOptions() {
        JdbcUrl url = JdbcUrl.parse("jdbc:postgresql://127.0.0.1:5432/revgraph?user=revgraph&password=s3cret&sslmode=disable");

        assertThat(url.user()).isEqualTo("revgraph");
        assertThat(url.password()).isEqualTo("s3cret");
        assertThat(url.database()).isEqualTo("revgraph");
        assertThat(url.withoutCredentials()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/revgraph?sslmode=disable");
    }

    @Test
    void pointsAtAnotherDatabaseOfTheSameServer() {
        JdbcUrl url = JdbcUrl.parse("jdbc:mariadb://127.0.0.1:3306/?user=revgraph&password=revgraph");

        assertThat(url.database()).isEmpty();
        assertThat(url.withDatabase("revgraph_0123456789ab")).isEqualTo("jdbc:mariadb://127.0.0.1:3306/revgraph_0123456789ab");
    }

    @Test
    void acceptsAServerUrlWithoutDatabaseOrSlash() {
        JdbcUrl url = JdbcUrl.parse("jdbc:mariadb://localhost:3306?user=root");

        assertThat(url.user()).isEqualTo("root");
        assertThat(url.password()).isNull();
        assertThat(url.withDatabase("other")).isEqualTo("jdbc:mariadb://localhost:3306/other");
    }

    @Test
    void decodesPercentEncodedCredentialsButKeepsPlusSigns() {
        JdbcUrl url = JdbcUrl.parse("jdbc:postgresql://db:5432/app?user=te%40m&password=a%26b+c");

        assertThat(url.user()).isEqualTo("te@m");
        assertThat(url.password()).isEqualTo("a&b+c");
    }

    @Test
    void masksThePasswordOption() {
        assertThat(JdbcUrl.mask("jdbc:postgresql://127.0.0.1:5432/revgraph?user=revgraph&password=s3cret&ssl=true"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/revgraph?user=revgraph&password=****&ssl=true");
        assertThat(JdbcUrl.mask("jdbc:mariadb://127.0.0.1:3306/?password=s3cret&user=revgraph"))
                .isEqualTo("jdbc:mariadb://127.0.0.1:3306/?password=****&user=revgraph");
    }

    @Test
    void masksOtherPasswordsAndAnyCase() {
        assertThat(JdbcUrl.mask("jdbc:postgresql://h/db?sslpassword=key&PASSWORD=s3cret"))
                .isEqualTo("jdbc:postgresql://h/db?sslpassword=****&PASSWORD=****");
        assertThat(JdbcUrl.mask("jdbc:h2:mem:test;USER=sa;PASSWORD=s3cret;DB_CLOSE_DELAY=-1"))
                .isEqualTo("jdbc:h2:mem:test;USER=sa;PASSWORD=****;DB_CLOSE_DELAY=-1");
    }

    @Test
    void masksThePasswordOfUserInformation() {
        assertThat(JdbcUrl.mask("jdbc:mysql://revgraph:s3cret@127.0.0.1:3306/app"))
                .isEqualTo("jdbc:mysql://revgraph:****@127.0.0.1:3306/app");
    }

    @Test
    void leavesAUrlWithoutPasswordAlone() {
        assertThat(JdbcUrl.mask("jdbc:postgresql://127.0.0.1:5432/revgraph?user=revgraph"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/revgraph?user=revgraph");
    }

    @Test
    void printsItselfMasked() {
        assertThat(JdbcUrl.parse("jdbc:postgresql://127.0.0.1:5432/revgraph?user=revgraph&password=s3cret"))
                .hasToString("jdbc:postgresql://127.0.0.1:5432/revgraph?user=revgraph&password=****");
    }

    @Test
    void rejectsAnotherShapeWithoutShowingThePassword() {
        assertThatIllegalArgumentException().isThrownBy(() -> JdbcUrl.parse("postgresql://h:5432/db?password=s3cret"))
                .withMessageContaining("password=****")
                .withMessageNotContaining("s3cret");
    }
}
