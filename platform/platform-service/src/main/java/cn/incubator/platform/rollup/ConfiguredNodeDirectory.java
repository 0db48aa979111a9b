package cn.incubator.platform.rollup;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import java.util.List;

/** The node directory as configured ({@code incubator.rollup.nodes[...]}). */
public final class ConfiguredNodeDirectory implements NodeDirectory {

    private final List<RollUpProperties.Node> nodes;

    public ConfiguredNodeDirectory(List<RollUpProperties.Node> nodes) {
        nodes.forEach(node -> Jurisdiction.of(node.jurisdiction()));
        this.nodes = List.copyOf(nodes);
    }

    @Override
    public List<NodeEndpoint> nodesRunning(String service) {
        return nodes.stream()
                .filter(node -> node.grpc().containsKey(service))
                .map(node -> new NodeEndpoint(node.name(), Jurisdiction.of(node.jurisdiction()),
                        node.grpc().get(service)))
                .toList();
    }
}
