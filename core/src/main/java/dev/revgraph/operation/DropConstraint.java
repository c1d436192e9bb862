package dev.revgraph.operation;

import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Drops a named constraint. The kind matters to MariaDB and MySQL, which drop each kind with its own
 * statement.
 *
 * @param table the table
 * @param name the constraint's name
 * @param kind what kind of constraint it is
 * @param definition the constraint's definition, which makes the drop reversible; or {@code null}
 */
public record DropConstraint(QualifiedName table, String name, ConstraintKind kind,
        @Nullable TableConstraint definition) implements Operation {

    public DropConstraint {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (definition != null && (!name.equals(definition.name()) || kind != definition.kind())) {
            throw new IllegalArgumentException("Dropping " + kind + " " + name + " with the definition of "
                    + definition.kind() + " " + definition.name());
        }
    }

    /** Drops {@code constraint}, keeping its definition for the reverse. */
    public static DropConstraint of(QualifiedName table, TableConstraint constraint) {
        String name = constraint.name();
        if (name == null) {
            throw new IllegalArgumentException("Only a named constraint can be dropped");
        }
        return new DropConstraint(table, name, constraint.kind(), constraint);
    }

    @Override
    public Optional<Operation> reverse() {
        return Optional.ofNullable(definition).map((constraint) -> constraint.createOn(table));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.dropConstraint(this);
    }
}
