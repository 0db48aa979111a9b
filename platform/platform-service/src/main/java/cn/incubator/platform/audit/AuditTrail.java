package cn.incubator.platform.audit;

import cn.incubator.platform.identity.CurrentUser;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.sql.Query;
import cn.incubator.platform.sql.Where;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
        return record(actor.username(), action, subjectType, subjectId, jurisdictionCode, before, after);
    }

    /** For changes no person makes (a scheduled job, an event from another service): {@code actor} names the source. */
    public AuditEntry record(String actor, String action, String subjectType, Object subjectId,
            String jurisdictionCode, Object before, Object after) {
        // Hash the JSON as PostgreSQL will store and return it (jsonb normalizes it), so verification recomputes
        // exactly the same text; microseconds are what a timestamptz keeps.
        AuditEntry entry = new AuditEntry(UUID.randomUUID(), Instant.now(clock).truncatedTo(ChronoUnit.MICROS),
                actor, action, subjectType, String.valueOf(subjectId), jurisdictionCode,
                normalized(toJson(before)), normalized(toJson(after)), traceId());
        // Appends to one record's chain are serialized by locking its latest entry.
        String previousHash = jdbc.sql("""
                SELECT hash FROM audit_entry WHERE subject_type = :type AND subject_id = :id
                ORDER BY seq DESC LIMIT 1 FOR UPDATE
                """)
                .param("type", entry.subjectType())
                .param("id", entry.subjectId())
                .query(String.class)
                .optional()
                .orElse(null);
        jdbc.sql("""
                INSERT INTO audit_entry (id, occurred_at, actor, action, subject_type, subject_id, jurisdiction_code,
                                         before_state, after_state, trace_id, previous_hash, hash)
                VALUES (:id, :occurredAt, :actor, :action, :subjectType, :subjectId, :jurisdictionCode,
                        CAST(:before AS jsonb), CAST(:after AS jsonb), :traceId, :previousHash, :hash)
                """)
                .param("previousHash", previousHash)
                .param("hash", AuditChain.hash(previousHash, entry))
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
        return chain(subjectType, subjectId).stream().map(AuditChain.Link::entry).toList();
    }

    /** Recomputes the record's hash chain: intact only if no entry was changed, removed or inserted since. */
    public AuditChain.Verification verify(String subjectType, Object subjectId) {
        return AuditChain.verify(chain(subjectType, subjectId));
    }

    /**
     * One page of the record's timeline, oldest first, paged in the database with its total (a long-lived record's
     * timeline is not read whole for one page). Callers check the record is in scope before asking.
     */
    public Page<AuditEntry> timeline(String subjectType, Object subjectId, PageRequest page) {
        return links(subjectType, subjectId).page(page, jdbc, (rs, n) -> link(rs).entry());
    }

    private List<AuditChain.Link> chain(String subjectType, Object subjectId) {
        return links(subjectType, subjectId).on(jdbc).query((rs, n) -> link(rs)).list();
    }

    private static Query links(String subjectType, Object subjectId) {
        return Query.of("""
                SELECT id, occurred_at, actor, action, subject_type, subject_id, jurisdiction_code,
                       before_state::text AS before_state, after_state::text AS after_state, trace_id,
                       previous_hash, hash
                FROM audit_entry""")
                .where(Where.unscoped().and("subject_type = :type", "type", subjectType)
                        .and("subject_id = :id", "id", String.valueOf(subjectId)))
                .orderBy("seq");
    }

    private static AuditChain.Link link(ResultSet rs) throws SQLException {
        return new AuditChain.Link(new AuditEntry(rs.getObject("id", UUID.class),
                rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"), rs.getString("action"),
                rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("jurisdiction_code"),
                rs.getString("before_state"), rs.getString("after_state"), rs.getString("trace_id")),
                rs.getString("previous_hash"), rs.getString("hash"));
    }

    private String normalized(String json) {
        return json == null ? null
                : jdbc.sql("SELECT CAST(:json AS jsonb)::text").param("json", json).query(String.class).single();
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
