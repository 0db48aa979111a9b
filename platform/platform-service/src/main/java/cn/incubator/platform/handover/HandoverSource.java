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

    /**
     * The new node owns the subtree in this service: the parent refuses its writes and the directory records the
     * switch (the node becomes active when every service it runs has switched).
     */
    void switchOwner();

    /**
     * Deletes the parent's copies of the subtree's rows, once the directory lists the new node active; before that it
     * deletes nothing and answers {@code done = false}.
     */
    HandoverExport.Retired retire();
}
