package cn.incubator.gateway;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
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
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Limits the partner API ({@code /partner/**}) per partner client with a token bucket (Bucket4j), answering 429
 * with {@code Retry-After} past the limit. Buckets live in this gateway's memory: with several gateway replicas each
 * enforces the limit on its own share, which is acceptable for fairness between partners.
 */
@Component
class PartnerRateLimitFilter implements GlobalFilter, Ordered {

    private final Limit limit;
    private final GatewayProblems problems;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    PartnerRateLimitFilter(Limit limit, GatewayProblems problems) {
        this.limit = limit;
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        if (!exchange.getRequest().getPath().value().startsWith("/partner/")) {
            return chain.filter(exchange);
        }
        return ReactiveSecurityContextHolder.getContext()
                .map(context -> context.getAuthentication())
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(authentication -> clientOf((JwtAuthenticationToken) authentication))
                .defaultIfEmpty("anonymous")
                .flatMap(client -> {
                    ConsumptionProbe probe = buckets.computeIfAbsent(client, key -> newBucket())
                            .tryConsumeAndReturnRemaining(1);
                    exchange.getResponse().getHeaders().set("X-RateLimit-Remaining",
                            String.valueOf(probe.getRemainingTokens()));
                    if (probe.isConsumed()) {
                        return chain.filter(exchange);
                    }
                    long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
                    exchange.getResponse().getHeaders().set("Retry-After", String.valueOf(seconds));
                    return problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "rate-limited", seconds);
                });
    }

    /** The partner a client acts for, falling back to the OAuth client id. */
    private static String clientOf(JwtAuthenticationToken token) {
        Object partner = token.getToken().getClaims().get("partner_id");
        return partner != null ? "partner:" + partner : "client:" + token.getToken().getClaimAsString("azp");
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit.requests()).refillGreedy(limit.requests(), limit.per()).build())
                .build();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    /** {@code incubator.gateway.partner-limit.*}: requests a partner may send per period. */
    @ConfigurationProperties("incubator.gateway.partner-limit")
    record Limit(@DefaultValue("60") long requests, @DefaultValue("60s") Duration per) {
    }
}
