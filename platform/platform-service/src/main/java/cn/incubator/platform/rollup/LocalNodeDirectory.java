package cn.incubator.platform.rollup;

import cn.incubator.platform.node.Node;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The node directory of a platform that runs as one node (the default, {@code ./start.sh}): this node, once per
 * subtree it serves, with each service at the gRPC address this service's own clients use for it
 * ({@code spring.grpc.client.channels.<service>.address}). Used when no {@code incubator.rollup.nodes} are configured,
 * so a roll-up asks the local services, the same way it asks remote nodes.
 */
public final class LocalNodeDirectory implements NodeDirectory {

    /** The services that serve {@code NodeStatistics}, by their gRPC channel names. */
    public static final List<String> SERVICES = List.of("registry", "incubation", "grants", "training",
            "party-building");

    private final Map<String, List<NodeEndpoint>> endpoints = new HashMap<>();

    /** @param address the gRPC target of a service by its channel name, or null when this node does not run it */
    public LocalNodeDirectory(Node node, Function<String, String> address) {
        for (String service : SERVICES) {
            String target = address.apply(service);
            if (target != null && !target.isBlank()) {
                endpoints.put(service, node.subtrees().stream()
                        .map(subtree -> new NodeEndpoint(node.name(), subtree, target)).toList());
            }
        }
    }

    @Override
    public List<NodeEndpoint> nodesRunning(String service) {
        return endpoints.getOrDefault(service, List.of());
    }
}
