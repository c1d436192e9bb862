package dev.revgraph.reliability.revisions.tree30;

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
 * Counts the marks its 26 ancestors wrote and keeps the count: anything but 26 means a revision ran
 * twice, or was skipped, before this one.
 */
@Revision(id = "c30_27", down = "c30_26", message = "Tree30 step 27: count the marks", created = "2026-11-21T08:00:00Z")
public class Tree30Step27CountMarks implements Migration {

    private final InstanceName instance;

    public Tree30Step27CountMarks(InstanceName instance) {
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
        op.execute("CREATE TABLE t_c30_27 (id INTEGER NOT NULL PRIMARY KEY, v VARCHAR(50), n INTEGER)");
        op.execute("INSERT INTO t_c30_27 (id, v, n) VALUES (27, 'marks before c30_27', " + marks + ")");
        op.bulkInsert("rel_marks", List.of("revision_id", "applied_by"), List.of(List.of("c30_27", this.instance.value())));
    }

    @Override
    public void downgrade(Operations op) {
        op.execute("DROP TABLE t_c30_27");
        op.execute("DELETE FROM rel_marks WHERE revision_id = 'c30_27'");
    }

}
