package cn.incubator.platform.feign;

import feign.Request.HttpMethod;
import feign.RetryableException;
import feign.Retryer;
import java.util.EnumSet;
import java.util.Set;

/**
 * Retries a Feign call that failed to connect, timed out or got a 502/503/504, but only when the call is idempotent
 * (GET, HEAD, OPTIONS, PUT, DELETE): a POST or PATCH that may have been carried out is never sent twice. At most
 * {@code maxAttempts} tries, 100 ms apart growing to 500 ms; all of it inside the circuit breaker.
 */
public class IdempotentRetryer implements Retryer {

    private static final Set<HttpMethod> IDEMPOTENT = EnumSet.of(HttpMethod.GET, HttpMethod.HEAD,
            HttpMethod.OPTIONS, HttpMethod.PUT, HttpMethod.DELETE);

    private final int maxAttempts;
    private final Retryer delegate;

    public IdempotentRetryer(int maxAttempts) {
        this.maxAttempts = maxAttempts;
        this.delegate = new Retryer.Default(100, 500, maxAttempts);
    }

    static boolean idempotent(HttpMethod method) {
        return method != null && IDEMPOTENT.contains(method);
    }

    @Override
    public void continueOrPropagate(RetryableException e) {
        if (!idempotent(e.method())) {
            throw e;
        }
        delegate.continueOrPropagate(e);
    }

    @Override
    public Retryer clone() {
        return new IdempotentRetryer(maxAttempts);
    }
}
