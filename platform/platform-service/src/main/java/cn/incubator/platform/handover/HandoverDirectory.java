package cn.incubator.platform.handover;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import java.util.List;

/**
 * The central node directory as the parent's side of a handover sees it: it records that this service's handover of
 * the subtree switched, and says whether the joining node is active yet. A node is activated only when every service
 * its directory entry lists has switched (docs/decisions.md, "Handover"); until then the gateway routes the subtree
 * to the parents, which refuse its writes (503), and no parent retires its copies.
 *
 * <p>The registry, which holds the directory, answers in process (in the transaction of its own switch); every other
 * service asks the central registry's internal API as the platform's service client ({@link RemoteHandoverDirectory}).
 */
public interface HandoverDirectory {

    /**
     * Records that {@code service}'s handover of {@code subtree} to {@code node} switched (idempotent), activating the
     * node when it was the last of its services.
     */
    NodeHandovers switched(String node, String service, Jurisdiction subtree);

    /** Where the node's handovers stand. */
    NodeHandovers status(String node);

    /**
     * A joining node's handovers as the directory records them.
     *
     * @param state    the node's directory state ({@code JOINING}, {@code ACTIVE}, {@code DRAINING})
     * @param switched the services whose handover switched, in name order
     * @param waiting  the services the node runs whose handover has not switched yet, in name order
     */
    record NodeHandovers(String node, String state, List<String> switched, List<String> waiting) {

        public NodeHandovers {
            switched = List.copyOf(switched);
            waiting = List.copyOf(waiting);
        }

        /** Whether the directory routes the node's subtree to it: the parents may retire their copies. */
        public boolean active() {
            return "ACTIVE".equals(state);
        }
    }
}
