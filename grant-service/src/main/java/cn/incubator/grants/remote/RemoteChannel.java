package cn.incubator.grants.remote;

import cn.incubator.platform.grpc.RemoteCalls;
import io.grpc.ConnectivityState;
import io.grpc.ManagedChannel;
import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.grpc.client.GrpcChannelFactory;

/**
 * One gRPC channel to another service, as every client here uses it: connected at start so the first call's deadline
 * does not pay for the connection, a deadline on every call, and the service's circuit breaker, so a provider that
 * is down or slow yields a 503 problem with Retry-After (and the caller's transaction stores nothing).
 */
final class RemoteChannel {

    private static final Logger log = LoggerFactory.getLogger(RemoteChannel.class);

    private final String service;
    private final ManagedChannel channel;
    private final RemoteCalls calls;
    private final Duration deadline;

    RemoteChannel(String service, GrpcChannelFactory channels, RemoteCalls calls, Duration deadline) {
        this.service = service;
        this.channel = channels.createChannel(service);
        this.channel.getState(true);
        this.calls = calls;
        this.deadline = deadline;
    }

    ManagedChannel channel() {
        return channel;
    }

    long deadlineMillis() {
        return deadline.toMillis();
    }

    <T> T call(Supplier<T> remote) {
        if (channel.getState(false) == ConnectivityState.TRANSIENT_FAILURE) {
            // The provider was down; try it again now rather than after the channel's reconnect back-off.
            channel.resetConnectBackoff();
        }
        return calls.call(service, () -> {
            try {
                return remote.get();
            } catch (RuntimeException failure) {
                log.warn("Call to {} failed: {}", service, failure.toString());
                throw failure;
            }
        });
    }
}
