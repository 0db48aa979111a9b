package cn.incubator.registry.node;

import java.time.Duration;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The registry's copy of its own node directory (节点目录) for federated reads: every list or search of a place that may
 * hold street nodes asks which nodes to ask, so the copy spares each of them the directory's round trips (the version,
 * the nodes, the transaction's end: three of a search's five before it was kept).
 *
 * <ul>
 *   <li>A change this registry commits ({@link #changed}) drops the copy: the next read reads the nodes again, so a
 *       node registered, drained or removed here is asked, or no longer asked, from the next request on.</li>
 *   <li>Otherwise the copy is checked at most every {@code check} by the directory's version alone, and the nodes are
 *       read again only when it moved: another registry instance's change shows within that interval (the other
 *       services' copies follow the registry's on a 3 s clock).</li>
 * </ul>
 * The version is read before the nodes, so a change committed between the two reads leaves a copy older than its
 * nodes, never newer: the next check reads them again.
 */
final class DirectoryCopy {

    private record Copy(long version, List<TierNode> nodes, long checkedAt) {
    }

    private final LongSupplier version;
    private final Supplier<List<TierNode>> nodes;
    private final long checkNanos;
    private final LongSupplier ticker;
    private volatile Copy copy;

    /**
     * @param version the directory's version, as stored
     * @param nodes   every registered node, as stored
     * @param check   the longest time a copy is used without asking for the version
     * @param ticker  nanoseconds ({@link System#nanoTime} but in tests)
     */
    DirectoryCopy(LongSupplier version, Supplier<List<TierNode>> nodes, Duration check, LongSupplier ticker) {
        this.version = version;
        this.nodes = nodes;
        this.checkNanos = check.toNanos();
        this.ticker = ticker;
    }

    /** Every registered node, as of the last check. */
    List<TierNode> nodes() {
        Copy current = copy;
        if (current == null || ticker.getAsLong() - current.checkedAt() >= checkNanos) {
            current = check(current);
        }
        return current.nodes();
    }

    private synchronized Copy check(Copy seen) {
        Copy current = copy;
        if (current != null && current != seen) {
            return current; // another request checked meanwhile
        }
        long now = ticker.getAsLong();
        long stored = version.getAsLong();
        Copy fresh = current != null && current.version() == stored ? new Copy(stored, current.nodes(), now)
                : new Copy(stored, List.copyOf(nodes.get()), now);
        copy = fresh;
        return fresh;
    }

    /**
     * The directory changes in the running transaction: the copy is dropped once it commits (at once outside one). A
     * check already reading finishes first, so the copy it keeps is dropped too.
     */
    void changed() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    drop();
                }
            });
        } else {
            drop();
        }
    }

    private synchronized void drop() {
        copy = null;
    }
}
