package cn.incubator.platform.events;

import cn.incubator.platform.audit.AuditTrail;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.problem.NotFoundException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Replays a parked event (搁置的事件, {@link EventInbox#park}) once the cause of its failures is fixed: the handler runs
 * once more through the {@link EventInbox}, in one transaction with the removal of the parked row, so that the event
 * is recorded processed exactly once. A replay that fails again keeps the event parked, one attempt more and the new
 * error. A replay of an event already processed (replayed before, or by a concurrent replay: the parked row is locked
 * for the replay) changes nothing and says so. Each replay is recorded on the audit trail.
 */
public class ParkedEvents {

    private static final Logger log = LoggerFactory.getLogger(ParkedEvents.class);
    static final String SUBJECT = "parked-event";

    private final JdbcClient jdbc;
    private final EventInbox inbox;
    private final TransactionTemplate transactions;
    private final AuditTrail audit;
    private final JsonMapper json;

    public ParkedEvents(JdbcClient jdbc, EventInbox inbox, TransactionTemplate transactions, AuditTrail audit,
            JsonMapper json) {
        this.jdbc = jdbc;
        this.inbox = inbox;
        this.transactions = transactions;
        this.audit = audit;
        this.json = json;
    }

    /** What a replay did. */
    public enum Outcome {
        /** The handler ran and succeeded; the event is no longer parked. */
        PROCESSED,
        /** The event had been processed already (an earlier replay); nothing ran. */
        ALREADY_PROCESSED,
        /** The inbox refused the event (outside this node's subtree); it is no longer parked. */
        REFUSED,
        /** The handler failed again; the event stays parked. */
        STILL_PARKED
    }

    /**
     * The answer of a replay.
     *
     * @param eventId the event
     * @param type its type
     * @param outcome what the replay did
     * @param attempts the failed attempts so far (the poller's and the replays'); 0 once processed
     * @param error the last error while it stays parked, otherwise none
     */
    public record Replay(UUID eventId, String type, Outcome outcome, int attempts, String error) {
    }

    /**
     * Runs the handler of the parked event {@code id} once more.
     *
     * @throws NotFoundException when no such event is parked nor was ever processed here
     */
    public Replay replay(CurrentUser user, UUID id) {
        Replay replay;
        try {
            replay = transactions.execute(tx -> replayLocked(id));
        } catch (NotFoundException e) {
            throw e;
        } catch (RuntimeException e) {
            replay = transactions.execute(tx -> stillParked(id, e));
            log.warn("Replaying parked event {} failed again: {}", id, e.toString());
        }
        Replay done = replay;
        transactions.executeWithoutResult(tx -> {
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("type", done.type());
            after.put("outcome", done.outcome());
            after.put("attempts", done.attempts());
            if (done.error() != null) {
                after.put("error", done.error());
            }
            audit.record(user, "event.replayed", SUBJECT, id, null, null, after);
        });
        return done;
    }

    private Replay replayLocked(UUID id) {
        Optional<EventEnvelope> parked = jdbc.sql("""
                SELECT event_id, event_type, occurred_at, source, jurisdiction, subject_id, payload::text
                FROM parked_event WHERE event_id = :id FOR UPDATE
                """)
                .param("id", id)
                .query((rs, n) -> new EventEnvelope(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getString(5), rs.getString(6),
                        json.readTree(rs.getString(7))))
                .optional();
        if (parked.isEmpty()) {
            return jdbc.sql("SELECT event_type FROM processed_event WHERE event_id = :id")
                    .param("id", id)
                    .query(String.class)
                    .optional()
                    .map(type -> new Replay(id, type, Outcome.ALREADY_PROCESSED, 0, null))
                    .orElseThrow(() -> new NotFoundException(SUBJECT, id));
        }
        EventEnvelope event = parked.get();
        EventInbox.Outcome outcome = inbox.receive(event);
        jdbc.sql("DELETE FROM parked_event WHERE event_id = :id").param("id", id).update();
        return new Replay(id, event.type(), switch (outcome) {
            case PROCESSED -> Outcome.PROCESSED;
            case REFUSED -> Outcome.REFUSED;
            case DUPLICATE -> Outcome.ALREADY_PROCESSED;
            // the service no longer handles the type: nothing to replay it with
            case UNHANDLED, PARKED -> throw new IllegalStateException("No handler takes " + event.type() + " any more");
        }, 0, null);
    }

    private Replay stillParked(UUID id, RuntimeException failure) {
        String error = failure.toString();
        return jdbc.sql("""
                UPDATE parked_event SET attempts = attempts + 1, error = :error WHERE event_id = :id
                RETURNING event_type, attempts, error
                """)
                .param("id", id)
                .param("error", error.length() <= 1000 ? error : error.substring(0, 1000))
                .query((rs, n) -> new Replay(id, rs.getString(1), Outcome.STILL_PARKED, rs.getInt(2), rs.getString(3)))
                .optional()
                .orElseThrow(() -> failure);
    }
}
