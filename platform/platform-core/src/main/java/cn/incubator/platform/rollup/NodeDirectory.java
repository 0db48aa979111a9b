package cn.incubator.platform.rollup;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The nodes a roll-up asks (节点目录): for each service, the registered nodes that run it, each with its subtree and
 * endpoint. Fed from configuration for now ({@code incubator.nodes[...]}); the central team's directory replaces it.
 */
public interface NodeDirectory {

    /** Every registered node that runs {@code service} (a gRPC channel name: registry, grants, ...). */
    List<NodeEndpoint> nodesRunning(String service);

    /** The nodes a roll-up of {@code prefix} for {@code service} must ask; see {@link #involved}. */
    default List<NodeEndpoint> nodesFor(String service, Jurisdiction prefix) {
        return involved(nodesRunning(service), prefix);
    }

    /**
     * The nodes that hold records under {@code prefix}: every node whose subtree lies within it, and the owner of the
     * prefix itself (the node with the longest subtree that contains it), which holds the rest of it. A node above the
     * owner holds nothing there and is not asked. Sorted by jurisdiction code, then name.
     */
    static List<NodeEndpoint> involved(List<NodeEndpoint> nodes, Jurisdiction prefix) {
        List<NodeEndpoint> asked = new ArrayList<>();
        Optional<NodeEndpoint> owner = owner(nodes, prefix);
        owner.ifPresent(asked::add);
        nodes.stream()
                .filter(node -> prefix.contains(node.jurisdiction()))
                .filter(node -> owner.map(o -> !o.equals(node)).orElse(true))
                .forEach(asked::add);
        asked.sort(Comparator.comparing((NodeEndpoint node) -> node.jurisdiction().code())
                .thenComparing(NodeEndpoint::name));
        return List.copyOf(asked);
    }

    /**
     * The node that serves {@code service} for {@code place}: of the nodes running it, the one whose subtree is the
     * longest prefix containing the place. A node that does not run the service is skipped, so the place falls back to
     * the nearest ancestor node that runs it (a street node without grants sends grants to its city's node). Empty
     * when no node running the service contains the place.
     */
    default Optional<NodeEndpoint> ownerOf(String service, Jurisdiction place) {
        return owner(nodesRunning(service), place);
    }

    /** Of {@code nodes}, the one whose subtree is the longest prefix containing {@code place}. */
    static Optional<NodeEndpoint> owner(List<NodeEndpoint> nodes, Jurisdiction place) {
        return nodes.stream()
                .filter(node -> node.jurisdiction().contains(place))
                .max(Comparator.comparing(node -> node.jurisdiction().significantPrefix().length()));
    }
}
