package dev.revgraph.test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.revgraph.dialect.DatabaseId;

/**
 * The objects of a schema that a {@link dev.revgraph.schema.Schema} does not hold — views, types,
 * domains, functions and procedures — each named as {@code view active_users}, {@code type mood},
 * {@code function touch_updated_at()}, so that the checks see them left behind as well as tables. One
 * query per database, on the databases RevGraph runs against; none elsewhere.
 */
final class OtherObjects {

    private static final String POSTGRESQL = """
            SELECT CASE c.relkind WHEN 'm' THEN 'materialized view ' ELSE 'view ' END || c.relname
            FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ? AND c.relkind IN ('v', 'm')
            UNION ALL
            SELECT CASE t.typtype WHEN 'd' THEN 'domain ' ELSE 'type ' END || t.typname
            FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
            WHERE n.nspname = ?
              AND (t.typtype IN ('e', 'd', 'r')
                   OR (t.typtype = 'c' AND EXISTS (SELECT 1 FROM pg_catalog.pg_class r WHERE r.oid = t.typrelid AND r.relkind = 'c')))
              AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.objid = t.oid AND d.deptype = 'e')
            UNION ALL
            SELECT CASE p.prokind WHEN 'p' THEN 'procedure ' ELSE 'function ' END || p.oid::regprocedure::text
            FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
            WHERE n.nspname = ?
              AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')""";

    private static final String MARIADB = """
            SELECT CONCAT('view ', TABLE_NAME) FROM information_schema.VIEWS WHERE TABLE_SCHEMA = ?
            UNION ALL
            SELECT CONCAT(LOWER(ROUTINE_TYPE), ' ', ROUTINE_NAME) FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = ?
            UNION ALL
            SELECT CONCAT('event ', EVENT_NAME) FROM information_schema.EVENTS WHERE EVENT_SCHEMA = ?""";

    private static final String H2 = """
            SELECT CONCAT('view ', TABLE_NAME) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'VIEW'
            UNION ALL
            SELECT CONCAT('domain ', DOMAIN_NAME) FROM INFORMATION_SCHEMA.DOMAINS WHERE DOMAIN_SCHEMA = ?
            UNION ALL
            SELECT CONCAT(LOWER(ROUTINE_TYPE), ' ', ROUTINE_NAME) FROM INFORMATION_SCHEMA.ROUTINES WHERE ROUTINE_SCHEMA = ?""";

    private OtherObjects() {
    }

    /** The other objects of {@code schemaName}, sorted; empty on databases without a query here. */
    static List<String> read(Connection connection, DatabaseId database, String schemaName) throws SQLException {
        String sql = switch (database) {
            case POSTGRESQL -> POSTGRESQL;
            case MARIADB, MYSQL -> MARIADB;
            case H2 -> H2;
            default -> null;
        };
        if (sql == null) {
            return List.of();
        }
        List<String> objects = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 1; i <= 3; i++) {
                statement.setString(i, schemaName);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    objects.add(rows.getString(1));
                }
            }
        }
        Collections.sort(objects);
        return List.copyOf(objects);
    }
}
