package dev.revgraph.script;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RevisionIdsTests {

    @ParameterizedTest
    @ValueSource(strings = { "ba229313341d", "0007", "Add_Score", "x", "abcdefghijklmnopqrstuvwxyz012345" })
    void acceptsLettersDigitsAndUnderscoresUpTo32Characters(String id) {
        assertThat(RevisionIds.checkId(id)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "a-b", "a@b", "a+b", "a:b", "a b", "a.b", "héllo", "abcdefghijklmnopqrstuvwxyz0123456",
            "head", "heads", "base" })
    void refusesEverythingElse(String id) {
        assertThat(RevisionIds.checkId(id)).isPresent();
    }

    @Test
    void allowsLongerLabelsThanIds() {
        String label = "a".repeat(40);
        assertThat(RevisionIds.checkLabel(label)).isEmpty();
        assertThat(RevisionIds.checkId(label)).hasValue("revision id '" + label + "' is 40 characters long; at most 32 are allowed");
    }

    @Test
    void explainsWhyAReservedCharacterIsRefused() {
        assertThat(RevisionIds.checkLabel("feedback@head")).hasValue("branch label 'feedback@head' contains '@' (it separates "
                + "a label from a revision, as in label@head); use letters, digits and '_'");
    }
}
