package dev.revgraph.reliability.revisions.tree30;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import dev.revgraph.Migration;
import dev.revgraph.Revision;
import dev.revgraph.operation.Operations;
import dev.revgraph.reliability.app.InstanceName;
import dev.revgraph.runtime.JdbcOperations;

/** A data migration that reads what step 4 wrote over JDBC and copies it, ten times larger. */
@Revision(id = "c30_05", down = "c30_04", message = "Tree30 step 5: copy step 4's data", created = "2026-11-21T08:00:00Z")
public class Tree30Step05CopyData implements Migration {

    private final InstanceName instance;

    public Tree30Step05CopyData(InstanceName instance) {
        this.instance = instance;
    }

    @Override
    public void upgrade(Operations op) {
        op.execute("CREATE TABLE t_c30_05 (id INTEGER NOT NULL PRIMARY KEY, v VARCHAR(50), n INTEGER)");
        Connection connection = JdbcOperations.connection(op);
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT n FROM t_c30_04 WHERE id = 4")) {
            if (!result.next()) {
                throw new IllegalStateException("step 4's row is missing");
            }
            try (PreparedStatement insert = connection
                .prepareStatement("INSERT INTO t_c30_05 (id, v, n) VALUES (5, 'copied from c30_04', ?)")) {
                insert.setInt(1, result.getInt(1) * 10);
                insert.executeUpdate();
            }
        }
        catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
        op.bulkInsert("rel_marks", List.of("revision_id", "applied_by"), List.of(List.of("c30_05", this.instance.value())));
    }

    @Override
    public void downgrade(Operations op) {
        op.execute("DROP TABLE t_c30_05");
        op.execute("DELETE FROM rel_marks WHERE revision_id = 'c30_05'");
    }

}
