package dev.revgraph.reliability.nontransactional;

import dev.revgraph.Migration;
import dev.revgraph.Revision;
import dev.revgraph.operation.Operations;

/**
 * A transactional Java revision (the default) that builds an index {@code CONCURRENTLY}, which PostgreSQL
 * refuses inside a transaction block: it should be refused before anything runs, like the same statement
 * in a transactional SQL revision.
 */
@Revision(id = "nt_java", down = "nt_02", message = "Index concurrently, in a transaction",
        created = "2026-11-21T08:00:00Z")
public class ConcurrentIndexInTransaction implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createIndex("ix_t_nt_01_n", "t_nt_01", (index) -> index.columns("n").concurrently());
    }

    @Override
    public void downgrade(Operations op) {
        op.execute("DROP INDEX ix_t_nt_01_n");
    }

}
