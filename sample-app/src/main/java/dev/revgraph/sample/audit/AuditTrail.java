package dev.revgraph.sample.audit;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The audit log: what happened to which resource, utilization or comment. Its table belongs to the tree
 * {@code audit} (its own revisions under {@code classpath:db/audit}, its own version table
 * {@code revgraph_audit_version}), migrated independently of the feedback tables, as a CKAN plugin's
 * tables are. No entity describes it: it is written with {@link JdbcClient}, which — like every database
 * user — waits until both trees are migrated.
 */
@Component
public class AuditTrail {

    private final JdbcClient jdbc;

    public AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records one action; {@code actor} and {@code detail} may be {@code null}. */
    public void record(String action, String subjectType, long subjectId, String actor, String detail) {
        this.jdbc.sql("INSERT INTO audit_log (occurred_at, action, subject_type, subject_id, actor, detail) "
                + "VALUES (?, ?, ?, ?, ?, ?)")
            .params(LocalDateTime.now(), action, subjectType, subjectId, actor, detail)
            .update();
    }

    /** The latest entries, newest first. */
    public List<Entry> recent(int limit) {
        return this.jdbc.sql("SELECT id, occurred_at, action, subject_type, subject_id, actor, detail FROM audit_log "
                + "ORDER BY id DESC LIMIT ?")
            .param(limit)
            .query((rs, row) -> new Entry(rs.getLong("id"), rs.getObject("occurred_at", LocalDateTime.class),
                    rs.getString("action"), rs.getString("subject_type"), rs.getLong("subject_id"),
                    rs.getString("actor"), rs.getString("detail")))
            .list();
    }

    /** One entry of the log. */
    public record Entry(long id, LocalDateTime occurredAt, String action, String subjectType, long subjectId,
            String actor, String detail) {
    }
}
