package cn.incubator.gateway;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Errors raised inside the gateway (no route, a method or media type WebFlux refuses, a body past the limit, a broken
 * upstream connection) as problem details.
 */
@Component
@Order(-2)
class ProblemErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);

    private final GatewayProblems problems;
    private final RequestLimits limits;

    ProblemErrorHandler(GatewayProblems problems, RequestLimits limits) {
        this.problems = problems;
        this.limits = limits;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (error instanceof ResponseStatusException status) {
            HttpStatus resolved = HttpStatus.resolve(status.getStatusCode().value());
            if (resolved == HttpStatus.NOT_FOUND) {
                return problems.write(exchange, HttpStatus.NOT_FOUND, "no-route");
            }
            if (resolved == HttpStatus.SERVICE_UNAVAILABLE || resolved == HttpStatus.GATEWAY_TIMEOUT) {
                exchange.getResponse().getHeaders().set("Retry-After", FallbackController.RETRY_AFTER_SECONDS);
                return problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "?");
            }
            if (resolved == HttpStatus.CONTENT_TOO_LARGE) {
                return problems.write(exchange, resolved, "payload-too-large", limits.maxRequestBody().toKilobytes());
            }
            if (resolved != null && resolved.is4xxClientError()) {
                return problems.write(exchange, resolved, "http-" + resolved.value());
            }
        }
        log.error("Gateway error on {}", exchange.getRequest().getPath(), error);
        return problems.write(exchange, HttpStatus.BAD_GATEWAY, "bad-gateway");
    }
}
