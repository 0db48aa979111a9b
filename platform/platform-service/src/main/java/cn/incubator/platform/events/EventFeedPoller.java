package cn.incubator.platform.events;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.node.Node;
import cn.incubator.platform.rollup.NodeEndpoint;
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
 * <p>Events across nodes (issue 14): a producer runs at the configured address ({@code incubator.services.<producer>},
 * this node's own or its ancestor's) and on every node the central node directory lists for it
 * ({@link cn.incubator.platform.rollup.CentralNodeDirectory#feedsOf}, active or draining). Each is a feed of its own,
 * with its own position ({@code event_cursor} by type and producer node; {@code ''} for the configured address) and
 * status: one node that is down delays only its own events, which are delivered when it is back. A directory node is
 * read only when its subtree and this node's overlap, and one at the configured address is that feed, not another.
 *
 * <p>This service asks only for events inside its node's subtree ({@code jurisdiction}); the inbox still refuses any
 * other. An event whose handler fails {@code incubator.events.max-attempts} times in a row (5 by default) is parked
 * ({@link EventInbox#park}, listed by {@code /actuator/events}) and the position moves past it, so one bad event does
 * not block every later event of its type.
 */
public class EventFeedPoller {

    private static final Logger log = LoggerFactory.getLogger(EventFeedPoller.class);
    private static final int PAGE = 100;
    /** The producer node of the feed at the configured address, in {@code event_cursor}. */
    static final String CONFIGURED = "";

    private final EventSubscriptions subscriptions;
    private final EventInbox inbox;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final RestClient serviceClient;
    private final Environment environment;
    private final Clock clock;
    private final Node node;
    private final int maxAttempts;
    private final Function<String, List<NodeEndpoint>> producerNodes;
    private final Map<Feed, Status> statuses = new ConcurrentHashMap<>();
    /** Failed attempts of the event at the head of each feed; counting starts again after a restart. */
    private final Map<java.util.UUID, Integer> failures = new ConcurrentHashMap<>();

    /**
     * One feed read: an event type from one node of its producer service.
     *
     * @param node the producer node's name in the directory, {@link #CONFIGURED} for the configured address
     */
    record Feed(String type, String producer, String node, String address) {
    }

    /**
     * How a feed is doing, for {@code /actuator/events}: one per subscribed type and producer node.
     *
     * @param producerNode the directory's name of the node read, null for the configured address
     */
    public record Status(String type, String producer, String producerNode, String producerAddress,
            EventFeed.Position position, Instant lastReadAt, String lastError) {
    }

    public EventFeedPoller(EventSubscriptions subscriptions, EventInbox inbox, JdbcClient jdbc,
            TransactionTemplate transactions, RestClient serviceClient, Environment environment, Clock clock, Node node,
            int maxAttempts) {
        this(subscriptions, inbox, jdbc, transactions, serviceClient, environment, clock, node, maxAttempts,
                producer -> List.of());
    }

    /**
     * @param producerNodes the nodes the directory lists for a producer service (route name), each at that service's
     *                      HTTP base URL
     */
    public EventFeedPoller(EventSubscriptions subscriptions, EventInbox inbox, JdbcClient jdbc,
            TransactionTemplate transactions, RestClient serviceClient, Environment environment, Clock clock, Node node,
            int maxAttempts, Function<String, List<NodeEndpoint>> producerNodes) {
        this.subscriptions = subscriptions;
        this.inbox = inbox;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.serviceClient = serviceClient;
        this.environment = environment;
        this.clock = clock;
        this.node = node;
        this.maxAttempts = maxAttempts;
        this.producerNodes = producerNodes;
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
                log.warn("incubator.services.{} is not set: events {} are read only from the directory's nodes",
                        producer, type);
            }
        });
    }

    @Scheduled(fixedDelayString = "${incubator.events.poll-interval:1s}",
            initialDelayString = "${incubator.events.poll-interval:1s}")
    public void poll() {
        feeds().forEach(this::read);
    }

    /** Every feed read now, the configured address of each subscription first, then the directory's nodes by name. */
    List<Feed> feeds() {
        List<Feed> feeds = new ArrayList<>();
        subscriptions.subscriptions().forEach((type, producer) -> {
            String configured = address(producer);
            feeds.add(new Feed(type, producer, CONFIGURED, configured));
            Set<String> named = new HashSet<>();
            producerNodes.apply(producer).stream()
                    .filter(other -> overlaps(other.jurisdiction()))
                    .filter(other -> configured == null || !sameAddress(configured, other.target()))
                    .filter(other -> named.add(other.name()))
                    .sorted(Comparator.comparing(NodeEndpoint::name))
                    .forEach(other -> feeds.add(new Feed(type, producer, other.name(), other.target())));
        });
        return feeds;
    }

    public List<Status> statuses() {
        return feeds().stream()
                .map(feed -> statuses.getOrDefault(feed, new Status(feed.type(), feed.producer(), nodeName(feed),
                        feed.address(), position(feed), null, null)))
                .toList();
    }

    private boolean overlaps(Jurisdiction other) {
        return node.subtrees().stream().anyMatch(subtree -> subtree.contains(other) || other.contains(subtree));
    }

    private static boolean sameAddress(String a, String b) {
        return a.replaceAll("/+$", "").equalsIgnoreCase(b.replaceAll("/+$", ""));
    }

    private static String nodeName(Feed feed) {
        return CONFIGURED.equals(feed.node()) ? null : feed.node();
    }

    private void read(Feed feed) {
        String address = feed.address();
        String type = feed.type();
        EventFeed.Position position = position(feed);
        if (address == null) {
            statuses.put(feed, status(feed, position, null, "producer address not set"));
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
                    if (!take(feed, item)) {
                        statuses.put(feed, status(feed, position, Instant.now(clock),
                                "event " + item.event().id() + " failed " + failures.get(item.event().id())
                                        + " time(s); it is tried again"));
                        return;
                    }
                    position = item.position();
                }
            } while (page != null && page.items().size() == PAGE);
            statuses.put(feed, status(feed, position, Instant.now(clock), null));
        } catch (RuntimeException e) {
            Status before = statuses.get(feed);
            boolean sameAsBefore = before != null && e.toString().equals(before.lastError());
            (sameAsBefore ? log.atDebug() : log.atWarn()).log("Reading {} from {} ({} at {}) failed after position {}: {}",
                    type, feed.producer(), CONFIGURED.equals(feed.node()) ? "configured" : "node " + feed.node(),
                    address, position, e.toString());
            statuses.put(feed, status(feed, position, null, e.toString()));
        }
    }

    private static Status status(Feed feed, EventFeed.Position position, Instant readAt, String error) {
        return new Status(feed.type(), feed.producer(), nodeName(feed), feed.address(), position, readAt, error);
    }

    /**
     * Hands one event to the inbox and moves the position past it, in one transaction. When the handler fails, the
     * position stays before the event (tried again at the next poll), until it has failed {@code maxAttempts} times:
     * then it is parked and the position moves on. Answers whether the feed may be read on.
     */
    private boolean take(Feed feed, EventFeed.Item item) {
        String type = feed.type();
        EventEnvelope event = item.event();
        try {
            transactions.executeWithoutResult(tx -> {
                inbox.receive(event);
                advance(feed, item.position());
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
                advance(feed, item.position());
            });
            failures.remove(event.id());
            return true;
        }
    }

    private EventFeed.Position position(Feed feed) {
        return jdbc.sql("""
                SELECT after_tx, after_sequence FROM event_cursor WHERE event_type = :type AND producer_node = :node
                """)
                .param("type", feed.type())
                .param("node", feed.node())
                .query((rs, n) -> new EventFeed.Position(rs.getLong(1), rs.getLong(2)))
                .optional()
                .orElse(EventFeed.Position.START);
    }

    private void advance(Feed feed, EventFeed.Position position) {
        jdbc.sql("""
                INSERT INTO event_cursor (event_type, producer_node, producer, after_tx, after_sequence, updated_at)
                VALUES (:type, :node, :producer, :tx, :sequence, now())
                ON CONFLICT (event_type, producer_node) DO UPDATE
                SET producer = :producer, after_tx = :tx, after_sequence = :sequence, updated_at = now()
                """)
                .param("type", feed.type())
                .param("node", feed.node())
                .param("producer", feed.producer())
                .param("tx", position.tx())
                .param("sequence", position.sequence())
                .update();
    }

    private String address(String producer) {
        return environment.getProperty("incubator.services." + producer);
    }
}
