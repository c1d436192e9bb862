package dev.revgraph.benchmarks.migration;

/**
 * What one measured run asked of the database, counted at the JDBC boundary and, for the servers, on
 * the wire.
 *
 * @param connections connections opened through the data source
 * @param statements SQL statements executed (each batch entry counts), plus {@code DatabaseMetaData}
 *     calls that return a result set (each is a catalog query)
 * @param writes of those, the statements that change something (DDL and DML)
 * @param commits explicit {@code commit()} calls plus writes executed in autocommit mode (each
 *     commits on its own)
 * @param roundTrips request/response exchanges on the wire (a client write after a read), connection
 *     handshakes included; -1 where there is no wire (H2 embedded)
 */
public record JdbcCounts(long connections, long statements, long writes, long commits, long roundTrips) {

    static final JdbcCounts NONE = new JdbcCounts(0, 0, 0, 0, -1);
}
