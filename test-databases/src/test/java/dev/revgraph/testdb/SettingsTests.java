package dev.revgraph.testdb;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsTests {

    private static final String NAME = "revgraph.test.SettingsTests";

    @AfterEach
    void clearTheProperty() {
        System.clearProperty(NAME);
    }

    @Test
    void readsASystemProperty() {
        System.setProperty(NAME, "from-property");

        assertThat(Settings.system().get(NAME)).isEqualTo("from-property");
    }

    @Test
    void fallsBackToTheEnvironment() {
        String variable = System.getenv().containsKey("PATH") ? "PATH" : System.getenv().keySet().iterator().next();

        assertThat(Settings.system().get(variable)).isEqualTo(System.getenv(variable));
    }

    @Test
    void treatsABlankValueAsAbsent() {
        System.setProperty(NAME, "  ");

        assertThat(Settings.system().get(NAME)).isNull();
        assertThat(Settings.of(Map.of(NAME, "")).get(NAME)).isNull();
    }

    @Test
    void readsAFlagIgnoringCaseAndSpaces() {
        assertThat(Settings.of(Map.of(NAME, " TRUE ")).isTrue(NAME)).isTrue();
        assertThat(Settings.of(Map.of(NAME, "yes")).isTrue(NAME)).isFalse();
        assertThat(Settings.of(Map.of()).isTrue(NAME)).isFalse();
    }
}
