package cn.incubator.platform.rollup;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import com.google.common.util.concurrent.FutureCallback;
import com.google.common.util.concurrent.Futures;
import com.google.common.util.concurrent.ListenableFuture;
import com.google.common.util.concurrent.MoreExecutors;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.grpc.Channel;
import io.grpc.Deadline;
import io.grpc.Status;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BinaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls one gRPC method on every node under a prefix, in parallel, and sums the answers into a {@link RollUp}
 * (汇总): each call with the roll-up's deadline and behind its node's own Resilience4j circuit breaker
 * ({@code rollup:<node>:<service>}). A node that is down, slow past the deadline, refuses, or whose breaker is open is
 * named in the answer's missing nodes; the roll-up itself never throws for a node and returns within the deadline plus
 * a small margin. No retries: a missing node is reported, and the next roll-up asks it again (unless its breaker is
 * open).
 */
public class FanOut {

    /** Time past the deadline that the whole roll-up waits for calls already cancelled by gRPC to report it. */
    static final Duration MARGIN = Duration.ofMillis(50);

    private static final Logger log = LoggerFactory.getLogger(FanOut.class);

    private final NodeDirectory directory;
    private final NodeChannels channels;
    private final CircuitBreakerRegistry breakers;
    private final CircuitBreakerConfig breakerConfig;
    private final Duration deadline;

    /**
     * @param breakers      where the per-node breakers live (the service's Resilience4j registry, so they show in its
     *                      metrics)
     * @param breakerConfig each node breaker's configuration; refusals should be ignored ({@link #countsAsFailure})
     * @param deadline      each node call's deadline, and so the roll-up's
     */
    public FanOut(NodeDirectory directory, NodeChannels channels, CircuitBreakerRegistry breakers,
            CircuitBreakerConfig breakerConfig, Duration deadline) {
        this.directory = directory;
        this.channels = channels;
        this.breakers = breakers;
        this.breakerConfig = breakerConfig;
        this.deadline = deadline;
    }

    /** One node's call: the method on a stub of {@code channel} with {@code deadline} set, as a future. */
    @FunctionalInterface
    public interface NodeCall<T> {
        ListenableFuture<T> call(Channel channel, Deadline deadline);
    }

    public Duration deadline() {
        return deadline;
    }

    /** The breaker configuration a roll-up uses unless told otherwise: refusals do not count as failures. */
    public static CircuitBreakerConfig defaultBreakerConfig(int window, Duration openFor) {
        return CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(window)
                .minimumNumberOfCalls(window)
                .failureRateThreshold(50)
                .waitDurationInOpenState(openFor)
                .permittedNumberOfCallsInHalfOpenState(1)
                .recordException(FanOut::countsAsFailure)
                .build();
    }

    /** Whether a failed call tells something about the node's health: a refusal does not. */
    public static boolean countsAsFailure(Throwable failure) {
        return reason(failure) != MissingReason.REFUSED;
    }

    /**
     * Asks every node under {@code prefix} that runs {@code service}, in parallel, and sums the answers.
     *
     * @param zero the figure of no answer; {@code sum} adds two figures exactly
     */
    public <T> RollUp<T> rollUp(String service, Jurisdiction prefix, NodeCall<T> call, T zero,
            BinaryOperator<T> sum) {
        List<NodeEndpoint> nodes = directory.nodesFor(service, prefix);
        Deadline callDeadline = Deadline.after(deadline.toNanos(), TimeUnit.NANOSECONDS);
        List<CompletableFuture<T>> calls = new ArrayList<>(nodes.size());
        for (NodeEndpoint node : nodes) {
            calls.add(callOne(service, node, call, callDeadline));
        }
        try {
            CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new))
                    .get(callDeadline.timeRemaining(TimeUnit.NANOSECONDS) + MARGIN.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // Each call's outcome is read below; a call still running is reported past its deadline.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<RollUp.Outcome<T>> outcomes = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            outcomes.add(outcome(nodes.get(i), calls.get(i)));
        }
        RollUp<T> rollUp = RollUp.of(prefix, outcomes, zero, sum);
        if (rollUp.partial()) {
            log.warn("Roll-up of {} for {} is partial: {}", service, prefix.code(), rollUp.partialHeader());
        }
        return rollUp;
    }

    private <T> CompletableFuture<T> callOne(String service, NodeEndpoint node, NodeCall<T> call,
            Deadline callDeadline) {
        CircuitBreaker breaker = breakers.circuitBreaker("rollup:" + node.name() + ":" + service, breakerConfig);
        return CircuitBreaker.decorateCompletionStage(breaker, () -> start(node, call, callDeadline)).get()
                .toCompletableFuture();
    }

    private <T> CompletableFuture<T> start(NodeEndpoint node, NodeCall<T> call, Deadline callDeadline) {
        CompletableFuture<T> result = new CompletableFuture<>();
        ListenableFuture<T> remote;
        try {
            remote = call.call(channels.channel(node), callDeadline);
        } catch (RuntimeException failure) {
            result.completeExceptionally(failure);
            return result;
        }
        Futures.addCallback(remote, new FutureCallback<>() {
            @Override
            public void onSuccess(T figures) {
                result.complete(figures);
            }

            @Override
            public void onFailure(Throwable failure) {
                result.completeExceptionally(failure);
            }
        }, MoreExecutors.directExecutor());
        result.whenComplete((figures, failure) -> {
            if (result.isCancelled()) {
                remote.cancel(true);
            }
        });
        return result;
    }

    private static <T> RollUp.Outcome<T> outcome(NodeEndpoint node, CompletableFuture<T> call) {
        if (!call.isDone()) {
            call.cancel(true);
            return new RollUp.Missing<>(node, MissingReason.DEADLINE_EXCEEDED);
        }
        try {
            return new RollUp.Answer<>(node, call.join());
        } catch (CompletionException | java.util.concurrent.CancellationException failure) {
            Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
            return new RollUp.Missing<>(node, reason(cause));
        }
    }

    /** The reason a call failed, from its gRPC status or the breaker's refusal. */
    static MissingReason reason(Throwable failure) {
        if (failure instanceof CallNotPermittedException) {
            return MissingReason.BREAKER_OPEN;
        }
        if (failure instanceof java.util.concurrent.CancellationException) {
            return MissingReason.DEADLINE_EXCEEDED;
        }
        return switch (Status.fromThrowable(failure).getCode()) {
            case DEADLINE_EXCEEDED, CANCELLED -> MissingReason.DEADLINE_EXCEEDED;
            case UNAVAILABLE -> MissingReason.UNAVAILABLE;
            case PERMISSION_DENIED, UNAUTHENTICATED, INVALID_ARGUMENT, NOT_FOUND -> MissingReason.REFUSED;
            default -> MissingReason.FAILED;
        };
    }
}
