package cn.incubator.platform.rollup;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code incubator.rollup.*}: the roll-up fan-out's settings, and the node directory it asks until the central
 * directory exists ({@code incubator.rollup.nodes[...]}).
 *
 * @param deadline      each node call's deadline, and so the longest a roll-up takes (plus a few milliseconds)
 * @param breakerWindow the calls each node breaker judges; it opens when half of them failed
 * @param breakerOpenFor how long an open node breaker refuses calls before it lets one through again
 * @param nodes         nodes configured by hand: name, jurisdiction code, and the gRPC target of each service it
 *                      runs ({@code grpc.registry=static://10.0.3.7:9081}); this node itself is added at its local
 *                      services' addresses unless listed here by its name ({@code incubator.node.name})
 * @param directory     the central node directory, read from the registry ({@link CentralNodeDirectory})
 */
@ConfigurationProperties("incubator.rollup")
public record RollUpProperties(@DefaultValue("250ms") Duration deadline, @DefaultValue("10") int breakerWindow,
        @DefaultValue("10s") Duration breakerOpenFor, @DefaultValue List<Node> nodes,
        @DefaultValue Directory directory) {

    /**
     * {@code incubator.rollup.directory.*}: where and how often the central node directory is read.
     *
     * @param enabled whether roll-ups read it at all (on by default; a service with no registry address skips it)
     * @param uri     the directory document; by default {@code <incubator.services.registry>/api/registry/v1/node-directory}
     * @param refresh the time between two reads (3 s, as the gateway's)
     * @param timeout each read's connect and read time-out
     */
    public record Directory(@DefaultValue("true") boolean enabled, String uri, @DefaultValue("3s") Duration refresh,
            @DefaultValue("2s") Duration timeout) {
    }

    public record Node(String name, String jurisdiction, @DefaultValue Map<String, String> grpc) {
    }
}
