package cn.incubator.platform.events;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes integration events through the transactional outbox: call it inside the transaction that makes the
 * change; Spring Modulith's event publication registry stores the event with that transaction and
 * {@link EventForwarder} delivers it after commit, again and again until every subscriber has taken it.
 */
public class Events {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final ApplicationEventPublisher publisher;
    private final JsonMapper json;
    private final Clock clock;
    private final String source;

    public Events(ApplicationEventPublisher publisher, JsonMapper json, Clock clock, String source) {
        this.publisher = publisher;
        this.json = json;
        this.clock = clock;
        this.source = source;
    }

    public EventEnvelope publish(String type, String jurisdiction, Object subjectId, Object payload) {
        EventEnvelope event = new EventEnvelope(UUID.randomUUID(), type, Instant.now(clock), source, jurisdiction,
                String.valueOf(subjectId), json.convertValue(payload, MAP));
        publisher.publishEvent(event);
        return event;
    }
}
