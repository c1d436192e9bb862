package dev.revgraph.script;

import java.time.Instant;

import dev.revgraph.Migration;
import dev.revgraph.revision.RevisionInfo;
import dev.revgraph.script.fixtures.broken.AbstractRevision;
import dev.revgraph.script.fixtures.broken.BadCreated;
import dev.revgraph.script.fixtures.broken.DashedId;
import dev.revgraph.script.fixtures.broken.NeedsABean;
import dev.revgraph.script.fixtures.broken.NotAMigration;
import dev.revgraph.script.fixtures.checksum.DataV1;
import dev.revgraph.script.fixtures.checksum.DataV2;
import dev.revgraph.script.fixtures.checksum.NoChecksum;
import dev.revgraph.script.fixtures.checksum.OtherMessage;
import dev.revgraph.script.fixtures.good.BackfillScores;
import dev.revgraph.script.fixtures.good.CreateResources;
import dev.revgraph.script.fixtures.good.NotARevision;
import dev.revgraph.script.fixtures.lazy.CountingMigration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class JavaRevisionScriptTests {

    private static final String CREATE_RESOURCES_CHECKSUM = "7f415eca1380c046b0fce9f03aeb00bdce0efb50db00c0a1fed25d8c29b8b8c8";

    private final MigrationInstantiator reflective = MigrationInstantiator.reflective();

    @Test
    void takesTheMetadataFromTheAnnotation() {
        RevisionInfo info = JavaRevisionScript.of(CreateResources.class, reflective).info();
        assertThat(info.id()).isEqualTo("e1f2a3b4c5d6");
        assertThat(info.down()).containsExactly("2a8c621c22c8");
        assertThat(info.branchLabels()).containsExactly("resources");
        assertThat(info.dependsOn()).isEmpty();
        assertThat(info.message()).isEqualTo("Create resources");
        assertThat(info.created()).isEqualTo(Instant.parse("2024-06-04T10:00:00Z"));
        assertThat(info.transactional()).isTrue();
        assertThat(info.irreversible()).isNull();
        assertThat(info.source()).isEqualTo("class dev.revgraph.script.fixtures.good.CreateResources");
    }

    @Test
    void readsDependenciesAndNonTransactionalRevisions() {
        RevisionInfo info = JavaRevisionScript.of(BackfillScores.class, reflective).info();
        assertThat(info.dependsOn()).containsExactly("feedback");
        assertThat(info.transactional()).isFalse();
        assertThat(info.created()).isNull();
    }

    @Test
    void keepsAStableChecksumOfTheDeclaredMetadata() {
        // pinned: a change here would make every applied Java revision fail checksum validation
        assertThat(JavaRevisionScript.of(CreateResources.class, reflective).info().checksum())
                .isEqualTo(CREATE_RESOURCES_CHECKSUM);
        assertThat(JavaRevisionScript.of(CreateResources.class, reflective).info().checksum())
                .isEqualTo(JavaRevisionScript.of(CreateResources.class, MigrationInstantiator.reflective()).info().checksum());
    }

    @Test
    void changesTheChecksumWhenTheMetadataChanges() {
        assertThat(checksumOf(OtherMessage.class)).isNotEqualTo(checksumOf(NoChecksum.class));
    }

    @Test
    void changesTheChecksumWithWhatTheMigrationsChecksumMethodReturns() {
        assertThat(checksumOf(DataV1.class)).isNotEqualTo(checksumOf(DataV2.class))
                .isNotEqualTo(checksumOf(NoChecksum.class));
        assertThat(checksumOf(DataV1.class)).isEqualTo(checksumOf(DataV1.class));
    }

    @Test
    void computesTheChecksumFromTheMetadataNotTheClass() {
        RevisionInfo info = JavaRevisionScript.of(NoChecksum.class, reflective).info();
        assertThat(info.checksum()).isEqualTo(Checksums.ofJavaRevision(info, null));
    }

    @Test
    void createsTheMigrationOnlyWhenItIsFirstAskedForAndThenKeepsIt() {
        int before = CountingMigration.instances.get();
        JavaRevisionScript script = JavaRevisionScript.of(CountingMigration.class, reflective);
        assertThat(CountingMigration.instances.get()).isEqualTo(before);
        Migration migration = script.migration();
        assertThat(migration).isInstanceOf(CountingMigration.class);
        assertThat(script.migration()).isSameAs(migration);
        assertThat(CountingMigration.instances.get()).isEqualTo(before + 1);
    }

    @Test
    void createsTheMigrationThroughTheGivenInstantiator() {
        NeedsABean created = new NeedsABean("main");
        MigrationInstantiator beanFactory = (type) -> created;
        JavaRevisionScript script = JavaRevisionScript.of(NeedsABean.class, beanFactory);
        assertThat(script.migration()).isSameAs(created);
        assertThat(script.migrationClass()).isEqualTo(NeedsABean.class);
    }

    @Test
    void rejectsAClassWithoutAPublicNoArgumentConstructorOutsideSpring() {
        assertRejected(NeedsABean.class, "needs a public no-argument constructor");
    }

    @Test
    void rejectsARevisionThatDoesNotImplementMigration() {
        assertRejected(NotAMigration.class, "is annotated with @Revision but does not implement dev.revgraph.Migration");
    }

    @Test
    void rejectsAnInvalidId() {
        assertRejected(DashedId.class, "revision id 'b0b0-b0b0' contains '-'");
    }

    @Test
    void rejectsAnAbstractRevision() {
        assertRejected(AbstractRevision.class, "is abstract");
    }

    @Test
    void rejectsAnUnreadableCreatedTime() {
        assertRejected(BadCreated.class, "@Revision(created) 'yesterday' is not an ISO-8601 timestamp");
    }

    @Test
    void rejectsAClassWithoutTheAnnotation() {
        assertRejected(NotARevision.class, "is not annotated with @dev.revgraph.Revision");
    }

    @Test
    void reportsAnInstantiatorFailureWhileComputingTheChecksumAsAParseError() {
        MigrationInstantiator failing = (type) -> {
            throw new IllegalStateException("no such bean");
        };
        assertThatExceptionOfType(ScriptParseException.class).isThrownBy(() -> JavaRevisionScript.of(DataV1.class, failing))
                .withMessage("class " + DataV1.class.getName() + ": cannot be created to compute its checksum(): no such bean");
    }

    private String checksumOf(Class<?> type) {
        return JavaRevisionScript.of(type, reflective).info().checksum();
    }

    private void assertRejected(Class<?> type, String fragment) {
        assertThatExceptionOfType(ScriptParseException.class).isThrownBy(() -> JavaRevisionScript.of(type, reflective))
                .satisfies((ex) -> {
                    assertThat(ex.code()).isEqualTo("parse_error");
                    assertThat(ex.getMessage()).startsWith("class " + type.getName() + ": ").contains(fragment);
                    assertThat(ex.problems()).extracting(ScriptProblem::line).containsExactly(0);
                });
    }
}
