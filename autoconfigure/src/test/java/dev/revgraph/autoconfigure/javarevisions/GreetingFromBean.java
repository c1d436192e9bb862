package dev.revgraph.autoconfigure.javarevisions;

import dev.revgraph.Migration;
import dev.revgraph.Revision;
import dev.revgraph.operation.Operations;

/** A data migration whose data comes from an application bean. */
@Revision(id = "ja0000000001", down = "a1b2c3000002", message = "greeting from a bean")
public class GreetingFromBean implements Migration {

    private final Greeter greeter;

    public GreetingFromBean(Greeter greeter) {
        this.greeter = greeter;
    }

    @Override
    public void upgrade(Operations op) {
        op.execute("INSERT INTO greeting (id, message) VALUES (2, '" + this.greeter.greeting() + "')");
    }

    @Override
    public void downgrade(Operations op) {
        op.execute("DELETE FROM greeting WHERE id = 2");
    }

}
