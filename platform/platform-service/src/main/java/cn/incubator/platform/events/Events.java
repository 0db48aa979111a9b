package cn.incubator.platform.events;

import com.google.protobuf.Message;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes integration events through the transactional outbox: call it inside the transaction that makes the
 * change. The event is appended to {@code outbound_event} with that transaction, and subscribed services read it from
 * this service's feed ({@link EventFeedController}) at their own pace; the producer names no consumer. It is also
 * published in-process (after commit, through Spring Modulith's publication registry) for this service's own
 * {@code @ApplicationModuleListener}s.
 */
public class Events {

    private final ApplicationEventPublisher publisher;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final String source;

    public Events(ApplicationEventPublisher publisher, JdbcClient jdbc, JsonMapper json, Clock clock, String source) {
        this.publisher = publisher;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.source = source;
    }

    /**
     * @param jurisdiction   the 12-digit code of the organization's place
     * @param organizationId the organization the fact is about: the subject of every event
     * @param payload        the contract's message; its full name is the event type
     */
    public EventEnvelope publish(String jurisdiction, UUID organizationId, Message payload) {
        EventEnvelope event = new EventEnvelope(UUID.randomUUID(), EventPayloads.typeOf(payload),
                Instant.now(clock).truncatedTo(ChronoUnit.MICROS), source, jurisdiction, organizationId.toString(),
                EventPayloads.toJson(payload, json));
        jdbc.sql("""
                INSERT INTO outbound_event (event_id, event_type, occurred_at, jurisdiction, subject_id, payload)
                VALUES (:id, :type, :occurredAt, :jurisdiction, :subject, CAST(:payload AS jsonb))
                """)
                .param("id", event.id())
                .param("type", event.type())
                .param("occurredAt", Timestamp.from(event.occurredAt()))
                .param("jurisdiction", jurisdiction)
                .param("subject", event.subjectId())
                .param("payload", event.payload().toString())
                .update();
        publisher.publishEvent(event);
        return event;
    }
}
