package dev.revgraph.diff;

import java.util.Objects;

import dev.revgraph.schema.Table;

import org.jspecify.annotations.Nullable;

/**
 * One way the model and the database differ, as {@code check} prints it, the Actuator {@code drift}
 * view shows it, and autogenerate turns it into operations.
 *
 * <pre>
 * column orders.note is in the model but not in the database
 * column orders.status: type varchar(40) in the model, character varying(20) in the database [postgresql.type]
 * foreign key orders.FKpxtb8awmi0dk6smoh2vp1litg: actions ON DELETE CASCADE in the model, ON DELETE NO ACTION in the database [structure.foreign-key]
 * </pre>
 *
 * @param kind whether the object is only in the model, only in the database, or in both but different
 * @param objectKind what the object is
 * @param path where it is: {@code orders}, {@code orders.status}, {@code orders.FKpxtb8...},
 * {@code orders.(email)} for a constraint that has no name on either side
 * @param property what differs, for {@link Kind#CHANGED}: {@code type}, {@code nullable},
 * {@code default}, {@code identity}, {@code comment}, {@code columns}, {@code actions},
 * {@code increment}, {@code generated}; {@code null} otherwise
 * @param modelValue the model's value (of the property, or the whole object), {@code null} when absent
 * @param databaseValue the database's value, {@code null} when absent
 * @param rule the rule that compared them: {@code postgresql.type}, {@code mariadb.default},
 * {@code structure.unique}, {@code exact.comment}...
 * @param modelTable the model's table the object belongs to (the table itself for a table), or {@code null}
 * @param databaseTable the database's table, or {@code null}
 * @param modelObject the model's object: a {@link Table}, {@link dev.revgraph.schema.TableColumn},
 * constraint, index or {@link dev.revgraph.schema.Sequence}; {@code null} when only the database has it
 * @param databaseObject the database's object; {@code null} when only the model has it
 */
public record Difference(Kind kind, ObjectKind objectKind, String path, @Nullable String property,
        @Nullable String modelValue, @Nullable String databaseValue, String rule, @Nullable Table modelTable,
        @Nullable Table databaseTable, @Nullable Object modelObject, @Nullable Object databaseObject) {

    /** How the two sides differ. */
    public enum Kind {

        /** In the model, not in the database: autogenerate adds it. */
        ADDED,

        /** In the database, not in the model: autogenerate removes it. */
        REMOVED,

        /** In both, with a property that differs. */
        CHANGED
    }

    public Difference {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(objectKind, "objectKind");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(rule, "rule");
    }

    /** The table part of {@link #path()}, or the sequence's name. */
    public String table() {
        if (objectKind == ObjectKind.TABLE || objectKind == ObjectKind.SEQUENCE) {
            return path;
        }
        int dot = path.indexOf('.');
        return (dot < 0) ? path : path.substring(0, dot);
    }

    /** One line for people, as {@code check} prints it. */
    public String describe() {
        String object = objectKind.words() + " " + path;
        return switch (kind) {
            case ADDED -> object + " is in the model but not in the database" + detail(modelValue);
            case REMOVED -> object + " is in the database but not in the model" + detail(databaseValue);
            case CHANGED -> object + ": " + property + " " + value(modelValue) + " in the model, "
                    + value(databaseValue) + " in the database [" + rule + "]";
        };
    }

    private static String detail(@Nullable String value) {
        return (value != null) ? " (" + value + ")" : "";
    }

    private static String value(@Nullable String value) {
        return (value != null) ? value : "none";
    }

    @Override
    public String toString() {
        return describe();
    }
}
