package dev.revgraph.autoconfigure.slice;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code @JdbcTest} runs the migrations before the test's {@code JdbcClient} is used. */
@JdbcTest
class JdbcTestMigrationsTests {

    @Autowired
    private JdbcClient jdbcClient;

    @Test
    void readsWhatTheMigrationsInserted() {
        assertThat(this.jdbcClient.sql("SELECT message FROM greeting WHERE id = 1").query(String.class).single())
            .isEqualTo("hello");
        assertThat(this.jdbcClient.sql("SELECT version_num FROM revgraph_version").query(String.class).single())
            .isEqualTo("a1b2c3000002");
    }

}
