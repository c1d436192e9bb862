package dev.revgraph.revision;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One step of a {@link Plan}: run a revision's upgrade or downgrade, or move the version rows without
 * running anything (a stamp).
 *
 * <p>{@link #fromIds()} and {@link #toIds()} are the revisions the step moves from and to, without
 * dependencies, as Alembic logs them: {@code Running upgrade a -> b, message} is
 * {@code "Running " + step.describe()}.
 *
 * @param direction what the step does
 * @param revision the revision run; for a stamp, the revision stamped to, or {@code null} when the
 *     stamp removes a branch (stamping to base)
 * @param fromIds where the step starts: the parents for an upgrade, the revision for a downgrade, the
 *     rows replaced for a stamp
 * @param toIds where the step ends: the revision for an upgrade, its parents for a downgrade, the row
 *     stamped for a stamp (empty when stamping to base)
 * @param upgrade whether the step moves up the graph (always true for {@code UP}, false for
 *     {@code DOWN}; for a stamp, whether it moves up or sideways to a new branch)
 * @param branchMove for a stamp, whether it creates or removes a whole branch rather than moving rows
 */
public record Step(Direction direction, @Nullable Revision revision, List<String> fromIds, List<String> toIds,
        boolean upgrade, boolean branchMove) {

    /** What a step does. */
    public enum Direction {

        /** Run the revision's upgrade. */
        UP,

        /** Run the revision's downgrade. */
        DOWN,

        /** Change the version rows only. */
        STAMP
    }

    public Step {
        Objects.requireNonNull(direction, "direction");
        fromIds = List.copyOf(fromIds);
        toIds = List.copyOf(toIds);
        if (direction != Direction.STAMP) {
            Objects.requireNonNull(revision, "revision");
        }
    }

    static Step up(Revision revision) {
        return new Step(Direction.UP, revision, revision.down(), List.of(revision.id()), true, false);
    }

    static Step down(Revision revision) {
        return new Step(Direction.DOWN, revision, List.of(revision.id()), revision.down(), false, false);
    }

    static Step stamp(List<String> from, @Nullable Revision to, boolean upgrade, boolean branchMove) {
        return new Step(Direction.STAMP, to, from, (to != null) ? List.of(to.id()) : List.of(), upgrade, branchMove);
    }

    /** The id of the revision run or stamped to, or {@code null} for a stamp to base. */
    public @Nullable String revisionId() {
        return (this.revision != null) ? this.revision.id() : null;
    }

    /**
     * The step as Alembic words it after "Running ": {@code upgrade a -> b, message},
     * {@code downgrade b -> a, message}, {@code stamp_revision a -> b}.
     */
    public String describe() {
        String name = switch (this.direction) {
            case UP -> "upgrade";
            case DOWN -> "downgrade";
            case STAMP -> "stamp_revision";
        };
        String text = name + " " + String.join(", ", this.fromIds) + " -> " + String.join(", ", this.toIds);
        if (this.direction != Direction.STAMP && this.revision != null && !this.revision.message().isEmpty()) {
            text += ", " + this.revision.message();
        }
        return text;
    }
}
