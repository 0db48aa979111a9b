package cn.incubator.grants.webhook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Webhooks and their deliveries; a partner reads only its own. */
@Repository
class WebhookRepository {

    private static final String DELIVERY_COLUMNS = """
            id, webhook_id, event_id, event_type, status, attempts, next_attempt_at, last_status, last_error,
            created_at, delivered_at""";

    private final JdbcClient jdbc;

    WebhookRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Webhook webhook, String secret) {
        jdbc.sql("""
                INSERT INTO webhook (id, partner_id, url, secret, created_by, created_at)
                VALUES (:id, :partnerId, :url, :secret, :createdBy, :createdAt)
                """)
                .param("id", webhook.id())
                .param("partnerId", webhook.partnerId())
                .param("url", webhook.url())
                .param("secret", secret)
                .param("createdBy", webhook.createdBy())
                .param("createdAt", Timestamp.from(webhook.createdAt()))
                .update();
    }

    Optional<Webhook> find(UUID id, String partnerId) {
        return jdbc.sql("SELECT id, partner_id, url, created_by, created_at FROM webhook"
                        + " WHERE id = :id AND partner_id = :partner")
                .param("id", id)
                .param("partner", partnerId)
                .query(WebhookRepository::webhook)
                .optional();
    }

    List<Webhook> ofPartner(String partnerId) {
        return jdbc.sql("SELECT id, partner_id, url, created_by, created_at FROM webhook"
                        + " WHERE partner_id = :partner ORDER BY created_at")
                .param("partner", partnerId)
                .query(WebhookRepository::webhook)
                .list();
    }

    /** Queues the event for every webhook of every partner co-funding the programme. */
    int enqueue(UUID programmeId, UUID eventId, String type, String payload, Instant now) {
        return jdbc.sql("""
                INSERT INTO webhook_delivery (id, webhook_id, event_id, event_type, payload, status, next_attempt_at,
                                              created_at)
                SELECT gen_random_uuid(), w.id, :eventId, :type, :payload, 'PENDING', :now, :now
                FROM webhook w
                WHERE w.partner_id IN (SELECT partner_id FROM programme_funding
                                       WHERE programme_id = :programme AND partner_id IS NOT NULL)
                """)
                .param("programme", programmeId)
                .param("eventId", eventId)
                .param("type", type)
                .param("payload", payload)
                .param("now", Timestamp.from(now))
                .update();
    }

    /** A delivery due now, with what sending it needs. */
    record Due(UUID id, UUID eventId, String eventType, String payload, int attempts, String url, String secret,
            Instant createdAt) {
    }

    /**
     * Claims up to {@code limit} due deliveries by pushing their next attempt past the lease, so a second dispatcher
     * (another instance) skips them while this one sends; a crash leaves them due again after the lease.
     */
    List<Due> claimDue(Instant now, Instant leaseUntil, int limit) {
        return jdbc.sql("""
                UPDATE webhook_delivery d SET next_attempt_at = :lease
                FROM webhook w
                WHERE w.id = d.webhook_id AND d.id IN (
                    SELECT id FROM webhook_delivery WHERE status = 'PENDING' AND next_attempt_at <= :now
                    ORDER BY next_attempt_at LIMIT :limit FOR UPDATE SKIP LOCKED)
                RETURNING d.id, d.event_id, d.event_type, d.payload, d.attempts, w.url, w.secret, d.created_at
                """)
                .param("now", Timestamp.from(now))
                .param("lease", Timestamp.from(leaseUntil))
                .param("limit", limit)
                .query((rs, n) -> new Due(rs.getObject("id", UUID.class), rs.getObject("event_id", UUID.class),
                        rs.getString("event_type"), rs.getString("payload"), rs.getInt("attempts"),
                        rs.getString("url"), rs.getString("secret"), instant(rs, "created_at")))
                .list();
    }

    /**
     * Records one attempt and what follows: delivered, another try at {@code nextAttempt}, or given up when that is
     * {@code null} after a failure.
     */
    void recordAttempt(UUID deliveryId, int attempt, Instant at, Integer statusCode, String error, boolean delivered,
            Instant nextAttempt) {
        jdbc.sql("""
                INSERT INTO webhook_attempt (delivery_id, attempt, attempted_at, status_code, error)
                VALUES (:id, :attempt, :at, :status, :error)
                """)
                .param("id", deliveryId)
                .param("attempt", attempt)
                .param("at", Timestamp.from(at))
                .param("status", statusCode)
                .param("error", error)
                .update();
        jdbc.sql("""
                UPDATE webhook_delivery SET attempts = :attempt, last_status = :status, last_error = :error,
                       status = :state, delivered_at = :deliveredAt, next_attempt_at = :next
                WHERE id = :id
                """)
                .param("id", deliveryId)
                .param("attempt", attempt)
                .param("status", statusCode)
                .param("error", error)
                .param("state", delivered ? "DELIVERED" : nextAttempt == null ? "FAILED" : "PENDING")
                .param("deliveredAt", delivered ? Timestamp.from(at) : null)
                .param("next", Timestamp.from(nextAttempt == null ? at : nextAttempt))
                .update();
    }

    List<WebhookDelivery> deliveries(UUID webhookId) {
        List<WebhookDelivery> deliveries = jdbc.sql("SELECT " + DELIVERY_COLUMNS
                        + " FROM webhook_delivery WHERE webhook_id = :w ORDER BY created_at DESC, id LIMIT 200")
                .param("w", webhookId)
                .query((rs, n) -> new WebhookDelivery(rs.getObject("id", UUID.class),
                        rs.getObject("webhook_id", UUID.class), rs.getObject("event_id", UUID.class),
                        rs.getString("event_type"), rs.getString("status"), rs.getInt("attempts"),
                        instant(rs, "next_attempt_at"), (Integer) rs.getObject("last_status"),
                        rs.getString("last_error"), instant(rs, "created_at"), instant(rs, "delivered_at"),
                        List.of()))
                .list();
        return deliveries.stream().map(d -> new WebhookDelivery(d.id(), d.webhookId(), d.eventId(), d.eventType(),
                d.status(), d.attempts(), d.nextAttemptAt(), d.lastStatus(), d.lastError(), d.createdAt(),
                d.deliveredAt(), attempts(d.id()))).toList();
    }

    private List<WebhookDelivery.Attempt> attempts(UUID deliveryId) {
        return jdbc.sql("""
                SELECT attempt, attempted_at, status_code, error FROM webhook_attempt
                WHERE delivery_id = :d ORDER BY attempt
                """)
                .param("d", deliveryId)
                .query((rs, n) -> new WebhookDelivery.Attempt(rs.getInt("attempt"), instant(rs, "attempted_at"),
                        (Integer) rs.getObject("status_code"), rs.getString("error")))
                .list();
    }

    private static Webhook webhook(ResultSet rs, int n) throws SQLException {
        return new Webhook(rs.getObject("id", UUID.class), rs.getString("partner_id"), rs.getString("url"),
                rs.getString("created_by"), instant(rs, "created_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
