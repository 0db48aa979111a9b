package cn.incubator.platform.events;

import cn.incubator.platform.node.Node;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code GET /actuator/events}: what this service publishes (count and last position per type), how far it has read
 * each feed it subscribes to, what its inbox did (processed, refused and parked per type), the latest refusals with
 * their reason, and the latest parked events with their error. Operators and the system tests read delivery here instead of in the databases.
 */
@Endpoint(id = "events")
public class EventsEndpoint {

    private static final int LATEST_REFUSALS = 50;

    private final Node node;
    private final EventFeed feed;
    private final EventFeedPoller poller;
    private final JdbcClient jdbc;

    public EventsEndpoint(Node node, EventFeed feed, EventFeedPoller poller, JdbcClient jdbc) {
        this.node = node;
        this.feed = feed;
        this.poller = poller;
        this.jdbc = jdbc;
    }

    public record Report(String node, String nodeJurisdiction, Map<String, EventFeed.Published> published,
            List<EventFeedPoller.Status> subscriptions, Map<String, Map<String, Long>> inbox,
            List<Refusal> refused, List<Parked> parked) {
    }

    /** An event whose handler kept failing, set aside so that later events flow ({@link EventInbox#park}). */
    public record Parked(UUID eventId, String type, String source, String jurisdiction, int attempts, String error,
            Instant parkedAt) {
    }

    public record Refusal(UUID eventId, String type, String source, String jurisdiction, String reason,
            Instant refusedAt) {
    }

    @ReadOperation
    public Report events() {
        Map<String, Map<String, Long>> inbox = new java.util.TreeMap<>();
        jdbc.sql("SELECT event_type, outcome, count(*) FROM processed_event GROUP BY event_type, outcome")
                .query((rs, n) -> inbox.computeIfAbsent(rs.getString(1), t -> new java.util.TreeMap<>())
                        .put(rs.getString(2), rs.getLong(3)))
                .list();
        List<Refusal> refused = jdbc.sql("""
                SELECT event_id, event_type, source, jurisdiction, reason, processed_at FROM processed_event
                WHERE outcome = 'REFUSED' ORDER BY processed_at DESC LIMIT :limit
                """)
                .param("limit", LATEST_REFUSALS)
                .query((rs, n) -> new Refusal(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant()))
                .list();
        List<Parked> parked = jdbc.sql("""
                SELECT event_id, event_type, source, jurisdiction, attempts, error, parked_at FROM parked_event
                ORDER BY parked_at DESC LIMIT :limit
                """)
                .param("limit", LATEST_REFUSALS)
                .query((rs, n) -> new Parked(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getInt(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
                .list();
        return new Report(node.name(), node.codes(), feed.published(), poller.statuses(), inbox, refused,
                parked);
    }
}
