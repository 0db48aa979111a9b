package cn.incubator.gateway;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Limits the anonymous public reads ({@code /public/**}, e.g. certificate verification) per client address with a
 * token bucket, answering 429 with {@code Retry-After} past the limit, so that codes cannot be guessed in bulk. Buckets
 * live in this gateway's memory, as the partner limit's do.
 */
@Component
class PublicRateLimitFilter implements GlobalFilter, Ordered {

    private final Limit limit;
    private final GatewayProblems problems;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    PublicRateLimitFilter(Limit limit, GatewayProblems problems) {
        this.limit = limit;
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        if (!exchange.getRequest().getPath().value().startsWith("/public/")) {
            return chain.filter(exchange);
        }
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        String client = remote == null || remote.getAddress() == null ? "unknown"
                : remote.getAddress().getHostAddress();
        ConsumptionProbe probe = buckets.computeIfAbsent(client, key -> Bucket.builder()
                        .addLimit(Bandwidth.builder().capacity(limit.requests())
                                .refillGreedy(limit.requests(), limit.per()).build())
                        .build())
                .tryConsumeAndReturnRemaining(1);
        exchange.getResponse().getHeaders().set("X-RateLimit-Remaining", String.valueOf(probe.getRemainingTokens()));
        if (probe.isConsumed()) {
            return chain.filter(exchange);
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
        exchange.getResponse().getHeaders().set("Retry-After", String.valueOf(seconds));
        return problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "rate-limited", seconds);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 11;
    }

    /** {@code incubator.gateway.public-limit.*}: anonymous public reads one client address may send per period. */
    @ConfigurationProperties("incubator.gateway.public-limit")
    record Limit(@DefaultValue("30") long requests, @DefaultValue("60s") Duration per) {
    }
}
