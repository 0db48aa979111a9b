package cn.incubator.grants.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One event sent (or being sent) to one webhook, with its attempts: the partner's delivery log. */
public record WebhookDelivery(UUID id, UUID webhookId, UUID eventId, String eventType, String status, int attempts,
        Instant nextAttemptAt, Integer lastStatus, String lastError, Instant createdAt, Instant deliveredAt,
        List<Attempt> log) {

    public record Attempt(int attempt, Instant attemptedAt, Integer statusCode, String error) {
    }
}
