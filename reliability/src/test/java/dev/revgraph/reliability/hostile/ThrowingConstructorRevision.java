package dev.revgraph.reliability.hostile;

import dev.revgraph.Migration;
import dev.revgraph.Revision;
import dev.revgraph.operation.Operations;

/** A hostile Java revision: its constructor throws (a bean it needs is misconfigured, say). */
@Revision(id = "h_throws", message = "throws in its constructor")
public class ThrowingConstructorRevision implements Migration {

    public ThrowingConstructorRevision() {
        throw new IllegalStateException("ThrowingConstructorRevision refuses to be created");
    }

    @Override
    public void upgrade(Operations op) {
        op.execute("CREATE TABLE h_never (id INTEGER)");
    }

    @Override
    public void downgrade(Operations op) {
        op.execute("DROP TABLE h_never");
    }

}
