package dev.revgraph.runtime;

import java.util.List;
import java.util.Set;

import dev.revgraph.revision.Plan;
import dev.revgraph.revision.RevisionGraph;

/** What a run was asked to do; plans itself against the rows found under the lock. */
record Command(Kind kind, List<String> targets, boolean purge) {

    enum Kind {
        UPGRADE, DOWNGRADE, STAMP
    }

    static Command upgrade(String target) {
        return new Command(Kind.UPGRADE, List.of(target), false);
    }

    static Command downgrade(String target) {
        return new Command(Kind.DOWNGRADE, List.of(target), false);
    }

    static Command stamp(List<String> targets, boolean purge) {
        return new Command(Kind.STAMP, List.copyOf(targets), purge);
    }

    Plan plan(RevisionGraph graph, Set<String> rows) {
        return switch (this.kind) {
            case UPGRADE -> graph.planUpgrade(rows, this.targets.get(0));
            case DOWNGRADE -> graph.planDowngrade(rows, this.targets.get(0));
            case STAMP -> graph.planStamp(rows, this.targets, this.purge);
        };
    }

    String describe() {
        return switch (this.kind) {
            case UPGRADE -> "upgrade to " + this.targets.get(0);
            case DOWNGRADE -> "downgrade to " + this.targets.get(0);
            case STAMP -> "stamp " + String.join(" ", this.targets) + (this.purge ? " --purge" : "");
        };
    }
}
