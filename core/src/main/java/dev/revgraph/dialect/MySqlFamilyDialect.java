package dev.revgraph.dialect;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import dev.revgraph.operation.AlterColumn;
import dev.revgraph.operation.Change;
import dev.revgraph.operation.Column;
import dev.revgraph.operation.ColumnType;
import dev.revgraph.operation.CreateTable;
import dev.revgraph.operation.DropConstraint;
import dev.revgraph.operation.DropIndex;
import dev.revgraph.operation.ForeignKeyAction;
import dev.revgraph.operation.QualifiedName;
import dev.revgraph.operation.RenameTable;

import org.jspecify.annotations.Nullable;

/**
 * What MariaDB and MySQL share: backtick quoting, comments written inside the column and table
 * definitions, {@code MODIFY} restating a whole column, and a statement of its own to drop each kind of
 * constraint.
 *
 * <p>Types: {@code TIMESTAMP(p)} becomes {@code DATETIME(p)}, because their {@code TIMESTAMP} is a
 * different thing — converted to and from the session's time zone, limited to 1970–2038, and (with
 * {@code explicit_defaults_for_timestamp} off, MariaDB's default before 10.10) given
 * {@code DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP} when it is the table's first
 * {@code TIMESTAMP NOT NULL} column. Those conversions are exactly what {@code TIMESTAMP_TZ} means, so it
 * becomes {@code TIMESTAMP(p)}, as Hibernate maps it; nullable columns are written with an explicit
 * {@code NULL} so that no server setting gives them automatic values. {@code TEXT} and {@code CLOB} are
 * {@code LONGTEXT}, {@code BLOB} is {@code LONGBLOB}, {@code BOOLEAN} is their alias of
 * {@code TINYINT(1)}. Fractional seconds stop at 6 digits.
 *
 * <p>String literals double backslashes as well as quotes: the default {@code sql_mode} treats a
 * backslash as an escape character.
 */
abstract class MySqlFamilyDialect extends BaseDialect {

    static final String RESERVED_WORDS = "ACCESSIBLE ADD ANALYZE BEFORE BIGINT BINARY BLOB CALL CASCADE CHANGE CHAR "
            + "CHARACTER COLLATE CONDITION CONTINUE CONVERT CURSOR DATABASE DATABASES DAY_HOUR DECIMAL DECLARE "
            + "DELAYED DESCRIBE DETERMINISTIC DISTINCTROW DIV DOUBLE DUAL EACH ELSEIF ENCLOSED ESCAPED EXIT EXPLAIN "
            + "FLOAT FORCE FULLTEXT GENERATED HIGH_PRIORITY IF IGNORE INFILE INOUT INT INTEGER INTERVAL ITERATE KEYS "
            + "KILL LEAVE LINEAR LINES LOAD LOCALTIME LOCALTIMESTAMP LOCK LONG LONGBLOB LONGTEXT LOOP LOW_PRIORITY "
            + "MATCH MEDIUMINT MOD MODIFIES NUMERIC OPTIMIZE OPTION OPTIONALLY OUT OUTFILE OVER PARTITION PRECISION "
            + "PROCEDURE PURGE RANGE READ READS REAL REGEXP RELEASE RENAME REPEAT REPLACE REQUIRE RESIGNAL RESTRICT "
            + "RETURN REVOKE RLIKE SCHEMA SCHEMAS SENSITIVE SEPARATOR SHOW SIGNAL SMALLINT SPATIAL SPECIFIC SQL "
            + "STARTING STRAIGHT_JOIN TERMINATED TINYINT TRIGGER UNDO UNLOCK UNSIGNED USAGE USE UTC_DATE UTC_TIME "
            + "UTC_TIMESTAMP VARBINARY VARCHAR VARYING WHILE WINDOW WRITE XOR YEAR_MONTH ZEROFILL";

    private static final Set<String> RESERVED = ReservedWords.with(RESERVED_WORDS);

    MySqlFamilyDialect(ServerVersion version) {
        super(version);
    }

    @Override
    public boolean supportsTransactionalDdl() {
        return false;
    }

    @Override
    public boolean supportsPartialIndexes() {
        return false;
    }

    @Override
    public int maxIdentifierLength() {
        return 64;
    }

    @Override
    public IdentifierCase unquotedIdentifierCase() {
        return IdentifierCase.PRESERVED;
    }

    @Override
    protected String quoteValidated(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    @Override
    protected void checkIdentifierCharacters(String name) {
        if (name.endsWith(" ")) {
            throw new IllegalArgumentException(id().displayName() + " names cannot end with a space: '" + name + "'");
        }
        if (name.codePoints().anyMatch(Character::isSupplementaryCodePoint)) {
            throw new IllegalArgumentException(id().displayName()
                    + " names cannot contain characters outside the Basic Multilingual Plane: '" + name + "'");
        }
    }

    /** Types shared by both; {@code UUID} and {@code JSON} are left to each. */
    protected final String commonTypeSql(ColumnType type) {
        return switch (type.kind()) {
            case INTEGER -> "INT";
            case BIGINT -> "BIGINT";
            case SMALLINT -> "SMALLINT";
            case BOOLEAN -> "BOOLEAN";
            case VARCHAR -> "VARCHAR(" + type.size() + ")";
            case CHAR -> "CHAR(" + type.size() + ")";
            case TEXT, CLOB -> "LONGTEXT";
            case DECIMAL -> "DECIMAL(" + type.size() + ", " + type.scale() + ")";
            case REAL -> "FLOAT";
            case DOUBLE -> "DOUBLE";
            case DATE -> "DATE";
            case TIME -> "TIME";
            case TIMESTAMP -> "DATETIME(" + Math.min(type.size(), 6) + ")";
            case TIMESTAMP_TZ -> "TIMESTAMP(" + Math.min(type.size(), 6) + ")";
            case BINARY -> "VARBINARY(" + type.size() + ")";
            case BLOB -> "LONGBLOB";
            case UUID -> "CHAR(36)";
            case JSON -> "JSON";
            case RAW -> Objects.requireNonNull(type.sql());
        };
    }

    @Override
    public String stringLiteral(String value) {
        return super.stringLiteral(value.replace("\\", "\\\\"));
    }

    @Override
    protected String timestampTzLiteral(OffsetDateTime value) {
        // No offset in their literals: the instant in UTC, for a session whose time_zone is '+00:00'.
        return timestampLiteral(formatLocal(value.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime(), " "));
    }

    @Override
    protected String identityClause() {
        return "AUTO_INCREMENT";
    }

    @Override
    protected String nullableClause() {
        return " NULL";
    }

    @Override
    protected String inlineComment(@Nullable String comment) {
        return (comment != null) ? " COMMENT " + stringLiteral(comment) : "";
    }

    @Override
    protected String tableOptions(CreateTable operation) {
        return (operation.comment() != null) ? " COMMENT = " + stringLiteral(operation.comment()) : "";
    }

    @Override
    protected List<String> commentsOfNewTable(CreateTable operation) {
        return List.of();
    }

    @Override
    protected List<String> renameTable(RenameTable operation) {
        // Unqualified, the new name would move the table into the connection's current database.
        return List.of("ALTER TABLE " + qualified(operation.table()) + " RENAME TO "
                + qualified(operation.table().withName(operation.newName())));
    }

    @Override
    protected String referentialAction(String event, ForeignKeyAction action) {
        if (action == ForeignKeyAction.SET_DEFAULT) {
            throw unsupported("use ON " + event + " SET DEFAULT: InnoDB rejects it");
        }
        return super.referentialAction(event, action);
    }

    /**
     * A default alone is changed in place; anything else restates the whole column with {@code MODIFY}
     * (or {@code CHANGE} when renaming too), which needs its type and nullability. The restated column
     * is not {@code AUTO_INCREMENT}: {@link AlterColumn} does not carry that, so alter such a column with
     * {@code execute}.
     */
    @Override
    protected List<String> alterColumn(AlterColumn operation) {
        String table = qualified(operation.table());
        boolean rewrite = operation.changesType() || operation.changesNullable() || operation.changesComment()
                || (operation.newName() != null && !supportsRenameColumn());
        if (rewrite) {
            Column column = restated(operation);
            String head = (operation.newName() != null) ? " CHANGE COLUMN " + identifier(operation.column()) + " "
                    : " MODIFY COLUMN ";
            return List.of("ALTER TABLE " + table + head + columnDefinition(column));
        }
        List<String> statements = new ArrayList<>();
        if (operation.changesDefault()) {
            statements.add(alterDefault(table, identifier(operation.column()), operation.defaultExpression().target()));
        }
        if (operation.newName() != null) {
            statements.add(renameColumn(table, identifier(operation.column()), identifier(operation.newName())));
        }
        return statements;
    }

    /** Whether {@code RENAME COLUMN} exists (MariaDB 10.5.2, MySQL 8.0); before that, {@code CHANGE}. */
    protected abstract boolean supportsRenameColumn();

    private Column restated(AlterColumn operation) {
        Change<ColumnType> type = operation.type();
        Change<Boolean> nullable = operation.nullable();
        if (type == null || nullable == null) {
            throw unsupported("alter column " + operation.column() + " of " + operation.table()
                    + " without knowing its type and nullability: MODIFY restates the whole column. Add "
                    + "ColumnChange.existingType(...) and ColumnChange.existingNullable(...)");
        }
        Change<@Nullable String> defaultExpression = operation.defaultExpression();
        Change<@Nullable String> comment = operation.comment();
        return new Column(operation.finalName(), type.target(), nullable.target(),
                (defaultExpression != null) ? defaultExpression.target() : null, false,
                (comment != null) ? comment.target() : null);
    }

    @Override
    protected List<String> tableComment(QualifiedName table, @Nullable String comment, @Nullable String existing) {
        return List.of("ALTER TABLE " + qualified(table) + " COMMENT = " + stringLiteral((comment != null) ? comment : ""));
    }

    @Override
    protected List<String> columnComment(QualifiedName table, String column, @Nullable String comment,
            @Nullable String existing, @Nullable Column definition) {
        if (definition == null) {
            throw unsupported("set the comment of column " + column + " of " + table + " without its definition: "
                    + "MODIFY restates the whole column. Pass the column (Operations.setColumnComment(table, column, "
                    + "existing))");
        }
        return List.of("ALTER TABLE " + qualified(table) + " MODIFY COLUMN " + columnDefinition(definition.comment(comment)));
    }

    @Override
    protected List<String> dropIndex(DropIndex operation) {
        return List.of("DROP INDEX " + identifier(operation.name()) + " ON " + qualified(operation.table()));
    }

    @Override
    protected List<String> dropConstraint(DropConstraint operation) {
        String table = "ALTER TABLE " + qualified(operation.table());
        String name = identifier(operation.name());
        return List.of(switch (operation.kind()) {
            case PRIMARY_KEY -> table + " DROP PRIMARY KEY";
            case UNIQUE -> table + " DROP INDEX " + name;
            case FOREIGN_KEY -> table + " DROP FOREIGN KEY " + name;
            case CHECK -> table + " " + dropCheck() + " " + name;
        });
    }

    /** The clause that drops a check constraint, before its name. */
    protected abstract String dropCheck();

    @Override
    protected Set<String> reservedWords() {
        return RESERVED;
    }
}
