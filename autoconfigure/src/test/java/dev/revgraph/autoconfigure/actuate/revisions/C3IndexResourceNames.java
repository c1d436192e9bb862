package dev.revgraph.autoconfigure.actuate.revisions;

import dev.revgraph.Migration;
import dev.revgraph.Revision;
import dev.revgraph.operation.Operations;

/** The head of the endpoint tests' tree, written in Java. */
@Revision(id = "c3d4e5f6a1b2", down = "b2c3d4e5f6a1", message = "Index resource names")
public class C3IndexResourceNames implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createIndex("ix_resources_name", "resources", "name");
    }

    @Override
    public void downgrade(Operations op) {
        op.dropIndex("ix_resources_name", "resources");
    }
}
