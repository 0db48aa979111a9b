package cn.incubator.platform.events;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.rollup.NodeEndpoint;
import cn.incubator.platform.node.Node;
import com.google.protobuf.Message;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes events from the feeds this service subscribes to and hands each to its handler exactly once: the event id is
 * recorded in {@code processed_event} in the handler's transaction, and an id seen before is skipped. An event whose
 * jurisdiction lies outside this node's subtree is refused, not handled: the refusal is recorded with its reason
 * (a {@code processed_event} row with outcome {@code REFUSED}, shown by {@code /actuator/events}), logged, and
 * counted ({@code incubator.events.inbox{outcome=refused}}). So is an event of a place that a deeper node running this
 * service owns ({@value #ANOTHER_NODE}): a street node's own consumer takes its street's events, and this one, whose
 * subtree holds that street, leaves them to it rather than handling them a second time.
 */
public class EventInbox {

    private static final Logger log = LoggerFactory.getLogger(EventInbox.class);

    /** What the inbox did with an event. */
    public enum Outcome { PROCESSED, DUPLICATE, REFUSED, UNHANDLED, PARKED }

    static final String OUTSIDE_NODE = "outside-node";
    static final String INVALID_JURISDICTION = "invalid-jurisdiction";
    static final String ANOTHER_NODE = "another-node";

    private final JdbcClient jdbc;
    private final Node node;
    private final MeterRegistry meters;
    private final Map<String, EventHandler<?>> handlers;
    private final Function<Jurisdiction, String> deeperOwner;

    public EventInbox(JdbcClient jdbc, Node node, MeterRegistry meters, List<EventHandler<?>> handlers) {
        this(jdbc, node, meters, handlers, place -> null);
    }

    /**
     * @param deeperOwner the name of the node below this one that runs this service and owns a place, or {@code null}
     *                    when this node owns it ({@link #deeperOwner(Node, List, Jurisdiction)})
     */
    public EventInbox(JdbcClient jdbc, Node node, MeterRegistry meters, List<EventHandler<?>> handlers,
            Function<Jurisdiction, String> deeperOwner) {
        this.jdbc = jdbc;
        this.node = node;
        this.meters = meters;
        this.handlers = handlers.stream().collect(Collectors.toMap(EventHandler::type, Function.identity()));
        this.deeperOwner = deeperOwner;
    }

    /**
     * The node among {@code serving} (the active nodes running this service) that owns {@code place} below
     * {@code node}: its subtree holds the place and lies strictly inside the subtree of {@code node} that does. The
     * deepest such node wins (longest prefix); {@code null} when none.
     */
    public static String deeperOwner(Node node, List<NodeEndpoint> serving, Jurisdiction place) {
        return serving.stream()
                .filter(other -> !other.name().equals(node.name()))
                .filter(other -> other.jurisdiction().contains(place))
                .filter(other -> node.subtrees().stream().anyMatch(own -> own.contains(other.jurisdiction())
                        && !own.equals(other.jurisdiction())))
                .max(java.util.Comparator.comparingInt(other -> other.jurisdiction().significantPrefix().length()))
                .map(NodeEndpoint::name)
                .orElse(null);
    }

    public boolean handles(String type) {
        return handlers.containsKey(type);
    }

    public java.util.Set<String> handledTypes() {
        return handlers.keySet();
    }

    @Transactional
    public Outcome receive(EventEnvelope event) {
        EventHandler<?> handler = handlers.get(event.type());
        if (handler == null) {
            return count(event, Outcome.UNHANDLED);
        }
        String refusal = refusal(event);
        int recorded = jdbc.sql("""
                INSERT INTO processed_event (event_id, event_type, processed_at, outcome, reason, source, jurisdiction)
                VALUES (:id, :type, now(), :outcome, :reason, :source, :jurisdiction)
                ON CONFLICT (event_id) DO NOTHING
                """)
                .param("id", event.id())
                .param("type", event.type())
                .param("outcome", refusal == null ? Outcome.PROCESSED.name() : Outcome.REFUSED.name())
                .param("reason", refusal)
                .param("source", event.source())
                .param("jurisdiction", truncate(event.jurisdiction()))
                .update();
        if (recorded == 0) {
            return count(event, Outcome.DUPLICATE);
        }
        if (refusal != null) {
            log.warn("Refused event {} {} from {}: {} (jurisdiction {}, node {} serves {})", event.type(), event.id(),
                    event.source(), refusal, event.jurisdiction(), node.name(), node.codes());
            return count(event, Outcome.REFUSED);
        }
        handle(handler, event);
        return count(event, Outcome.PROCESSED);
    }

    /**
     * Sets aside an event whose handler kept failing, whole, with the last error: counted
     * ({@code incubator.events.inbox{outcome=parked}}) and listed by {@code /actuator/events}.
     */
    @Transactional
    public void park(EventEnvelope event, int attempts, String error) {
        jdbc.sql("""
                INSERT INTO parked_event (event_id, event_type, source, jurisdiction, subject_id, occurred_at, payload,
                                          attempts, error, parked_at)
                VALUES (:id, :type, :source, :jurisdiction, :subject, :occurredAt, CAST(:payload AS jsonb), :attempts,
                        :error, now())
                ON CONFLICT (event_id) DO UPDATE SET attempts = :attempts, error = :error, parked_at = now()
                """)
                .param("id", event.id())
                .param("type", event.type())
                .param("source", event.source())
                .param("jurisdiction", truncate(event.jurisdiction()))
                .param("subject", event.subjectId() == null ? null : event.subjectId().substring(0,
                        Math.min(100, event.subjectId().length())))
                .param("occurredAt", java.sql.Timestamp.from(event.occurredAt()))
                .param("payload", event.payload().toString())
                .param("attempts", attempts)
                .param("error", error.length() <= 1000 ? error : error.substring(0, 1000))
                .update();
        count(event, Outcome.PARKED);
    }

    private String refusal(EventEnvelope event) {
        if (event.jurisdiction() == null) {
            return INVALID_JURISDICTION;
        }
        Jurisdiction place;
        try {
            place = Jurisdiction.of(event.jurisdiction());
        } catch (IllegalArgumentException e) {
            return INVALID_JURISDICTION;
        }
        if (!node.serves(place)) {
            return OUTSIDE_NODE;
        }
        return deeperOwner.apply(place) == null ? null : ANOTHER_NODE;
    }

    private static <T extends Message> void handle(EventHandler<T> handler, EventEnvelope event) {
        handler.handle(event, EventPayloads.read(event, handler.prototype()));
    }

    private Outcome count(EventEnvelope event, Outcome outcome) {
        Counter.builder("incubator.events.inbox")
                .description("Events taken by the inbox, by type and outcome")
                .tag("type", event.type())
                .tag("outcome", outcome.name().toLowerCase(java.util.Locale.ROOT))
                .register(meters)
                .increment();
        return outcome;
    }

    private static String truncate(String value) {
        return value == null || value.length() <= 100 ? value : value.substring(0, 100);
    }
}
