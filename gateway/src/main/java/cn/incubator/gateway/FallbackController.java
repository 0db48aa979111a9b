package cn.incubator.gateway;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Where a route's circuit breaker sends a request when its service is down, slow or its breaker is open: a prompt
 * 503 that says which service and when to retry, instead of a hang.
 */
@RestController
class FallbackController {

    static final String RETRY_AFTER_SECONDS = "10";

    private final GatewayProblems problems;

    FallbackController(GatewayProblems problems) {
        this.problems = problems;
    }

    @RequestMapping("/fallback/{service}")
    Mono<Void> unavailable(@PathVariable String service, ServerWebExchange exchange) {
        exchange.getResponse().getHeaders().set("Retry-After", RETRY_AFTER_SECONDS);
        return problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", service);
    }
}
