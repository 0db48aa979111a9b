package cn.incubator.platform.grpc;

import io.grpc.ConnectivityState;
import io.grpc.ManagedChannel;
import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.grpc.client.GrpcChannelFactory;

/**
 * One gRPC channel to another service, as every client of another service uses it: connected at start so the first call's deadline
 * does not pay for the connection, a deadline on every call, and the service's circuit breaker, so a provider that
 * is down or slow yields a 503 problem with Retry-After (and the caller's transaction stores nothing).
 */
public final class RemoteChannel {

    private static final Logger log = LoggerFactory.getLogger(RemoteChannel.class);

    private final String service;
    private final ManagedChannel channel;
    private final RemoteCalls calls;
    private final Duration deadline;

    public RemoteChannel(String service, GrpcChannelFactory channels, RemoteCalls calls, Duration deadline) {
        this.service = service;
        this.channel = channels.createChannel(service);
        this.channel.getState(true);
        this.calls = calls;
        this.deadline = deadline;
    }

    public ManagedChannel channel() {
        return channel;
    }

    public long deadlineMillis() {
        return deadline.toMillis();
    }

    /** Runs one call behind the service's breaker; a failure is logged and rethrown for the breaker to count. */
    public <T> T call(Supplier<T> remote) {
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
