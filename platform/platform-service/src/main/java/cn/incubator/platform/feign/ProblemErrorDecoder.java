package cn.incubator.platform.feign;

import cn.incubator.platform.problem.ProblemException;
import feign.Request;
import feign.Response;
import feign.RetryableException;
import feign.codec.ErrorDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;

/**
 * Turns another service's error answer into what this service answers its own caller:
 * <ul>
 * <li>a refusal (4xx) becomes a {@code dependency-refused} problem with the same status, the service's name and its
 * problem document in {@code dependencyProblem}: the caller learns why, and nothing is stored;</li>
 * <li>a 502, 503 or 504 of an idempotent call (GET, HEAD, OPTIONS, PUT, DELETE) is retryable, so the
 * {@link IdempotentRetryer} tries again within the deadline;</li>
 * <li>anything else is a failure the circuit breaker counts and the client's fallback turns into a 503
 * {@code dependency-unavailable} problem (never a 5xx of this service's own making).</li>
 * </ul>
 */
public class ProblemErrorDecoder implements ErrorDecoder {

    private static final int MAX_BODY = 4096;
    private static final Set<Integer> RETRYABLE = Set.of(502, 503, 504);

    private final ErrorDecoder fallback = new ErrorDecoder.Default();

    @Override
    public Exception decode(String methodKey, Response response) {
        int status = response.status();
        String service = service(response);
        if (status >= 400 && status < 500) {
            HttpStatus known = HttpStatus.resolve(status);
            return new ProblemException(known == null ? HttpStatus.BAD_REQUEST : known, "dependency-refused",
                    new Object[] {service, status}, Map.of("dependencyProblem", body(response)));
        }
        Request request = response.request();
        if (RETRYABLE.contains(status) && IdempotentRetryer.idempotent(request.httpMethod())) {
            return new RetryableException(status, service + " answered " + status, request.httpMethod(),
                    (Long) null, request);
        }
        return fallback.decode(methodKey, response);
    }

    private static String service(Response response) {
        Request request = response.request();
        if (request != null && request.requestTemplate() != null
                && request.requestTemplate().feignTarget() != null) {
            return request.requestTemplate().feignTarget().name();
        }
        return "?";
    }

    private static String body(Response response) {
        if (response.body() == null) {
            return "";
        }
        try (InputStream in = response.body().asInputStream()) {
            return new String(in.readNBytes(MAX_BODY), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            return "";
        }
    }
}
