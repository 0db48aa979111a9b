package cn.incubator.platform.feign;

import cn.incubator.platform.problem.ProblemException;
import feign.RequestInterceptor;
import feign.Retryer;
import feign.codec.ErrorDecoder;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.cloud.openfeign.CircuitBreakerNameResolver;
import org.springframework.cloud.openfeign.FeignAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * What every Feign client between services shares, so a service only declares its client interface and its
 * fallback: the caller's token relayed ({@link CallerTokenRelay}), error answers as problems
 * ({@link ProblemErrorDecoder}), retries of idempotent calls only ({@link IdempotentRetryer}), and the called
 * service's Resilience4j breaker: the breaker is named after the {@code @FeignClient} name ({@code registry}), the
 * same breaker the service's gRPC calls go through. Connect and read time-outs (the deadline) and
 * {@code spring.cloud.openfeign.circuitbreaker.enabled} are in {@code incubator-service-defaults.properties}.
 * Parent-context beans: Spring Cloud OpenFeign takes them for every client unless a client's own configuration
 * overrides them.
 */
@AutoConfiguration(before = FeignAutoConfiguration.class)
@ConditionalOnClass(name = "feign.Feign")
public class PlatformFeignAutoConfiguration {

    /** Tries per idempotent call; with the read time-out this bounds a call to about two read time-outs. */
    static final int MAX_ATTEMPTS = 2;

    @Bean
    RequestInterceptor callerTokenRelay() {
        return new CallerTokenRelay();
    }

    @Bean
    ErrorDecoder problemErrorDecoder() {
        return new ProblemErrorDecoder();
    }

    @Bean
    Retryer idempotentRetryer() {
        return new IdempotentRetryer(MAX_ATTEMPTS);
    }

    /** One breaker per service called, shared by its Feign and gRPC clients: {@code registry}, not per method. */
    @Bean
    CircuitBreakerNameResolver serviceCircuitBreakerNames() {
        return (feignClientName, target, method) -> feignClientName;
    }

    /**
     * A refusal (a 4xx problem of the service called) says nothing about its health: the breaker does not count it,
     * so a run of refused requests never opens the breaker for everybody.
     */
    @Bean
    Customizer<Resilience4JCircuitBreakerFactory> refusalsDoNotOpenTheBreaker() {
        return factory -> factory.configureDefault(id -> new Resilience4JConfigBuilder(id)
                .circuitBreakerConfig(CircuitBreakerConfig.custom()
                        .ignoreException(e -> e instanceof ProblemException problem
                                && problem.status().is4xxClientError())
                        .build())
                .timeLimiterConfig(TimeLimiterConfig.ofDefaults())
                .build());
    }
}
