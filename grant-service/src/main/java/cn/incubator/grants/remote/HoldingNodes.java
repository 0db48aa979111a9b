package cn.incubator.grants.remote;

import cn.incubator.platform.grpc.RemoteCalls;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.rollup.NodeEndpoint;
import io.grpc.ConnectivityState;
import io.grpc.ManagedChannel;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.grpc.client.GrpcChannelFactory;

/**
 * Where another service keeps a place's records once street nodes (节点) hold their subtrees: the nearest active node
 * running {@code service} whose subtree contains the place (the central node directory's copy, which lists only active
 * nodes with a gRPC endpoint for the service), or none, and then this node's own {@code service} answers, as before
 * any node joined. This node itself, if the directory lists it, is none too: its own channel is configured.
 *
 * <p>A node's calls go as every call to another service does ({@code RemoteChannel}): one channel per endpoint, made at
 * its first call from Spring gRPC's factory (so the caller's token goes with it), connected then and kept; a deadline on
 * every call; and a breaker of the node's own ({@code incubation@xingsha}), so a street node that is down opens its
 * breaker, not the central service's, and its failure is a 503 problem naming it. The channels are shut down with
 * {@link #close}.
 */
final class HoldingNodes implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(HoldingNodes.class);

    private final String service;
    private final Supplier<List<NodeEndpoint>> nodes;
    private final String self;
    private final GrpcChannelFactory factory;
    private final RemoteCalls calls;
    private final Duration deadline;
    private final Map<String, ManagedChannel> channels = new ConcurrentHashMap<>();

    /**
     * @param nodes the active nodes running {@code service}, each at its gRPC target ({@code static://host:port})
     * @param self  this node's name ({@code incubator.node.name}), or null
     */
    HoldingNodes(String service, Supplier<List<NodeEndpoint>> nodes, String self, GrpcChannelFactory factory,
            RemoteCalls calls, Duration deadline) {
        this.service = service;
        this.nodes = nodes;
        this.self = self;
        this.factory = factory;
        this.calls = calls;
        this.deadline = deadline;
    }

    /** The street node holding {@code place}'s records of the service; empty: this node's own service holds them. */
    Optional<NodeEndpoint> holderOf(Jurisdiction place) {
        return nodes.get().stream()
                .filter(node -> node.jurisdiction().contains(place))
                .reduce((one, other) -> one.jurisdiction().contains(other.jurisdiction()) ? other : one)
                .filter(node -> !node.name().equals(self));
    }

    /** One call to the node, on its channel, within the deadline and behind its breaker. */
    <T> T call(NodeEndpoint node, Function<ManagedChannel, T> remote) {
        ManagedChannel channel = channels.computeIfAbsent(node.target(), target -> {
            ManagedChannel created = factory.createChannel(target);
            created.getState(true);
            return created;
        });
        if (channel.getState(false) == ConnectivityState.TRANSIENT_FAILURE) {
            channel.resetConnectBackoff();
        }
        String breaker = service + "@" + node.name();
        return calls.call(breaker, () -> {
            try {
                return remote.apply(channel);
            } catch (RuntimeException failure) {
                log.warn("Call to {} at {} failed: {}", breaker, node.target(), failure.toString());
                throw failure;
            }
        });
    }

    long deadlineMillis() {
        return deadline.toMillis();
    }

    /** The endpoints a channel is open to, for tests and logs. */
    java.util.Set<String> targets() {
        return java.util.Set.copyOf(channels.keySet());
    }

    @Override
    public void close() {
        channels.values().forEach(ManagedChannel::shutdown);
        for (ManagedChannel channel : channels.values()) {
            try {
                if (!channel.awaitTermination(2, TimeUnit.SECONDS)) {
                    channel.shutdownNow();
                }
            } catch (InterruptedException e) {
                channel.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
        channels.clear();
    }
}
