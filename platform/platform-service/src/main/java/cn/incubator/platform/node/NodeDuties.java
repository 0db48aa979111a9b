package cn.incubator.platform.node;

import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 节点职责: whether this node does its own timed work for its subtrees now (reminders, notices, automatic closing).
 * A street node that is joining (接入中) does not: until its handover switches, the parent still owns the subtree and
 * does that work there, and what the node did would be cleared again by the handover (docs/decisions.md, "Tier nodes:
 * handover of a subtree's records"). Its event feeds are unaffected, and the gateway sends it no traffic yet.
 */
public class NodeDuties {

    private static final Logger log = LoggerFactory.getLogger(NodeDuties.class);

    private final Node node;
    private final Predicate<String> joining;
    private volatile Boolean acting;

    /** @param joining whether the directory lists a node of this name as joining */
    public NodeDuties(Node node, Predicate<String> joining) {
        this.node = node;
        this.joining = joining;
    }

    /** Whether the timed work for this node's subtrees is to be done now; a change is logged once. */
    public boolean acting() {
        boolean now = !joining.test(node.name());
        Boolean before = acting;
        if (before == null || before != now) {
            acting = now;
            if (!now) {
                log.info("Node {} is joining: its timed work for {} waits until its handover switches", node.name(),
                        node.codes());
            } else if (before != null) {
                log.info("Node {} owns {} now: its timed work runs", node.name(), node.codes());
            }
        }
        return now;
    }
}
