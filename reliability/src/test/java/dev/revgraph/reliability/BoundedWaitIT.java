package dev.revgraph.reliability;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import dev.revgraph.testdb.DatabaseKind;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scenario 2, bounded wait: instance A holds the migration lock in a slow revision (a Java revision that
 * sleeps 20 s); instance B, started meanwhile with {@code migrations.lock.timeout=4s}, fails with
 * {@code lock_timeout} and a message naming the holder; instance C, with a timeout longer than A's run,
 * waits and finishes right after A, applying nothing twice. Times are measured and reported, never
 * asserted. PostgreSQL in the fast tier, every database in the full one.
 */
class BoundedWaitIT {

    static Stream<DatabaseKind> kinds() {
        return Tier.full() ? Stream.of(DatabaseKind.values()) : Stream.of(DatabaseKind.POSTGRESQL);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void aShortTimeoutFailsNamingTheHolderAndALongOneFinishesAfterIt(DatabaseKind kind) throws Exception {
        Path work = WorkDirectory.of("bounded-wait", kind.id());
        ScriptTree tree = new ScriptTree(work.resolve("revisions"));
        tree.plain("sl_01", "");
        tree.plain("sl_03", "sl_slow");
        Map<String, String> revisions = Map.of("migrations.locations", tree.location(), "migrations.java-packages",
                "dev.revgraph.reliability.revisions.slow", "reliability.slow-millis", "20000");
        try (TrialDatabase database = TrialDatabase.shared(kind)) {
            AppLauncher.Running holder = AppLauncher.boot(database).properties(revisions).name("holder").start();
            assertThat(holder.awaitLine((line) -> line.contains("Running upgrade sl_01 -> sl_slow"), AppLauncher.TIMEOUT))
                .as(holder.output()).isTrue();
            long started = System.nanoTime();
            AppLauncher.Running impatient = AppLauncher.boot(database).properties(revisions)
                .property("migrations.lock.timeout", "4s").name("impatient").start();
            AppLauncher.Running patient = AppLauncher.boot(database).properties(revisions)
                .property("migrations.lock.timeout", "5m").name("patient").start();
            AppLauncher.Ended impatientEnd = impatient.awaitEnd(AppLauncher.TIMEOUT).saveTo(work);
            long impatientMillis = (System.nanoTime() - started) / 1_000_000;
            AppLauncher.Ended holderEnd = holder.awaitEnd(AppLauncher.TIMEOUT).saveTo(work);
            long holderMillis = (System.nanoTime() - started) / 1_000_000;
            AppLauncher.Ended patientEnd = patient.awaitEnd(AppLauncher.TIMEOUT).saveTo(work);
            long patientMillis = (System.nanoTime() - started) / 1_000_000;
            assertThat(holderEnd.exitCode()).as(holderEnd.output()).isZero();
            assertThat(impatientEnd.exitCode()).as(impatientEnd.output()).isNotZero();
            assertThat(impatientEnd.output()).contains("APPLICATION FAILED TO START")
                .contains("Could not take the migration lock").contains("it is held by")
                .contains(switch (kind) {
                    case POSTGRESQL -> "pid ";
                    case MARIADB -> "connection";
                    case H2 -> "H2 session";
                });
            assertThat(patientEnd.exitCode()).as(patientEnd.output()).isZero();
            assertThat(patientEnd.output()).contains("Waiting for the migration lock").doesNotContain("Running upgrade");
            assertThat(DatabaseFacts.marks(database)).isEqualTo(Map.of("sl_01", 1, "sl_slow", 1, "sl_03", 1));
            assertThat(DatabaseFacts.versionRows(database)).containsExactly("sl_03");
            Reports.record("bounded-wait", kind + ": the 4 s waiter failed " + impatientMillis + " ms after it started "
                    + "(JVM start included); the holder finished at " + holderMillis + " ms, the patient waiter at "
                    + patientMillis + " ms");
        }
    }

}
