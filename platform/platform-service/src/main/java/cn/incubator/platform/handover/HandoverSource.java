package cn.incubator.platform.handover;

import java.time.Instant;
import java.util.List;

/**
 * The parent node as a handover job on the new node sees it: over the internal API in production
 * ({@code /internal/handover}), directly on its database in tests. Every operation is idempotent, so a job that died
 * anywhere repeats its step.
 */
public interface HandoverSource {

    /** Fences the subtree on the parent (its writes answer 503 from now on); when it went up. */
    Instant fence();

    SubtreeTables.Page page(String table, List<String> afterKey, int limit);

    SubtreeTables.Summary summary(String table);

    /** The new node owns the subtree: the directory says so (its version goes up) and the parent refuses its writes. */
    void switchOwner();

    /** Deletes the parent's copies of the subtree's rows. */
    void retire();
}
