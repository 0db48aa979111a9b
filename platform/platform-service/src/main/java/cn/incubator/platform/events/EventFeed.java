package cn.incubator.platform.events;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.sql.ReadOnly;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * This service's published events, read in order by the services that subscribe to them. A position is
 * {@code (tx, sequence)}; only events of transactions older than every transaction still running are served, so an
 * event committed later always sorts after every position already handed out, and no consumer skips it.
 */
public class EventFeed {

    /** Visible rows only: written by transactions that no running transaction predates. */
    private static final String SETTLED = "tx < pg_snapshot_xmin(pg_current_snapshot())";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final String source;
    private final Clock clock;
    private final Duration retention;

    public EventFeed(JdbcClient jdbc, JsonMapper json, String source, Clock clock, Duration retention) {
        this.jdbc = jdbc;
        this.json = json;
        this.source = source;
        this.clock = clock;
        this.retention = retention;
    }

    /** A position in a feed: after the event written by transaction {@code tx} with {@code sequence}. */
    public record Position(long tx, long sequence) implements Comparable<Position> {

        public static final Position START = new Position(0, 0);

        @Override
        public int compareTo(Position other) {
            int byTx = Long.compare(tx, other.tx);
            return byTx != 0 ? byTx : Long.compare(sequence, other.sequence);
        }
    }

    public record Item(Position position, EventEnvelope event) {
    }

    public record Page(List<Item> items) {
    }

    /** What this service has published of one type: how many, and the position of the last one. */
    public record Published(long count, Position last) {
    }

    @ReadOnly
    public Page after(String type, Position after, int limit) {
        return after(type, after, limit, List.of());
    }

    /** The events of {@code type} after a position inside one subtree (null: all). */
    @ReadOnly
    public Page after(String type, Position after, int limit, Jurisdiction within) {
        return after(type, after, limit, within == null ? List.of() : List.of(within));
    }

    /**
     * The events of {@code type} after a position, in order; with {@code within}, only those whose jurisdiction lies
     * in one of those subtrees (what a node subscribes to: the subtrees it serves). Null or empty means all.
     */
    @ReadOnly
    public Page after(String type, Position after, int limit, List<Jurisdiction> within) {
        List<String> prefixes = within == null || within.isEmpty() ? List.of("%")
                : within.stream().map(subtree -> subtree.significantPrefix() + "%").toList();
        List<Item> items = jdbc.sql("""
                SELECT tx::text::bigint AS tx, sequence, event_id, event_type, occurred_at, jurisdiction, subject_id,
                       payload::text AS payload
                FROM outbound_event
                WHERE event_type = :type AND (tx, sequence) > (CAST(CAST(:afterTx AS text) AS xid8), :afterSequence)
                  AND jurisdiction LIKE ANY (CAST(:prefixes AS text[])) AND %s
                ORDER BY tx, sequence
                LIMIT :limit
                """.formatted(SETTLED))
                .param("type", type)
                .param("afterTx", after.tx())
                .param("afterSequence", after.sequence())
                .param("prefixes", prefixes.toArray(String[]::new))
                .param("limit", limit)
                .query((rs, n) -> item(rs))
                .list();
        return new Page(items);
    }

    /**
     * Removes the events that occurred before {@code before}: the feed is kept for a retention period
     * ({@code incubator.events.retention}), long enough for any subscriber that is down to catch up. Answers how many.
     */
    @Scheduled(fixedDelayString = "${incubator.events.prune-interval:1h}",
            initialDelayString = "${incubator.events.prune-interval:1h}")
    public void pruneExpired() {
        prune(clock.instant().minus(retention));
    }

    @Transactional
    public int prune(Instant before) {
        return jdbc.sql("DELETE FROM outbound_event WHERE occurred_at < :before AND " + SETTLED)
                .param("before", java.sql.Timestamp.from(before))
                .update();
    }

    @ReadOnly
    public Map<String, Published> published() {
        Map<String, Published> published = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT DISTINCT ON (event_type) event_type, count(*) OVER (PARTITION BY event_type) AS published,
                       tx::text::bigint AS tx, sequence
                FROM outbound_event
                WHERE %s
                ORDER BY event_type, tx DESC, sequence DESC
                """.formatted(SETTLED))
                .query((rs, n) -> published.put(rs.getString("event_type"), new Published(rs.getLong("published"),
                        new Position(rs.getLong("tx"), rs.getLong("sequence")))))
                .list();
        return published;
    }

    private Item item(ResultSet rs) throws SQLException {
        return new Item(new Position(rs.getLong("tx"), rs.getLong("sequence")), new EventEnvelope(
                rs.getObject("event_id", UUID.class), rs.getString("event_type"),
                rs.getTimestamp("occurred_at").toInstant(), source, rs.getString("jurisdiction"),
                rs.getString("subject_id"), json.readTree(rs.getString("payload"))));
    }
}
