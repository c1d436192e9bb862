package dev.revgraph.reliability.revisions;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import dev.revgraph.Migration;
import dev.revgraph.operation.Operations;
import dev.revgraph.reliability.app.InstanceName;
import dev.revgraph.runtime.JdbcOperations;

/**
 * A data step of the trials: counts the marks its ancestors wrote and keeps the count in a table of its
 * own ({@code t_<id>}, row {@code position}), with its own mark naming the instance that ran it. A count
 * other than the number of ancestors means a revision ran twice, or was skipped, before this one.
 */
public abstract class CountMarksMigration implements Migration {

    private final String id;

    private final int position;

    private final InstanceName instance;

    protected CountMarksMigration(String id, int position, InstanceName instance) {
        this.id = id;
        this.position = position;
        this.instance = instance;
    }

    @Override
    public void upgrade(Operations op) {
        int marks;
        Connection connection = JdbcOperations.connection(op);
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM rel_marks")) {
            result.next();
            marks = result.getInt(1);
        }
        catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
        op.execute("CREATE TABLE t_" + this.id + " (id INTEGER NOT NULL PRIMARY KEY, v VARCHAR(100), n INTEGER)");
        op.execute("INSERT INTO t_" + this.id + " (id, v, n) VALUES (" + this.position + ", 'marks before " + this.id
                + "', " + marks + ")");
        op.bulkInsert("rel_marks", List.of("revision_id", "applied_by"), List.of(List.of(this.id, this.instance.value())));
    }

    @Override
    public void downgrade(Operations op) {
        op.execute("DROP TABLE t_" + this.id);
        op.execute("DELETE FROM rel_marks WHERE revision_id = '" + this.id + "'");
    }

}
