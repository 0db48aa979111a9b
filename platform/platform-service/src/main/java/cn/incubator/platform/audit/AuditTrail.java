package cn.incubator.platform.audit;

import cn.incubator.platform.identity.CurrentUser;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends to the service's audit timeline ({@code audit_entry}, created by the platform migration) inside the
 * caller's transaction, so a change and its trace are written together or not at all.
 */
public class AuditTrail {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final ObjectProvider<Tracer> tracer;

    public AuditTrail(JdbcClient jdbc, JsonMapper json, Clock clock, ObjectProvider<Tracer> tracer) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.tracer = tracer;
    }

    public AuditEntry record(CurrentUser actor, String action, String subjectType, Object subjectId,
            String jurisdictionCode, Object before, Object after) {
        AuditEntry entry = new AuditEntry(UUID.randomUUID(), Instant.now(clock), actor.username(), action, subjectType,
                String.valueOf(subjectId), jurisdictionCode, toJson(before), toJson(after), traceId());
        jdbc.sql("""
                INSERT INTO audit_entry (id, occurred_at, actor, action, subject_type, subject_id, jurisdiction_code,
                                         before_state, after_state, trace_id)
                VALUES (:id, :occurredAt, :actor, :action, :subjectType, :subjectId, :jurisdictionCode,
                        CAST(:before AS jsonb), CAST(:after AS jsonb), :traceId)
                """)
                .param("id", entry.id())
                .param("occurredAt", Timestamp.from(entry.occurredAt()))
                .param("actor", entry.actor())
                .param("action", entry.action())
                .param("subjectType", entry.subjectType())
                .param("subjectId", entry.subjectId())
                .param("jurisdictionCode", entry.jurisdictionCode())
                .param("before", entry.before())
                .param("after", entry.after())
                .param("traceId", entry.traceId())
                .update();
        return entry;
    }

    /** The timeline of one record, oldest first. Callers check the record is in scope before asking. */
    public List<AuditEntry> timeline(String subjectType, Object subjectId) {
        return jdbc.sql("""
                SELECT id, occurred_at, actor, action, subject_type, subject_id, jurisdiction_code,
                       before_state::text AS before_state, after_state::text AS after_state, trace_id
                FROM audit_entry WHERE subject_type = :type AND subject_id = :id ORDER BY occurred_at, seq
                """)
                .param("type", subjectType)
                .param("id", String.valueOf(subjectId))
                .query((rs, n) -> new AuditEntry(rs.getObject("id", UUID.class),
                        rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"), rs.getString("action"),
                        rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("jurisdiction_code"),
                        rs.getString("before_state"), rs.getString("after_state"), rs.getString("trace_id")))
                .list();
    }

    private String toJson(Object state) {
        return state == null ? null : json.writeValueAsString(state);
    }

    private String traceId() {
        Tracer current = tracer.getIfAvailable();
        Span span = current == null ? null : current.currentSpan();
        return span == null ? null : span.context().traceId();
    }
}
