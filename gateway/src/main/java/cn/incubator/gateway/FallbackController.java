package cn.incubator.gateway;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.ConnectException;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Where a route's circuit breaker sends a request when its service is down, slow or its breaker is open: a prompt
 * 503 that says which service and when to retry, instead of a hang.
 *
 * <p>Every fallback says why: one log line with the route, the request and the exception that tripped it, and the
 * counter {@value #METRIC} tagged by {@code route}, {@code service} and {@code reason} (see {@link #reason}). A 503
 * from a healthy service is a bug of the gateway; this is how one is told apart from a service that is down.
 */
@RestController
class FallbackController {

    static final String RETRY_AFTER_SECONDS = "10";
    static final String METRIC = "gateway.fallback";

    private static final Logger log = LoggerFactory.getLogger(FallbackController.class);

    private final GatewayProblems problems;
    private final MeterRegistry meters;

    FallbackController(GatewayProblems problems, MeterRegistry meters) {
        this.problems = problems;
        this.meters = meters;
    }

    @RequestMapping("/fallback/{service}")
    Mono<Void> unavailable(@PathVariable String service, ServerWebExchange exchange) {
        Throwable cause = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        String routeId = route == null ? "none" : route.getId();
        String reason = reason(cause);
        Counter.builder(METRIC)
                .description("Requests answered 503 by a route's circuit breaker fallback, by reason")
                .tag("route", routeId).tag("service", service).tag("reason", reason)
                .register(meters).increment();
        Set<URI> original = exchange.getAttributeOrDefault(ServerWebExchangeUtils.GATEWAY_ORIGINAL_REQUEST_URL_ATTR,
                Set.of());
        String path = original.isEmpty() ? exchange.getRequest().getPath().value()
                : original.iterator().next().getRawPath();
        log.warn("503 fallback for {} {} (route {}, service {}): {}: {}", exchange.getRequest().getMethod(), path,
                routeId, service, reason,
                cause == null ? "no exception recorded" : describe(cause));
        exchange.getResponse().getHeaders().set("Retry-After", RETRY_AFTER_SECONDS);
        return problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", service);
    }

    /**
     * Why the breaker fell back, as a short stable tag: {@code breaker-open}, {@code bulkhead-full}, {@code timeout},
     * {@code connect-refused}, {@code connect-timeout}, {@code premature-close}, {@code none} or {@code error}.
     */
    static String reason(Throwable cause) {
        if (cause == null) {
            return "none";
        }
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String name = t.getClass().getName();
            if (t instanceof CallNotPermittedException) {
                return "breaker-open";
            }
            if (name.equals("io.github.resilience4j.bulkhead.BulkheadFullException")) {
                return "bulkhead-full";
            }
            if (t instanceof TimeoutException || name.endsWith("ReadTimeoutException")) {
                return "timeout";
            }
            if (name.equals("io.netty.channel.ConnectTimeoutException")) {
                return "connect-timeout";
            }
            if (t instanceof ConnectException) {
                return "connect-refused";
            }
            if (name.endsWith("PrematureCloseException")) {
                return "premature-close";
            }
        }
        return "error";
    }

    private static String describe(Throwable cause) {
        StringBuilder text = new StringBuilder(cause.toString());
        for (Throwable t = cause.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            text.append(" <- ").append(t);
        }
        return text.toString();
    }
}
