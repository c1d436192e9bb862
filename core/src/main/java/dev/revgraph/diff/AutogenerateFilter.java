package dev.revgraph.diff;

import org.jspecify.annotations.Nullable;

/**
 * Decides, object by object, whether the comparison looks at it: Alembic's {@code include_object}. An
 * application declares one as a bean; {@link CompareOptions#filter(AutogenerateFilter)} takes it.
 *
 * <pre>{@code
 * AutogenerateFilter filter = (kind, name, model, database) ->
 *         !(kind == ObjectKind.TABLE && database != null && model == null && name.startsWith("legacy_"));
 * }</pre>
 *
 * A table left out takes everything in it along. Objects on one side only have {@code null} for the
 * other side.
 */
@FunctionalInterface
public interface AutogenerateFilter {

    /**
     * Whether to compare this object.
     * @param kind what the object is
     * @param name the table or sequence name; for anything inside a table, {@code table.name}
     * ({@code orders.status}, {@code orders.FK4x9...}, or {@code orders.(customer_id)} for an unnamed
     * constraint)
     * @param modelObject the model's {@link dev.revgraph.schema.Table}, {@link dev.revgraph.schema.TableColumn},
     * constraint, index or {@link dev.revgraph.schema.Sequence}; {@code null} when only the database has it
     * @param databaseObject the database's; {@code null} when only the model has it
     */
    boolean include(ObjectKind kind, String name, @Nullable Object modelObject, @Nullable Object databaseObject);

    /** The filter that keeps everything. */
    static AutogenerateFilter all() {
        return (kind, name, model, database) -> true;
    }

    /** Both filters must keep an object for it to be kept. */
    default AutogenerateFilter and(AutogenerateFilter other) {
        return (kind, name, model, database) -> include(kind, name, model, database)
                && other.include(kind, name, model, database);
    }
}
