package dev.revgraph.autogenerate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.revgraph.diff.Difference;
import dev.revgraph.schema.Table;

/** The differences of one table that exists on both sides, sorted by what they are about. */
final class TableChanges {

    final Table model;

    final Table database;

    final List<Difference> addedColumns = new ArrayList<>();

    final List<Difference> removedColumns = new ArrayList<>();

    /** The changed properties of each column, by the database's column name, in the comparator's order. */
    final Map<String, List<Difference>> changedColumns = new LinkedHashMap<>();

    final List<Difference> addedKeys = new ArrayList<>();

    final List<Difference> removedKeys = new ArrayList<>();

    final List<Difference> addedForeignKeys = new ArrayList<>();

    final List<Difference> removedForeignKeys = new ArrayList<>();

    Difference comment;

    TableChanges(Table model, Table database) {
        this.model = model;
        this.database = database;
    }
}
