package dev.revgraph.reliability.revisions.rolling;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import dev.revgraph.Migration;
import dev.revgraph.Revision;
import dev.revgraph.operation.Operations;
import dev.revgraph.reliability.app.InstanceName;
import dev.revgraph.runtime.JdbcOperations;

/**
 * A new-build data step in the rolling-upgrade trials: counts the marks its 7 ancestors wrote (the 6 of the
 * old build and r_07) and keeps the count, with the instance that ran it. Anything but 7 means a revision
 * ran twice, or was skipped, while old and new builds started together.
 */
@Revision(id = "r_08", down = "r_07", message = "Rolling new build, step 8: count the marks", created = "2026-11-22T09:00:00Z")
public class RollingStep08CountMarks implements Migration {

    private final InstanceName instance;

    public RollingStep08CountMarks(InstanceName instance) {
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
        op.execute("CREATE TABLE t_r_08 (id INTEGER NOT NULL PRIMARY KEY, v VARCHAR(100), n INTEGER)");
        op.execute("INSERT INTO t_r_08 (id, v, n) VALUES (8, 'marks before r_08', " + marks + ")");
        op.bulkInsert("rel_marks", List.of("revision_id", "applied_by"), List.of(List.of("r_08", this.instance.value())));
    }

    @Override
    public void downgrade(Operations op) {
        op.execute("DROP TABLE t_r_08");
        op.execute("DELETE FROM rel_marks WHERE revision_id = 'r_08'");
    }

}
