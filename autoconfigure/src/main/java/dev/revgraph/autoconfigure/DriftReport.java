package dev.revgraph.autoconfigure;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import dev.revgraph.diff.Difference;

import org.jspecify.annotations.Nullable;

/**
 * One comparison of the entity model with the database: what {@code migrations check} prints, what
 * {@code migrations.drift.on-startup} acts on and what the Actuator {@code drift} view shows.
 *
 * @param tree the tree whose database was compared (the first tree, {@code main} by default)
 * @param status how the comparison went
 * @param database the database compared, for people ({@code PostgreSQL 15.4.0}), {@code null} when not reached
 * @param checkedAt when the comparison was made
 * @param entities the entities the model was built from
 * @param differences the differences, in the comparison's fixed order; empty unless {@link Status#DRIFT}
 * @param detail why there is no comparison ({@link Status#UNAVAILABLE}, {@link Status#FAILED}), else {@code null}
 */
public record DriftReport(String tree, Status status, @Nullable String database, Instant checkedAt,
        List<String> entities, List<Difference> differences, @Nullable String detail) {

    public DriftReport {
        Objects.requireNonNull(tree, "tree");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(checkedAt, "checkedAt");
        entities = List.copyOf(entities);
        differences = List.copyOf(differences);
    }

    /** How a comparison went. */
    public enum Status {

        /** The database is what the model describes. */
        IN_SYNC,

        /** The model and the database differ. */
        DRIFT,

        /** There is no entity model to compare with (no JPA, or no {@code ModelSource}). */
        UNAVAILABLE,

        /** The comparison could not be made (the database could not be read, the model not built). */
        FAILED

    }

    /** Whether the model and the database differ. */
    public boolean hasDrift() {
        return this.status == Status.DRIFT;
    }

    /** One line saying what was found, then one line per difference. */
    public String describe() {
        StringBuilder text = new StringBuilder(summary());
        for (Difference difference : this.differences) {
            text.append(System.lineSeparator()).append("  ").append(difference.describe());
        }
        return text.toString();
    }

    /** One line saying what was found. */
    public String summary() {
        String on = "tree '" + this.tree + "'" + ((this.database != null) ? " on " + this.database : "");
        return switch (this.status) {
            case IN_SYNC -> "No differences between the entity model and the database (" + on + ")";
            case DRIFT -> this.differences.size() + " difference" + ((this.differences.size() == 1) ? "" : "s")
                    + " between the entity model and the database (" + on + ")";
            case UNAVAILABLE -> "The entity model was not compared with the database (" + on + "): " + this.detail;
            case FAILED -> "The entity model could not be compared with the database (" + on + "): " + this.detail;
        };
    }

}
