package dev.revgraph.autogenerate.hibernate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.revgraph.diff.DataTypes;
import dev.revgraph.operation.ForeignKeyAction;
import dev.revgraph.schema.DataType;
import dev.revgraph.schema.Identity;
import dev.revgraph.schema.IndexColumn;
import dev.revgraph.schema.Schema;
import dev.revgraph.schema.Sequence;
import dev.revgraph.schema.Table;
import dev.revgraph.schema.TableCheckConstraint;
import dev.revgraph.schema.TableColumn;
import dev.revgraph.schema.TableForeignKey;
import dev.revgraph.schema.TableIndex;
import dev.revgraph.schema.TablePrimaryKey;
import dev.revgraph.schema.TableUniqueConstraint;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.dialect.Dialect;
import org.hibernate.mapping.CheckConstraint;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.ForeignKey;
import org.hibernate.mapping.Index;
import org.hibernate.mapping.PrimaryKey;
import org.hibernate.mapping.Selectable;
import org.hibernate.mapping.UniqueKey;
import org.jspecify.annotations.Nullable;

/**
 * Converts Hibernate's relational model ({@code Metadata.getDatabase()}) to a {@link Schema}, keeping
 * exactly what Hibernate's schema creation ({@code SchemaCreatorImpl} with the dialect's exporters)
 * writes: the physical tables that are not views; each column's DDL type
 * ({@code Column.getSqlType(Metadata)}), nullability, default, identity, generation and comment; the
 * primary key; a unique constraint per {@code UniqueKey} and per column marked unique outside the primary
 * key; the indexes; the foreign keys Hibernate creates, with their {@code ON DELETE}; the check
 * constraints of the columns (enum values, discriminator values, Bean Validation's {@code @Min}/{@code @Max},
 * {@code @Check} on a field) and of the tables; and the sequences, in their schema like the tables.
 *
 * <p>Names are written as Hibernate writes them in DDL, without their quotes: an unquoted name as the
 * naming strategy left it, a quoted one exactly.
 */
final class MetadataSchemaConverter {

    private final Metadata metadata;

    private final Dialect hibernateDialect;

    private final dev.revgraph.dialect.Dialect dialect;

    private final @Nullable String defaultSchema;

    MetadataSchemaConverter(Metadata metadata, Dialect hibernateDialect, dev.revgraph.dialect.Dialect dialect,
            @Nullable String defaultSchema) {
        this.metadata = metadata;
        this.hibernateDialect = hibernateDialect;
        this.dialect = dialect;
        this.defaultSchema = defaultSchema;
    }

    Schema convert() {
        List<Table> tables = new ArrayList<>();
        List<Sequence> sequences = new ArrayList<>();
        for (Namespace namespace : this.metadata.getDatabase().getNamespaces()) {
            for (org.hibernate.mapping.Table table : namespace.getTables()) {
                if (table.isPhysicalTable() && !table.isView()) {
                    tables.add(table(table));
                }
            }
            for (org.hibernate.boot.model.relational.Sequence sequence : namespace.getSequences()) {
                Identifier schema = namespace.getPhysicalName().schema();
                sequences.add(Sequence.of((schema != null) ? schema.getText() : this.defaultSchema,
                        sequence.getName().getSequenceName().getText(), sequence.getInitialValue(),
                        sequence.getIncrementSize()));
            }
        }
        return new Schema(this.defaultSchema, tables, sequences);
    }

    private Table table(org.hibernate.mapping.Table table) {
        List<TableColumn> columns = new ArrayList<>();
        for (Column column : table.getColumns()) {
            columns.add(column(table, column));
        }
        return new Table(schema(table), table.getName(), columns, primaryKey(table), uniqueConstraints(table),
                indexes(table), foreignKeys(table), checks(table), table.getComment());
    }

    private @Nullable String schema(org.hibernate.mapping.Table table) {
        return (table.getSchema() != null) ? table.getSchema() : this.defaultSchema;
    }

    // --- columns ----------------------------------------------------------------------------------------

    private TableColumn column(org.hibernate.mapping.Table table, Column column) {
        DataType type = DataTypes.parse(this.dialect, column.getSqlType(this.metadata));
        boolean nullable = column.isNullable() && !table.isPrimaryKey(column);
        if (column.isIdentity()) {
            return new TableColumn(column.getName(), type, false, null, identity(column), null, null,
                    column.getComment());
        }
        return new TableColumn(column.getName(), type, nullable, column.getDefaultValue(), Identity.NONE, null,
                column.getGeneratedAs(), column.getComment());
    }

    /** What the dialect writes after the type of an identity column, as RevGraph's catalog readers report it. */
    private Identity identity(Column column) {
        String clause = this.hibernateDialect.getIdentityColumnSupport()
            .getIdentityColumnString(column.getSqlTypeCode(this.metadata))
            .toLowerCase(Locale.ROOT);
        if (clause.contains("auto_increment")) {
            return Identity.AUTO_INCREMENT;
        }
        if (clause.contains("always")) {
            return Identity.ALWAYS;
        }
        return Identity.BY_DEFAULT;
    }

    // --- keys and indexes -------------------------------------------------------------------------------

    private static @Nullable TablePrimaryKey primaryKey(org.hibernate.mapping.Table table) {
        PrimaryKey primaryKey = table.getPrimaryKey();
        if (primaryKey == null || primaryKey.getColumns().isEmpty()) {
            return null;
        }
        // Hibernate writes "primary key (...)" without a name; the database names it
        return new TablePrimaryKey(null, names(primaryKey.getColumns()));
    }

    /**
     * Each {@code UniqueKey}, and each column marked unique (outside the primary key) that no single-column
     * key already covers: what {@code ColumnDefinitions} and the dialect's unique delegate write, whether
     * inline ({@code unique}, {@code CreateTableUniqueDelegate}) or as {@code alter table ... add constraint}.
     */
    private static List<TableUniqueConstraint> uniqueConstraints(org.hibernate.mapping.Table table) {
        List<TableUniqueConstraint> uniques = new ArrayList<>();
        Set<List<String>> seen = new LinkedHashSet<>();
        for (Map.Entry<String, UniqueKey> entry : table.getUniqueKeys().entrySet()) {
            UniqueKey key = entry.getValue();
            List<String> columns = names(key.getColumns());
            if (!columns.isEmpty() && seen.add(folded(columns))) {
                String name = (key.getName() != null) ? key.getName() : entry.getKey();
                uniques.add(new TableUniqueConstraint(name, columns));
            }
        }
        for (Column column : table.getColumns()) {
            if (column.isUnique() && !table.isPrimaryKey(column) && seen.add(folded(List.of(column.getName())))) {
                uniques.add(new TableUniqueConstraint(column.getUniqueKeyName(), List.of(column.getName())));
            }
        }
        return uniques;
    }

    private List<TableIndex> indexes(org.hibernate.mapping.Table table) {
        List<TableIndex> indexes = new ArrayList<>();
        for (Index index : table.getIndexes().values()) {
            List<IndexColumn> columns = new ArrayList<>();
            Map<Selectable, String> orders = index.getSelectableOrderMap();
            for (Selectable selectable : index.getSelectables()) {
                IndexColumn element = (selectable instanceof Column column) ? IndexColumn.column(column.getName())
                        : IndexColumn.expression(selectable.getText(this.hibernateDialect));
                String order = orders.get(selectable);
                columns.add((order != null && order.trim().toLowerCase(Locale.ROOT).startsWith("desc")) ? element.desc()
                        : element);
            }
            indexes.add(new TableIndex(index.getName(), index.isUnique(), columns, null, null, null, false));
        }
        return indexes;
    }

    private List<TableForeignKey> foreignKeys(org.hibernate.mapping.Table table) {
        List<TableForeignKey> foreignKeys = new ArrayList<>();
        if (!this.hibernateDialect.hasAlterTable()) {
            return foreignKeys;
        }
        for (ForeignKey foreignKey : table.getForeignKeyCollection()) {
            if (!foreignKey.isCreationEnabled() || !foreignKey.isPhysicalConstraint()) {
                continue;
            }
            org.hibernate.mapping.Table referenced = foreignKey.getReferencedTable();
            List<Column> referencedColumns = foreignKey.isReferenceToPrimaryKey()
                    ? referenced.getPrimaryKey().getColumns() : foreignKey.getReferencedColumns();
            foreignKeys.add(new TableForeignKey(foreignKey.getName(), names(foreignKey.getColumns()), schema(referenced),
                    referenced.getName(), names(referencedColumns), onDelete(foreignKey), ForeignKeyAction.NO_ACTION));
        }
        return foreignKeys;
    }

    /** The {@code on delete} Hibernate writes: only where the dialect supports it, and never {@code no action}. */
    private ForeignKeyAction onDelete(ForeignKey foreignKey) {
        OnDeleteAction action = foreignKey.getOnDeleteAction();
        if (action == null || !this.hibernateDialect.supportsCascadeDelete()) {
            return ForeignKeyAction.NO_ACTION;
        }
        return switch (action) {
            case NO_ACTION -> ForeignKeyAction.NO_ACTION;
            case CASCADE -> ForeignKeyAction.CASCADE;
            case SET_NULL -> ForeignKeyAction.SET_NULL;
            case SET_DEFAULT -> ForeignKeyAction.SET_DEFAULT;
            case RESTRICT -> ForeignKeyAction.RESTRICT;
        };
    }

    // --- checks -----------------------------------------------------------------------------------------

    /**
     * The checks {@code ColumnDefinitions} and {@code StandardTableExporter} write: per column, its anonymous
     * checks as one condition {@code (a) and (b)} (inline where the dialect supports column checks, else as a
     * table check), and its named checks one each; then the table's own checks.
     */
    private List<TableCheckConstraint> checks(org.hibernate.mapping.Table table) {
        List<TableCheckConstraint> checks = new ArrayList<>();
        boolean columnChecks = this.hibernateDialect.supportsColumnCheck();
        boolean tableChecks = this.hibernateDialect.supportsTableCheck();
        if (!columnChecks && !tableChecks) {
            return checks;
        }
        for (Column column : table.getColumns()) {
            List<String> anonymous = column.getCheckConstraints().stream()
                .filter(CheckConstraint::isAnonymous)
                .map(CheckConstraint::getConstraintInParens)
                .toList();
            if (!anonymous.isEmpty()) {
                checks.add(TableCheckConstraint.of(null, String.join(" and ", anonymous)));
            }
            for (CheckConstraint check : column.getCheckConstraints()) {
                if (check.isNamed()) {
                    checks.add(TableCheckConstraint.of(check.getName(), check.getConstraint()));
                }
            }
        }
        if (tableChecks) {
            for (CheckConstraint check : table.getChecks()) {
                checks.add(TableCheckConstraint.of(check.getName(), check.getConstraint()));
            }
        }
        return checks;
    }

    // --- shared -----------------------------------------------------------------------------------------

    private static List<String> names(List<Column> columns) {
        return columns.stream().map(Column::getName).toList();
    }

    private static List<String> folded(List<String> names) {
        return names.stream().map((name) -> name.toLowerCase(Locale.ROOT)).toList();
    }
}
