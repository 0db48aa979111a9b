package cn.incubator.gateway;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.rollup.NodeDirectory;
import cn.incubator.platform.rollup.NodeEndpoint;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One version of the node directory (节点目录) as the gateway routes by it: the registered nodes, each with its subtree,
 * whether it takes new traffic, and the base URL of each service it runs. The central node is not in it: it is the
 * configured default ({@code incubator.services.*}), which serves every place no listed node owns.
 *
 * @param version the directory's version, -1 before the first successful read
 */
record NodeRoutes(long version, List<Node> nodes) {

    static final NodeRoutes NONE = new NodeRoutes(-1, List.of());

    NodeRoutes {
        nodes = List.copyOf(nodes);
    }

    /**
     * @param active false while draining: a draining node receives no new traffic
     * @param http   per service it runs, the base URL of its HTTP API
     */
    record Node(String name, Jurisdiction jurisdiction, boolean active, Map<String, URI> http) {
    }

    /** Whether an active node runs {@code service}: if none does, every request for it goes to the central node. */
    boolean runs(String service) {
        for (Node node : nodes) {
            if (node.active() && node.http().containsKey(service)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The node to send a request for {@code service} about {@code place} to: of the active nodes running the service,
     * the one whose subtree is the longest prefix containing the place ({@link NodeDirectory#owner}), so a service the
     * owner does not run falls back to the nearest ancestor node that runs it. Empty: the central node.
     */
    Optional<NodeEndpoint> nodeFor(String service, Jurisdiction place) {
        List<NodeEndpoint> running = nodes.stream()
                .filter(Node::active)
                .filter(node -> node.http().containsKey(service))
                .map(node -> new NodeEndpoint(node.name(), node.jurisdiction(), node.http().get(service).toString()))
                .toList();
        return NodeDirectory.owner(running, place);
    }

    /**
     * The active nodes running {@code service} whose subtree contains {@code place} or lies inside it: besides the
     * central node, those that may hold a record a request about {@code place} addresses by id ({@link RecordLocator}).
     */
    List<NodeEndpoint> nodesAround(String service, Jurisdiction place) {
        return nodes.stream()
                .filter(Node::active)
                .filter(node -> node.http().containsKey(service))
                .filter(node -> node.jurisdiction().contains(place) || place.contains(node.jurisdiction()))
                .map(node -> new NodeEndpoint(node.name(), node.jurisdiction(), node.http().get(service).toString()))
                .toList();
    }
}
