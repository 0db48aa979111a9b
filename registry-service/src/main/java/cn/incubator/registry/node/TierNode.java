package cn.incubator.registry.node;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One entry of the node directory (节点目录): a deployment of some or all services serving one jurisdiction subtree.
 *
 * @param endpoints per service it runs (registry, incubation, grants, training, party-building), where it answers
 * @param version   the directory version of the entry's last change
 */
public record TierNode(UUID id, String name, Jurisdiction jurisdiction, NodeState state,
        Map<String, ServiceEndpoint> endpoints, long version, String registeredBy, Instant registeredAt,
        Instant updatedAt) {

    /**
     * The services the node runs whose handover has not switched yet, in name order: it may become active when there
     * are none.
     */
    public java.util.List<String> awaitingHandover(java.util.Set<String> switched) {
        return endpoints.keySet().stream().filter(service -> !switched.contains(service)).sorted().toList();
    }

    TierNode activated(long newVersion, Instant now) {
        return new TierNode(id, name, jurisdiction, NodeState.LIFECYCLE.after(state, NodeAction.ACTIVATE), endpoints,
                newVersion, registeredBy, registeredAt, now);
    }

    TierNode drained(long newVersion, Instant now) {
        return new TierNode(id, name, jurisdiction, NodeState.LIFECYCLE.after(state, NodeAction.DRAIN), endpoints,
                newVersion, registeredBy, registeredAt, now);
    }
}
