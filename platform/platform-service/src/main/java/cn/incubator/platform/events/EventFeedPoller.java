package cn.incubator.platform.events;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import cn.incubator.platform.node.Node;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Reads every subscribed feed ({@link EventSubscriptions}) from the producer's {@code GET /internal/events}, after the
 * position this service has reached ({@code event_cursor}), and hands each event to the {@link EventInbox}. The
 * inbox's work and the new position commit together, one event per transaction: a handler that fails leaves the
 * position before its event, which is read again at the next poll (at least once); the inbox skips an id it has seen
 * (exactly-once effects). A producer that is down, or this service restarting, only delays delivery: the producer
 * keeps its feed ({@code incubator.events.retention}) and this service its position.
 *
 * <p>This service asks only for events inside its node's subtree ({@code jurisdiction}); the inbox still refuses any
 * other. An event whose handler fails {@code incubator.events.max-attempts} times in a row (5 by default) is parked
 * ({@link EventInbox#park}, listed by {@code /actuator/events}) and the position moves past it, so one bad event does
 * not block every later event of its type.
 */
public class EventFeedPoller {

    private static final Logger log = LoggerFactory.getLogger(EventFeedPoller.class);
    private static final int PAGE = 100;

    private final EventSubscriptions subscriptions;
    private final EventInbox inbox;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final RestClient serviceClient;
    private final Environment environment;
    private final Clock clock;
    private final Node node;
    private final int maxAttempts;
    private final Map<String, Status> statuses = new ConcurrentHashMap<>();
    /** Failed attempts of the event at the head of each feed; counting starts again after a restart. */
    private final Map<java.util.UUID, Integer> failures = new ConcurrentHashMap<>();

    /** How a subscription is doing, for {@code /actuator/events}. */
    public record Status(String type, String producer, String producerAddress, EventFeed.Position position,
            Instant lastReadAt, String lastError) {
    }

    public EventFeedPoller(EventSubscriptions subscriptions, EventInbox inbox, JdbcClient jdbc,
            TransactionTemplate transactions, RestClient serviceClient, Environment environment, Clock clock, Node node,
            int maxAttempts) {
        this.subscriptions = subscriptions;
        this.inbox = inbox;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.serviceClient = serviceClient;
        this.environment = environment;
        this.clock = clock;
        this.node = node;
        this.maxAttempts = maxAttempts;
        requireHandlersMatchSubscriptions();
    }

    /** A subscription without a handler, or a handler without a subscription, stops the service from starting. */
    private void requireHandlersMatchSubscriptions() {
        for (String type : subscriptions.subscriptions().keySet()) {
            if (!inbox.handles(type)) {
                throw new IllegalStateException("incubator.events.subscriptions names " + type
                        + ", but no EventHandler takes it");
            }
        }
        for (String type : inbox.handledTypes()) {
            if (!subscriptions.subscriptions().containsKey(type)) {
                throw new IllegalStateException("An EventHandler takes " + type
                        + ", but incubator.events.subscriptions does not name its producer");
            }
        }
        subscriptions.subscriptions().forEach((type, producer) -> {
            if (address(producer) == null) {
                log.warn("incubator.services.{} is not set: events {} are not read until it is", producer, type);
            }
        });
    }

    @Scheduled(fixedDelayString = "${incubator.events.poll-interval:1s}",
            initialDelayString = "${incubator.events.poll-interval:1s}")
    public void poll() {
        subscriptions.subscriptions().forEach(this::read);
    }

    public List<Status> statuses() {
        return subscriptions.subscriptions().entrySet().stream()
                .map(s -> statuses.getOrDefault(s.getKey(), new Status(s.getKey(), s.getValue(),
                        address(s.getValue()), position(s.getKey()), null, null)))
                .toList();
    }

    private void read(String type, String producer) {
        String address = address(producer);
        EventFeed.Position position = position(type);
        if (address == null) {
            statuses.put(type, new Status(type, producer, null, position, null, "producer address not set"));
            return;
        }
        try {
            EventFeed.Page page;
            do {
                page = serviceClient.get()
                        .uri(UriComponentsBuilder.fromUri(URI.create(address)).path(EventFeedController.PATH)
                                .queryParam("type", type)
                                .queryParam("afterTx", position.tx())
                                .queryParam("afterSequence", position.sequence())
                                .queryParam("limit", PAGE)
                                .queryParam("jurisdiction", node.subtrees().stream().map(subtree -> subtree.code()).toArray())
                                .build().toUri())
                        .retrieve()
                        .body(EventFeed.Page.class);
                for (EventFeed.Item item : page == null ? List.<EventFeed.Item>of() : page.items()) {
                    if (!take(type, producer, item)) {
                        statuses.put(type, new Status(type, producer, address, position, Instant.now(clock),
                                "event " + item.event().id() + " failed " + failures.get(item.event().id())
                                        + " time(s); it is tried again"));
                        return;
                    }
                    position = item.position();
                }
            } while (page != null && page.items().size() == PAGE);
            statuses.put(type, new Status(type, producer, address, position, Instant.now(clock), null));
        } catch (RuntimeException e) {
            Status before = statuses.get(type);
            boolean sameAsBefore = before != null && e.toString().equals(before.lastError());
            (sameAsBefore ? log.atDebug() : log.atWarn()).log("Reading {} from {} ({}) failed after position {}: {}",
                    type, producer, address, position, e.toString());
            statuses.put(type, new Status(type, producer, address, position, null, e.toString()));
        }
    }

    /**
     * Hands one event to the inbox and moves the position past it, in one transaction. When the handler fails, the
     * position stays before the event (tried again at the next poll), until it has failed {@code maxAttempts} times:
     * then it is parked and the position moves on. Answers whether the feed may be read on.
     */
    private boolean take(String type, String producer, EventFeed.Item item) {
        EventEnvelope event = item.event();
        try {
            transactions.executeWithoutResult(tx -> {
                inbox.receive(event);
                advance(type, producer, item.position());
            });
            failures.remove(event.id());
            return true;
        } catch (RuntimeException e) {
            int attempts = failures.merge(event.id(), 1, Integer::sum);
            if (attempts < maxAttempts) {
                log.warn("Handling {} {} failed (attempt {} of {}): {}", type, event.id(), attempts, maxAttempts,
                        e.toString());
                return false;
            }
            log.error("Handling {} {} failed {} times; parked (see /actuator/events): {}", type, event.id(), attempts,
                    e.toString());
            transactions.executeWithoutResult(tx -> {
                inbox.park(event, attempts, e.toString());
                advance(type, producer, item.position());
            });
            failures.remove(event.id());
            return true;
        }
    }

    private EventFeed.Position position(String type) {
        return jdbc.sql("SELECT after_tx, after_sequence FROM event_cursor WHERE event_type = :type")
                .param("type", type)
                .query((rs, n) -> new EventFeed.Position(rs.getLong(1), rs.getLong(2)))
                .optional()
                .orElse(EventFeed.Position.START);
    }

    private void advance(String type, String producer, EventFeed.Position position) {
        jdbc.sql("""
                INSERT INTO event_cursor (event_type, producer, after_tx, after_sequence, updated_at)
                VALUES (:type, :producer, :tx, :sequence, now())
                ON CONFLICT (event_type) DO UPDATE
                SET producer = :producer, after_tx = :tx, after_sequence = :sequence, updated_at = now()
                """)
                .param("type", type)
                .param("producer", producer)
                .param("tx", position.tx())
                .param("sequence", position.sequence())
                .update();
    }

    private String address(String producer) {
        return environment.getProperty("incubator.services." + producer);
    }
}
