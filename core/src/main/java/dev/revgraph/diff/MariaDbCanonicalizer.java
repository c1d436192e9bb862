package dev.revgraph.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import dev.revgraph.dialect.DatabaseId;
import dev.revgraph.operation.ColumnType.Kind;
import dev.revgraph.operation.ForeignKeyAction;
import dev.revgraph.schema.DataType;
import dev.revgraph.schema.IndexColumn;
import dev.revgraph.schema.Table;
import dev.revgraph.schema.TableForeignKey;
import dev.revgraph.schema.TableIndex;

/**
 * MariaDB's (and MySQL's) canonical form.
 *
 * <p>Types: {@code tinyint(1)}, {@code bit(1)}, {@code bit} and {@code boolean} are {@code boolean}
 * (Hibernate writes {@code bit}, the server's alias is {@code tinyint(1)}); display widths are dropped
 * ({@code int(11)} is {@code int}, {@code integer} too); {@code float(p)} is {@code float} up to 24 and
 * {@code double} above, and {@code real} and {@code double precision} are {@code double};
 * {@code decimal} without sizes is {@code decimal(10,0)}; {@code datetime}, {@code timestamp} and
 * {@code time} without precision have none ({@code (0)}); a {@code longtext} the catalog reader found
 * guarded by {@code json_valid} is {@code json}; {@code enum ('A','B')} is {@code enum('A','B')}.
 * Defaults: the word {@code NULL} is no default, {@code current_timestamp()} is
 * {@code CURRENT_TIMESTAMP}, {@code b'1'} and {@code 1} are {@code true} on a boolean. Foreign keys:
 * InnoDB makes no difference between {@code RESTRICT} and {@code NO ACTION}; the index it creates for a
 * foreign key stays behind when the key is dropped. Indexes: {@code DESC} is kept from MariaDB 10.8 and
 * MySQL 8.0, and before that means nothing.
 */
final class MariaDbCanonicalizer extends Canonicalizer {

    /** Compiled once: {@link #type(String)} runs for every column of both schemas on every compare. */
    private static final Pattern ZEROFILL = Pattern
        .compile("\\s+zerofill", Pattern.CASE_INSENSITIVE);

    private static final Pattern SIGNEDNESS = Pattern
        .compile("\\s+(un)?signed", Pattern.CASE_INSENSITIVE);

    private static final Map<String, String> ALIASES = Map.ofEntries(Map.entry("integer", "int"),
            Map.entry("bool", "boolean"), Map.entry("real", "double"), Map.entry("double precision", "double"),
            Map.entry("numeric", "decimal"), Map.entry("dec", "decimal"), Map.entry("fixed", "decimal"),
            Map.entry("character varying", "varchar"), Map.entry("character", "char"),
            Map.entry("long varchar", "mediumtext"), Map.entry("int4", "int"), Map.entry("int8", "bigint"),
            Map.entry("int2", "smallint"), Map.entry("int1", "tinyint"), Map.entry("middleint", "mediumint"));

    private static final Map<String, Kind> FAMILIES = Map.ofEntries(Map.entry("boolean", Kind.BOOLEAN),
            Map.entry("int", Kind.INTEGER), Map.entry("bigint", Kind.BIGINT), Map.entry("smallint", Kind.SMALLINT),
            Map.entry("varchar", Kind.VARCHAR), Map.entry("char", Kind.CHAR), Map.entry("longtext", Kind.TEXT),
            Map.entry("mediumtext", Kind.TEXT), Map.entry("text", Kind.TEXT), Map.entry("tinytext", Kind.TEXT),
            Map.entry("mediumblob", Kind.BLOB), Map.entry("blob", Kind.BLOB), Map.entry("tinyblob", Kind.BLOB),
            Map.entry("decimal", Kind.DECIMAL), Map.entry("float", Kind.REAL), Map.entry("double", Kind.DOUBLE),
            Map.entry("date", Kind.DATE), Map.entry("time", Kind.TIME), Map.entry("datetime", Kind.TIMESTAMP),
            Map.entry("timestamp", Kind.TIMESTAMP_TZ), Map.entry("varbinary", Kind.BINARY),
            Map.entry("longblob", Kind.BLOB), Map.entry("uuid", Kind.UUID), Map.entry("json", Kind.JSON));

    private final DatabaseId id;

    private final Map<String, CanonicalType> types = new ConcurrentHashMap<>();

    private final boolean keepsDescending;

    MariaDbCanonicalizer(DatabaseId id, boolean keepsDescending) {
        this.id = id;
        this.keepsDescending = keepsDescending;
    }

    @Override
    public String name() {
        return id.id();
    }

    @Override
    public CanonicalType type(DataType type) {
        if (type.family() == Kind.JSON) {
            return CanonicalType.of("json");
        }
        return type(type.nativeType());
    }

    /** Each native type string once: a schema has a handful of distinct ones, on thousands of columns. */
    @Override
    public CanonicalType type(String sqlType) {
        CanonicalType type = this.types.get(sqlType);
        if (type == null) {
            type = parse(sqlType);
            this.types.putIfAbsent(sqlType, type);
        }
        return type;
    }

    private CanonicalType parse(String sqlType) {
        String written = ZEROFILL.matcher(sqlType).replaceAll("");
        boolean unsigned = written.toLowerCase(java.util.Locale.ROOT).contains(" unsigned");
        TypeText text = TypeText.parse(SIGNEDNESS.matcher(written).replaceAll(""));
        String name = ALIASES.getOrDefault(text.name(), text.name());
        CanonicalType type = switch (name) {
            case "tinyint" -> text.parameters().equals(List.of(1)) ? CanonicalType.of("boolean") : CanonicalType.of(name);
            case "bit" -> (text.parameter(0, 1) == 1) ? CanonicalType.of("boolean") : sized(name, text, 1);
            case "smallint", "mediumint", "int", "bigint", "year" -> CanonicalType.of(name);
            case "float" -> (text.parameter(0, 24) <= 24) ? CanonicalType.of("float") : CanonicalType.of("double");
            case "double" -> CanonicalType.of("double");
            case "decimal" -> CanonicalType.of(name, text.parameter(0, 10), text.parameter(1, 0));
            case "char", "binary" -> sized(name, text, 1);
            case "datetime", "timestamp", "time" -> sized(name, text, 0);
            default -> new CanonicalType(name, text.parameters());
        };
        return unsigned ? new CanonicalType(type.name() + " unsigned", type.parameters()) : type;
    }

    @Override
    public Kind family(CanonicalType type) {
        return FAMILIES.getOrDefault(type.name(), Kind.RAW);
    }

    @Override
    public boolean descending(IndexColumn column) {
        return this.keepsDescending && column.descending();
    }

    @Override
    public ForeignKeyAction action(ForeignKeyAction action) {
        return (action == ForeignKeyAction.RESTRICT) ? ForeignKeyAction.NO_ACTION : action;
    }

    @Override
    public boolean foreignKeysNeedAnIndex() {
        return true;
    }

    @Override
    public boolean namesPrimaryKeys() {
        return false;
    }

    @Override
    public List<TableIndex> indexesLeftByForeignKey(Table table, TableForeignKey foreignKey) {
        List<TableIndex> left = new ArrayList<>();
        for (TableIndex index : table.indexes()) {
            if (index.implicit() && !index.unique() && index.name().equals(foreignKey.name())) {
                left.add(index);
            }
        }
        return left;
    }
}
