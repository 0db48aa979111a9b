package cn.incubator.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Trace context crosses the gateway into the services, and services expose only the agreed actuator endpoints. */
@ExtendWith(RunningPlatform.class)
class ObservabilitySystemIT {

    @Test
    void traceStartedByTheCallerReachesTheServiceThroughTheGateway() {
        String traceId = HexFormat.of().formatHex(randomBytes(16));
        Api.Response response = Api.send(HttpRequest.newBuilder(URI.create(
                        Api.gateway() + "/api/registry/v1/organizations/" + UUID.randomUUID()))
                .header("Authorization", "Bearer " + Api.token("county-officer"))
                .header("traceparent", "00-" + traceId + "-" + HexFormat.of().formatHex(randomBytes(8)) + "-01")
                .GET());

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("traceId").asString()).isEqualTo(traceId);
        assertThat(response.json().get("requestId").asString()).isEqualTo(response.header("X-Request-Id"));
    }

    @Test
    void servicesExposeHealthInfoMetricsAndPrometheusOnly() {
        for (var service : RunningPlatform.platform().config().services()) {
            String actuator = "http://localhost:" + service.port() + "/actuator";
            assertThat(direct(actuator + "/health").status()).as(service.name()).isEqualTo(200);
            assertThat(direct(actuator + "/info").status()).isEqualTo(200);
            assertThat(direct(actuator + "/prometheus").body()).contains("jvm_memory_used_bytes");
            assertThat(direct(actuator + "/metrics").status()).isEqualTo(200);
            for (String hidden : new String[] {"/env", "/beans", "/configprops", "/heapdump", "/loggers"}) {
                assertThat(direct(actuator + hidden).status()).as(service.name() + hidden).isIn(401, 404);
            }
        }
    }

    @Test
    void gatewayServesEachServicesOpenApiDocumentAndSwaggerUi() {
        Api.Response registry = Api.get("/api/registry/v3/api-docs", null);
        assertThat(registry.status()).isEqualTo(200);
        assertThat(registry.json().get("paths").has("/api/registry/v1/organizations")).isTrue();
        for (String service : new String[] {"incubation", "grants", "training", "party-building"}) {
            assertThat(Api.get("/api/" + service + "/v3/api-docs", null).status()).as(service).isEqualTo(200);
        }
        Api.Response ui = Api.send(HttpRequest.newBuilder(URI.create(Api.gateway() + "/swagger-ui.html")).GET());
        if (ui.status() / 100 == 3) {
            ui = Api.send(HttpRequest.newBuilder(URI.create(Api.gateway()).resolve(ui.header("Location"))).GET());
        }
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.body()).containsIgnoringCase("swagger");
    }

    private static Api.Response direct(String url) {
        return Api.send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }
}
