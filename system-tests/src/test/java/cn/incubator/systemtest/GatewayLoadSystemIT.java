package cn.incubator.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A healthy service behind the gateway under load gets no 503: 64 concurrent connections for 20 s through the gateway
 * to the registry, each request with a real token (issue 11: the breaker's default bulkhead of 25 concurrent calls
 * answered 503 to 30% of such requests). Correctness only, no timing assert. That the breaker still opens for a
 * service that is down is {@link GatewayResilienceSystemIT}'s.
 */
@ExtendWith(RunningPlatform.class)
class GatewayLoadSystemIT {

    private static final int CONNECTIONS = 64;
    private static final Duration LOAD = Duration.ofSeconds(20);
    private static final String PATH = "/api/registry/v1/registration-guides";

    @Test
    void healthyServiceUnderLoadGetsNo503() throws Exception {
        String token = Api.token("county-officer");
        assertThat(Api.get(PATH, token).status()).as("one request first").isEqualTo(200);
        // Other classes of the suite stop nodes and services on purpose: only fallbacks during this load count.
        double fallbacksBefore = registryFallbacks();

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(Api.gateway() + PATH))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(15)).GET().build();
        Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        Map<String, LongAdder> failures = new ConcurrentHashMap<>();
        AtomicLong sample503 = new AtomicLong();
        StringBuffer firstProblem = new StringBuffer();
        long end = System.nanoTime() + LOAD.toNanos();
        ExecutorService workers = Executors.newFixedThreadPool(CONNECTIONS);
        try {
            for (int i = 0; i < CONNECTIONS; i++) {
                workers.execute(() -> {
                    while (System.nanoTime() < end) {
                        try {
                            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                            statuses.computeIfAbsent(response.statusCode(), s -> new LongAdder()).increment();
                            if (response.statusCode() != 200 && sample503.getAndIncrement() == 0) {
                                firstProblem.append(response.statusCode()).append(' ').append(response.body());
                            }
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        } catch (Exception e) {
                            failures.computeIfAbsent(e.getClass().getSimpleName(), k -> new LongAdder()).increment();
                        }
                    }
                });
            }
        } finally {
            workers.shutdown();
            if (!workers.awaitTermination(LOAD.toSeconds() + 30, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        }

        Map<Integer, Long> counted = new TreeMap<>();
        statuses.forEach((status, count) -> counted.put(status, count.sum()));
        System.out.printf("GatewayLoadSystemIT: %d connections for %d s: statuses %s, client errors %s%n",
                CONNECTIONS, LOAD.toSeconds(), counted, failures);
        assertThat(counted).as("answers by status; first non-200: %s", firstProblem).doesNotContainKey(503);
        assertThat(counted.keySet()).as("first non-200: %s", firstProblem).containsOnly(200);
        assertThat(counted.get(200)).as("requests answered").isGreaterThan(CONNECTIONS);
        assertThat(failures).as("requests that got no answer").isEmpty();

        // And nothing fell back on the registry's route during the load.
        assertThat(registryFallbacks()).as("fallbacks on the registry's route during the load")
                .isEqualTo(fallbacksBefore);
    }

    /**
     * A page of 20 organizations (about 14 KB, more than Tomcat's default 8 KB response buffer) leaves the registry in
     * one piece with its length, and reaches the client so through the gateway: not in chunks of a chunked encoding
     * (platform {@code ResponseBuffer}).
     */
    @Test
    void aPageOfOrganizationsComesWholeWithItsLength() {
        Api.Response page = Api.get("/api/registry/v1/organizations?size=20", Api.token("county-officer"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.items()).hasSize(20);
        int bytes = page.body().getBytes(StandardCharsets.UTF_8).length;
        assertThat(bytes).as("larger than Tomcat's default buffer").isGreaterThan(8 * 1024);
        assertThat(page.header("Content-Length")).isEqualTo(String.valueOf(bytes));
        assertThat(page.header("Transfer-Encoding")).isNull();
    }

    /** The gateway's count of fallbacks on the registry's route; the counter exists once a fallback happened. */
    private static double registryFallbacks() {
        Api.Response fallbacks = Api.get("/actuator/metrics/gateway.fallback?tag=route:registry", null);
        if (fallbacks.status() == 404) {
            return 0;
        }
        assertThat(fallbacks.status()).isEqualTo(200);
        return fallbacks.json().get("measurements").get(0).get("value").asDouble();
    }
}
