package cn.incubator.platform.grpc;

import cn.incubator.platform.problem.ProblemException;
import io.grpc.StatusRuntimeException;
import java.util.function.Supplier;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;
import org.springframework.http.HttpStatus;

/**
 * Runs a call to another service behind a Resilience4j circuit breaker named after that service. A provider that
 * is down, too slow for the call's deadline, or whose breaker is open yields a 503 problem that tells the caller
 * to retry; NOT_FOUND stays "not found" and other refusals keep their meaning. Callers set the deadline on the stub.
 */
public class RemoteCalls {

    private final CircuitBreakerFactory<?, ?> breakers;

    public RemoteCalls(CircuitBreakerFactory<?, ?> breakers) {
        this.breakers = breakers;
    }

    public <T> T call(String service, Supplier<T> call) {
        return breakers.create(service).run(call, failure -> {
            throw translate(service, failure);
        });
    }

    /** The problem a failed call to {@code service} stands for (also the Feign clients' fallback). */
    public static RuntimeException translate(String service, Throwable failure) {
        if (failure instanceof StatusRuntimeException status) {
            return switch (status.getStatus().getCode()) {
                case NOT_FOUND -> new ProblemException(HttpStatus.NOT_FOUND, "not-found", service, "");
                case PERMISSION_DENIED -> new ProblemException(HttpStatus.FORBIDDEN, "forbidden");
                case INVALID_ARGUMENT -> new ProblemException(HttpStatus.BAD_REQUEST, "unreadable-body");
                default -> unavailable(service);
            };
        }
        return failure instanceof ProblemException problem ? problem : unavailable(service);
    }

    private static ProblemException unavailable(String service) {
        return new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "dependency-unavailable",
                new Object[] {service}, java.util.Map.of("retryable", true));
    }

}
