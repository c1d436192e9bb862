package dev.revgraph.runtime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RedactionTests {

    @Test
    void removesPasswordsFromJdbcUrls() {
        assertThat(Redaction.redact("jdbc:postgresql://db:5432/app?user=app&password=s3cret&ssl=true"))
            .isEqualTo("jdbc:postgresql://db:5432/app?user=app&password=***&ssl=true");
        assertThat(Redaction.redact("jdbc:mariadb://app:s3cret@db:3306/app")).isEqualTo("jdbc:mariadb://app:***@db:3306/app");
        assertThat(Redaction.redact("jdbc:sqlserver://db;user=app;password=s3cret;")).doesNotContain("s3cret");
    }

    @Test
    void shortensLongStatementsToOneLine() {
        assertThat(Redaction.shorten("SELECT\n  1")).isEqualTo("SELECT 1");
        assertThat(Redaction.shorten("x".repeat(1000))).hasSize(300).endsWith("...");
    }
}
