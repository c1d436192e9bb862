package dev.revgraph.reliability.revisions.slow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.revgraph.Migration;
import dev.revgraph.Revision;
import dev.revgraph.operation.Operations;
import dev.revgraph.runtime.JdbcOperations;

import org.jspecify.annotations.Nullable;

import org.springframework.core.env.Environment;

/**
 * Holds the migration lock for {@code reliability.slow-millis} (default 10 s) in the middle of an upgrade,
 * portably (a sleep in Java, not {@code pg_sleep}): the bounded-wait trials start other instances meanwhile.
 * With {@code reliability.slow-release-file=FILE} it holds until that file exists (still at most
 * {@code slow-millis}), so that a test decides when the lock is let go.
 */
@Revision(id = "sl_slow", down = "sl_01", message = "A slow revision", created = "2026-11-21T08:00:00Z")
public class SlowRevision implements Migration {

    private final long millis;

    private final @Nullable Path release;

    public SlowRevision(Environment environment) {
        this.millis = environment.getProperty("reliability.slow-millis", Long.class, 10_000L);
        String release = environment.getProperty("reliability.slow-release-file");
        this.release = (release != null) ? Path.of(release) : null;
    }

    @Override
    public void upgrade(Operations op) {
        JdbcOperations.connection(op); // runs live: no recording, so the sleep happens once, while the lock is held
        op.execute("CREATE TABLE t_sl_slow (id INTEGER NOT NULL PRIMARY KEY)");
        try {
            if (this.release == null) {
                Thread.sleep(this.millis);
            }
            else {
                long deadline = System.nanoTime() + this.millis * 1_000_000;
                while (!Files.exists(this.release) && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
        op.bulkInsert("rel_marks", List.of("revision_id", "applied_by"), List.of(List.of("sl_slow", "java")));
    }

    @Override
    public void downgrade(Operations op) {
        op.execute("DROP TABLE t_sl_slow");
        op.execute("DELETE FROM rel_marks WHERE revision_id = 'sl_slow'");
    }

}
