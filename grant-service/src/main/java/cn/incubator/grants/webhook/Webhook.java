package cn.incubator.grants.webhook;

import java.time.Instant;
import java.util.UUID;

/** A partner's registered endpoint (the secret is never part of it once registered). */
public record Webhook(UUID id, String partnerId, String url, String createdBy, Instant createdAt) {
}
