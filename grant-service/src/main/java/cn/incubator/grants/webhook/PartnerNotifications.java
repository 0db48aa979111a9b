package cn.incubator.grants.webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tells the partners co-funding a programme that something happened to it ("award.made", "report.approved"): the
 * deliveries are written in the caller's transaction, so an event is queued exactly when the change commits, and
 * {@link WebhookDispatcher} sends them later.
 */
@Component
public class PartnerNotifications {

    private final WebhookRepository webhooks;
    private final JsonMapper json;
    private final Clock clock;

    PartnerNotifications(WebhookRepository webhooks, JsonMapper json, Clock clock) {
        this.webhooks = webhooks;
        this.json = json;
        this.clock = clock;
    }

    /** @return the event id (the same for every webhook it goes to) */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID notify(UUID programmeId, String type, Map<String, ?> data) {
        UUID eventId = UUID.randomUUID();
        Instant now = Instant.now(clock);
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", eventId);
        event.put("type", type);
        event.put("occurredAt", now.toString());
        event.put("data", data);
        webhooks.enqueue(programmeId, eventId, type, json.writeValueAsString(event), now);
        return eventId;
    }
}
