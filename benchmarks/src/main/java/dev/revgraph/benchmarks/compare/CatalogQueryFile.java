package dev.revgraph.benchmarks.compare;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import dev.revgraph.autogenerate.Autogenerator;
import dev.revgraph.diff.CompareOptions;
import dev.revgraph.schema.Schema;

/**
 * The catalog queries RevGraph's reader runs on a database, logged from a real read and kept in a file,
 * so that the bulk-read floor replays exactly them (SQL and parameters) in a JVM that has not run the
 * reader.
 */
final class CatalogQueryFile {

    private CatalogQueryFile() {
    }

    /** The queries {@code Autogenerator.differences} runs on {@code connection} (the model does not change them). */
    static List<StatementLog.Query> log(Connection connection) throws SQLException {
        StatementLog log = new StatementLog();
        Connection logged = log.wrap(connection);
        Autogenerator.forConnection(connection)
            .differences(logged, new Schema(null, List.of(), List.of()), CompareOptions.defaults());
        return log.queries();
    }

    static void write(List<StatementLog.Query> queries, Path file) throws IOException {
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
            out.writeInt(queries.size());
            for (StatementLog.Query query : queries) {
                out.writeUTF(query.sql());
                out.writeInt(query.parameters().size());
                for (Object parameter : query.parameters()) {
                    if (!(parameter instanceof String text)) {
                        throw new IllegalStateException("Only text parameters are expected, found " + parameter);
                    }
                    out.writeUTF(text);
                }
            }
        }
    }

    static List<StatementLog.Query> read(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
            int count = in.readInt();
            List<StatementLog.Query> queries = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String sql = in.readUTF();
                int parameterCount = in.readInt();
                List<Object> parameters = new ArrayList<>();
                for (int j = 0; j < parameterCount; j++) {
                    parameters.add(in.readUTF());
                }
                queries.add(new StatementLog.Query(sql, parameters));
            }
            return queries;
        }
    }
}
