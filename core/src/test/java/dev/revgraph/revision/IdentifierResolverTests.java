package dev.revgraph.revision;

import java.util.List;

import org.junit.jupiter.api.Test;

import static dev.revgraph.revision.RevisionGraphTests.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The identifier grammar, through {@link RevisionGraph#resolve} and {@link RevisionGraph#resolveOne}. */
class IdentifierResolverTests {

    /** Alembic's LabeledBranchTest map: two labelled lines from two bases. */
    private final RevisionGraph labelled = RevisionGraph.of(List.of(
            RevisionInfo.of("a").withBranchLabels("abranch"), RevisionInfo.of("b", "a"),
            RevisionInfo.of("somelongername", "b"), RevisionInfo.of("c", "somelongername"), RevisionInfo.of("d"),
            RevisionInfo.of("e", "d").withBranchLabels("ebranch"), RevisionInfo.of("someothername", "e"),
            RevisionInfo.of("f", "someothername")));

    private final RevisionGraph branched = RevisionGraph.of(List.of(RevisionInfo.of("ae1027a6acf"),
            RevisionInfo.of("27c6a30d7c24", "ae1027a6acf"), RevisionInfo.of("1975ea83b712", "27c6a30d7c24"),
            RevisionInfo.of("27c6a30d7c99", "27c6a30d7c24")));

    @Test
    void resolvesAFullId() {
        assertThat(ids(this.branched.resolve("1975ea83b712"))).containsExactly("1975ea83b712");
    }

    @Test
    void resolvesAUniquePrefixOfAnyLength() {
        assertThat(this.branched.resolveOne("1").map(Revision::id)).hasValue("1975ea83b712");
        assertThat(this.branched.resolveOne("ae10").map(Revision::id)).hasValue("ae1027a6acf");
    }

    @Test
    void rejectsAnAmbiguousPrefixNamingTheCandidates() {
        assertThatExceptionOfType(AmbiguousRevisionException.class)
            .isThrownBy(() -> this.branched.resolve("27c6"))
            .satisfies((ex) -> {
                assertThat(ex.code()).isEqualTo("ambiguous");
                assertThat(ex.candidates()).containsExactly("27c6a30d7c24", "27c6a30d7c99");
            })
            .withMessage("Multiple revisions start with '27c6': '27c6a30d7c24', '27c6a30d7c99'");
    }

    @Test
    void hintsAtFourCharactersWhenAShortPrefixMatchesNothing() {
        assertThatExceptionOfType(RevisionNotFoundException.class)
            .isThrownBy(() -> this.branched.resolve("zz"))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("not_found"))
            .withMessage("No such revision or branch 'zz'; please ensure at least four characters are present "
                    + "for partial revision identifier matches");
        assertThatExceptionOfType(RevisionNotFoundException.class)
            .isThrownBy(() -> this.branched.resolve("zzzzz"))
            .withMessage("No such revision or branch 'zzzzz'");
    }

    @Test
    void matchesOnlyIdsLongerThanThreeCharactersByPrefix() {
        RevisionGraph graph = RevisionGraph.of(List.of(RevisionInfo.of("abc"), RevisionInfo.of("abcdef", "abc")));
        assertThat(graph.resolveOne("ab").map(Revision::id)).hasValue("abcdef");
        assertThat(graph.resolveOne("abc").map(Revision::id)).hasValue("abc");
    }

    @Test
    void resolvesHeadToTheOnlyHead() {
        assertThat(this.labelled.resolveOne("ebranch@head").map(Revision::id)).hasValue("f");
        RevisionGraph linear = RevisionGraph.of(List.of(RevisionInfo.of("a"), RevisionInfo.of("b", "a")));
        assertThat(linear.resolveOne("head").map(Revision::id)).hasValue("b");
    }

    @Test
    void refusesHeadWhenThereAreSeveralHeadsWordedAsAlembicWordsIt() {
        assertThatExceptionOfType(MultipleHeadsException.class)
            .isThrownBy(() -> this.branched.resolve("head"))
            .satisfies((ex) -> {
                assertThat(ex.code()).isEqualTo("multiple_heads");
                assertThat(ex.heads()).containsExactly("1975ea83b712", "27c6a30d7c99");
            })
            .withMessage("Multiple head revisions are present for given argument 'head'; please specify a specific "
                    + "target revision, '<branchname>@head' to narrow to a specific head, or 'heads' for all heads "
                    + "(heads: 1975ea83b712, 27c6a30d7c99)");
    }

    @Test
    void refusesResolveOneOfSeveralHeads() {
        assertThatExceptionOfType(MultipleHeadsException.class).isThrownBy(() -> this.branched.resolveOne("heads"))
            .satisfies((ex) -> assertThat(ex.argument()).isEqualTo("heads"));
    }

    @Test
    void resolvesHeadsAndBase() {
        assertThat(ids(this.branched.resolve("heads"))).containsExactly("1975ea83b712", "27c6a30d7c99");
        assertThat(this.branched.resolve("base")).isEmpty();
        assertThat(this.branched.resolveOne("base")).isEmpty();
    }

    @Test
    void resolvesLabelsAndLabelQualifiedSymbols() {
        assertThat(this.labelled.resolveOne("abranch").map(Revision::id)).hasValue("a");
        assertThat(this.labelled.resolveOne("ebranch").map(Revision::id)).hasValue("e");
        assertThat(this.labelled.resolveOne("abranch@head").map(Revision::id)).hasValue("c");
        assertThat(ids(this.labelled.resolve("abranch@heads"))).containsExactly("c");
        assertThat(this.labelled.resolve("abranch@base")).isEmpty();
        assertThat(this.labelled.resolveOne("ebranch@d").map(Revision::id)).hasValue("d");
        assertThat(this.labelled.resolveOne("ebranch@ebranch").map(Revision::id)).hasValue("e");
    }

    @Test
    void resolvesAPrefixWithinABranch() {
        assertThat(this.labelled.resolveOne("ebranch@some").map(Revision::id)).hasValue("someothername");
        assertThat(this.labelled.resolveOne("abranch@some").map(Revision::id)).hasValue("somelongername");
    }

    @Test
    void acceptsARevisionIdInPlaceOfALabel() {
        assertThat(this.labelled.resolveOne("e@d").map(Revision::id)).hasValue("d");
        assertThat(this.labelled.resolveOne("someoth@d").map(Revision::id)).hasValue("d");
    }

    @Test
    void refusesARevisionOutsideTheNamedBranch() {
        assertThatExceptionOfType(RevisionGraphException.class)
            .isThrownBy(() -> this.labelled.resolve("ebranch@b"))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("not_in_branch"))
            .withMessageContaining("Revision b (b) is not a member of branch 'ebranch'");
    }

    @Test
    void refusesAnUnknownBranch() {
        assertThatExceptionOfType(RevisionNotFoundException.class)
            .isThrownBy(() -> this.labelled.resolve("x@d"))
            .withMessage("No such branch: 'x'");
    }

    @Test
    void walksRelativeToASymbol() {
        assertThat(this.labelled.resolveOne("e+1").map(Revision::id)).hasValue("someothername");
        assertThat(this.labelled.resolveOne("ebranch@head-1").map(Revision::id)).hasValue("someothername");
        assertThat(this.labelled.resolveOne("f-3").map(Revision::id)).hasValue("d");
        assertThat(this.labelled.resolveOne("f-4")).isEmpty();
        assertThat(this.labelled.resolveOne("ebranch@base+2").map(Revision::id)).hasValue("e");
        assertThat(this.labelled.resolveOne("ebranch@+1").map(Revision::id)).hasValue("d");
    }

    @Test
    void walksDownFromEveryHeadForMinusN() {
        assertThat(ids(this.labelled.resolve("-1"))).containsExactly("somelongername", "someothername");
        assertThat(ids(this.labelled.resolve("ebranch@-2"))).containsExactly("e");
    }

    @Test
    void refusesAWalkPastTheEndOfTheGraph() {
        assertThatExceptionOfType(RevisionGraphException.class)
            .isThrownBy(() -> this.labelled.resolve("f+1"))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("relative_out_of_range"))
            .withMessage("Relative revision +1 didn't produce 1 migrations from f");
        assertThatExceptionOfType(RevisionGraphException.class)
            .isThrownBy(() -> this.labelled.resolve("f-5"))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("relative_out_of_range"));
    }

    @Test
    void refusesAnAmbiguousWalkUpFromABranchPoint() {
        assertThatExceptionOfType(RevisionGraphException.class)
            .isThrownBy(() -> this.branched.resolve("27c6a30d7c24+1"))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("ambiguous_walk"))
            .withMessageContaining("27c6a30d7c24").withMessageContaining("1975ea83b712")
            .withMessageContaining("27c6a30d7c99");
    }

    @Test
    void refusesAnAmbiguousWalkDownFromAMergePoint() {
        assertThatExceptionOfType(RevisionGraphException.class)
            .isThrownBy(() -> RevisionGraphTests.diamond().resolve("c-1"))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("ambiguous_walk"))
            .withMessageContaining("b1, b2");
    }

    @Test
    void refusesAnAmbiguousWalkUpFromSeveralBases() {
        assertThatExceptionOfType(RevisionGraphException.class)
            .isThrownBy(() -> this.labelled.resolve("base+1"))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("ambiguous_walk"));
    }

    @Test
    void refusesARangeOutsideHistory() {
        assertThatExceptionOfType(RevisionGraphException.class)
            .isThrownBy(() -> this.labelled.resolve("a:c"))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("range_not_allowed"));
    }
}
