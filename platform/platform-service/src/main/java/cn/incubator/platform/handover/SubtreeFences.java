package cn.incubator.platform.handover;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.node.Node;
import cn.incubator.platform.problem.OutsideNodeException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The fences of subtrees this node hands over ({@code subtree_fence}): while FENCED, writes to the subtree answer 503
 * with Retry-After ({@code subtree-fenced}); once HANDED_OVER, a write that still reaches this node (the gateway has not
 * read the switched directory yet) answers 503 {@code subtree-moved} with Retry-After for {@link #MOVING}, so that its
 * retry lands on the new node; after that it is refused as outside-node, as for any place another node serves.
 *
 * <p>A write checks the fence inside its own transaction under a shared advisory lock, which it holds until it commits;
 * raising a fence takes the same lock exclusively. So raising a fence waits for every write already past its check to
 * commit, and no write that checked before the fence can commit after the export began.
 */
public class SubtreeFences {

    /** The advisory lock key ("handover" in ASCII, as a number) that serializes fencing against writes. */
    static final long LOCK = 0x68616e646f766572L;

    /**
     * How long after the switch a write that still reaches this node is answered 503 (retry) rather than refused: the
     * gateway reads the directory every 3 s, so a retry lands on the new node well within it.
     */
    static final Duration MOVING = Duration.ofSeconds(60);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Node node;
    private final Clock clock;

    public SubtreeFences(JdbcClient jdbc, TransactionTemplate transactions, Node node, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.node = node;
        this.clock = clock;
    }

    /** Called by every scoped write (DataScope#requireWritable) inside the write's transaction. */
    public void requireWritable(Jurisdiction target) {
        jdbc.sql("SELECT pg_advisory_xact_lock_shared(:lock)::text").param("lock", LOCK).query(String.class).single();
        Instant now = Instant.now(clock);
        jdbc.sql("""
                SELECT state, node, handed_over_at FROM subtree_fence WHERE :code LIKE prefix || '%'
                ORDER BY length(prefix) DESC LIMIT 1
                """)
                .param("code", target.code())
                .query((rs, n) -> {
                    if (!"HANDED_OVER".equals(rs.getString("state"))) {
                        throw new SubtreeFencedException(target, rs.getString("node"));
                    }
                    Timestamp handedOverAt = rs.getTimestamp("handed_over_at");
                    if (handedOverAt != null && handedOverAt.toInstant().plus(MOVING).isAfter(now)) {
                        throw new SubtreeMovedException(target, rs.getString("node"));
                    }
                    throw new OutsideNodeException(target, node);
                })
                .optional();
    }

    /**
     * Fences the subtree for the node taking it over, once every write in flight has committed. Fencing again is a
     * no-op; a subtree already handed over stays so.
     *
     * @return when the fence went up (the first time)
     */
    public Instant fence(Jurisdiction subtree, String newNode) {
        return transactions.execute(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(:lock)::text").param("lock", LOCK).query(String.class).single();
            jdbc.sql("""
                    INSERT INTO subtree_fence (jurisdiction_code, prefix, state, node, fenced_at)
                    VALUES (:code, :prefix, 'FENCED', :node, :at)
                    ON CONFLICT (jurisdiction_code) DO NOTHING
                    """)
                    .param("code", subtree.code())
                    .param("prefix", subtree.significantPrefix())
                    .param("node", newNode)
                    .param("at", Timestamp.from(Instant.now(clock)))
                    .update();
            return jdbc.sql("SELECT fenced_at FROM subtree_fence WHERE jurisdiction_code = :code")
                    .param("code", subtree.code()).query(Timestamp.class).single().toInstant();
        });
    }

    /** The new node owns the subtree: the fence turns into a refusal (outside-node). */
    public void handOver(Jurisdiction subtree) {
        int changed = jdbc.sql("""
                UPDATE subtree_fence SET state = 'HANDED_OVER', handed_over_at = COALESCE(handed_over_at, :at)
                WHERE jurisdiction_code = :code
                """)
                .param("code", subtree.code())
                .param("at", Timestamp.from(Instant.now(clock)))
                .update();
        if (changed == 0) {
            throw new IllegalStateException("Subtree " + subtree.code() + " was never fenced");
        }
    }

    /** A handover given up before the switch: the subtree is writable here again. */
    public void lift(Jurisdiction subtree) {
        jdbc.sql("DELETE FROM subtree_fence WHERE jurisdiction_code = :code AND state = 'FENCED'")
                .param("code", subtree.code()).update();
    }
}
