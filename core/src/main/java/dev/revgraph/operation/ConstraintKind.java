package dev.revgraph.operation;

/** The kinds of table constraint; some databases drop each kind with its own statement. */
public enum ConstraintKind {
    PRIMARY_KEY, UNIQUE, FOREIGN_KEY, CHECK
}
