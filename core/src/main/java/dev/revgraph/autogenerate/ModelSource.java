package dev.revgraph.autogenerate;

import java.util.List;

import dev.revgraph.dialect.Dialect;
import dev.revgraph.schema.Schema;

/**
 * Where autogenerate and {@code check} get the entity model from: in an application, Hibernate's boot
 * metamodel converted to a {@link Schema}. The model depends on the database it is for (its dialect's
 * type names, identity strategy and name rules), so it is built for the connected database's dialect.
 *
 * <p>A model's names are written as its ORM writes them in DDL (unquoted names as written, quoted ones
 * exactly); its column types as the DDL type strings of its dialect, parsed with
 * {@link dev.revgraph.diff.DataTypes#parse(Dialect, String)}; its identity columns with
 * {@link dev.revgraph.schema.Identity#BY_DEFAULT} (or what the ORM asks for); the checks the ORM adds
 * (enum constants, Bean Validation) as {@link dev.revgraph.schema.TableCheckConstraint}s; and the tables
 * of other schemas with their {@link dev.revgraph.schema.Table#schema()}.
 */
public interface ModelSource {

    /** The model as its ORM would create it on the database {@code dialect} speaks to. */
    Schema model(Dialect dialect);

    /** The entities the last {@link #model(Dialect)} was built from, by name, for reports. */
    default List<String> entities() {
        return List.of();
    }

    /** The renames the model declares ({@link dev.revgraph.RenamedFrom}), for autogenerate. */
    default RenameHints renameHints() {
        return RenameHints.none();
    }

    /** A model source that always gives {@code model}: for tests and tools that build the model themselves. */
    static ModelSource of(Schema model) {
        return (dialect) -> model;
    }
}
