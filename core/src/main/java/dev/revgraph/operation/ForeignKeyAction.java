package dev.revgraph.operation;

/** What a foreign key does when the referenced row is deleted or its key updated. */
public enum ForeignKeyAction {

    NO_ACTION("NO ACTION"),
    RESTRICT("RESTRICT"),
    CASCADE("CASCADE"),
    SET_NULL("SET NULL"),
    SET_DEFAULT("SET DEFAULT");

    private final String sql;

    ForeignKeyAction(String sql) {
        this.sql = sql;
    }

    /** The action as written after {@code ON DELETE} or {@code ON UPDATE}. */
    public String sql() {
        return sql;
    }
}
