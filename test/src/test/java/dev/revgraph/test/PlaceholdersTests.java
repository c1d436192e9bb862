package dev.revgraph.test;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PlaceholdersTests {

    private final Map<String, String> values = Map.of("DB_HOST", "db.example.com", "EMPTY", "");

    @Test
    void replacesEachPlaceholderWithItsValue() {
        assertThat(Placeholders.resolve("jdbc:postgresql://${DB_HOST}:5432/app", values::get))
            .isEqualTo("jdbc:postgresql://db.example.com:5432/app");
    }

    @Test
    void usesTheDefaultWhenTheValueIsUnsetOrEmpty() {
        assertThat(Placeholders.resolve("${DB_PORT:5432}/${EMPTY:x}", values::get)).isEqualTo("5432/x");
    }

    @Test
    void leavesTextWithoutPlaceholdersAlone() {
        assertThat(Placeholders.resolve("jdbc:h2:mem:test;MODE=$x", values::get)).isEqualTo("jdbc:h2:mem:test;MODE=$x");
    }

    @Test
    void namesAnUnsetPlaceholderWithoutDefault() {
        assertThatExceptionOfType(Placeholders.UnsetException.class)
            .isThrownBy(() -> Placeholders.resolve("${DB_URL}", values::get))
            .satisfies((ex) -> assertThat(ex.name()).isEqualTo("DB_URL"));
    }
}
