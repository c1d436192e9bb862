package dev.revgraph.script;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import dev.revgraph.revision.RevisionInfo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChecksumsTests {

    @Test
    void isTheSha256OfTheFileInLowercaseHex() {
        // sha256("abc\n")
        assertThat(Checksums.ofScript(bytes("abc\n")))
                .isEqualTo("edeaaff3f1774ad2888673770c6d64097e391bc362d7d6fb34982ddf0efd18cb");
    }

    @Test
    void normalisesCrlfAndLoneCrToLf() {
        String lf = Checksums.ofScript(bytes("a\nb\n\nc"));
        assertThat(Checksums.ofScript(bytes("a\r\nb\r\n\r\nc"))).isEqualTo(lf);
        assertThat(Checksums.ofScript(bytes("a\rb\r\rc"))).isEqualTo(lf);
        assertThat(Checksums.ofScript(bytes("a\r\nb\r\rc"))).isEqualTo(lf);
    }

    @Test
    void ignoresALeadingByteOrderMarkOnly() {
        String plain = Checksums.ofScript(bytes("abc\n"));
        assertThat(Checksums.ofScript(bytes("\uFEFFabc\n"))).isEqualTo(plain);
        assertThat(Checksums.ofScript(bytes("abc\uFEFF\n"))).isNotEqualTo(plain);
    }

    @Test
    void changesWithAnyOtherChange() {
        assertThat(Checksums.ofScript(bytes("abc \n"))).isNotEqualTo(Checksums.ofScript(bytes("abc\n")));
        assertThat(Checksums.ofScript(bytes("abc\n\n"))).isNotEqualTo(Checksums.ofScript(bytes("abc\n")));
    }

    @Test
    void distinguishesJavaRevisionsWhoseFieldsWouldConcatenateAlike() {
        RevisionInfo two = info(List.of("a", "b"), "");
        RevisionInfo one = info(List.of("a,b"), "");
        assertThat(Checksums.ofJavaRevision(two, null)).isNotEqualTo(Checksums.ofJavaRevision(one, null));
        assertThat(Checksums.ofJavaRevision(two, null)).isNotEqualTo(Checksums.ofJavaRevision(two, ""));
        assertThat(Checksums.ofJavaRevision(info(List.of(), "x\nid=s1:y"), null))
                .isNotEqualTo(Checksums.ofJavaRevision(info(List.of(), "x"), null));
    }

    @Test
    void coversEveryDeclaredFieldOfAJavaRevision() {
        RevisionInfo base = new RevisionInfo("r1", List.of("p1"), Set.of("l1"), List.of("d1"), "m", Instant.EPOCH, true,
                null, "class A", null);
        String checksum = Checksums.ofJavaRevision(base, "c");
        assertThat(List.of(
                new RevisionInfo("r2", List.of("p1"), Set.of("l1"), List.of("d1"), "m", Instant.EPOCH, true, null, "class A", null),
                new RevisionInfo("r1", List.of("p2"), Set.of("l1"), List.of("d1"), "m", Instant.EPOCH, true, null, "class A", null),
                new RevisionInfo("r1", List.of("p1"), Set.of("l2"), List.of("d1"), "m", Instant.EPOCH, true, null, "class A", null),
                new RevisionInfo("r1", List.of("p1"), Set.of("l1"), List.of("d2"), "m", Instant.EPOCH, true, null, "class A", null),
                new RevisionInfo("r1", List.of("p1"), Set.of("l1"), List.of("d1"), "n", Instant.EPOCH, true, null, "class A", null),
                new RevisionInfo("r1", List.of("p1"), Set.of("l1"), List.of("d1"), "m", null, true, null, "class A", null),
                new RevisionInfo("r1", List.of("p1"), Set.of("l1"), List.of("d1"), "m", Instant.EPOCH, false, null, "class A", null)))
                .allSatisfy((changed) -> assertThat(Checksums.ofJavaRevision(changed, "c")).isNotEqualTo(checksum));
        RevisionInfo moved = new RevisionInfo("r1", List.of("p1"), Set.of("l1"), List.of("d1"), "m", Instant.EPOCH, true,
                null, "class b.Moved", "previous");
        assertThat(Checksums.ofJavaRevision(moved, "c")).as("the source and an old checksum are not metadata").isEqualTo(checksum);
    }

    private static RevisionInfo info(List<String> down, String message) {
        return new RevisionInfo("r1", down, Set.of(), List.of(), message, null, true, null, "class A", null);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
