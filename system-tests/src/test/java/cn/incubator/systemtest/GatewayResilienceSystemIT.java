package cn.incubator.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.launcher.Platform;
import cn.incubator.launcher.PlatformConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

/** The gateway protects the partner API with a per-partner rate limit and answers promptly when a service is down. */
@ExtendWith(RunningPlatform.class)
@ResourceLock(SharedParts.TRAINING)
class GatewayResilienceSystemIT {

    @Test
    void partnerClientGetsATokenByClientCredentialsAndIsRateLimited() {
        String token = Api.tokenFrom(Map.of("grant_type", "client_credentials",
                "client_id", "partner-demo-foundation", "client_secret", "partner-demo-secret"), "incubator");

        Api.Response me = Api.get("/partner/v1/me", token);
        assertThat(me.status()).as(me.body()).isEqualTo(200);
        assertThat(me.json().get("partnerId").asString()).isEqualTo("demo-foundation");
        assertThat(me.json().get("scopes").valueStream().map(s -> s.asString())).contains("partner.programmes.read");

        Api.Response limited = null;
        for (int i = 0; i < 200 && limited == null; i++) {
            Api.Response response = Api.get("/partner/v1/me", token);
            if (response.status() == 429) {
                limited = response;
            } else {
                assertThat(response.status()).isEqualTo(200);
            }
        }
        assertThat(limited).as("no 429 within 200 requests").isNotNull();
        assertThat(limited.contentType()).startsWith("application/problem+json");
        assertThat(limited.json().get("type").asString()).isEqualTo("urn:incubator:problem:rate-limited");
        assertThat(Integer.parseInt(limited.header("Retry-After"))).isPositive();
    }

    @Test
    void unknownPathIsA404Problem() {
        Api.Response response = Api.get("/api/nowhere/v1/things", Api.token("county-officer"));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).isEqualTo("urn:incubator:problem:no-route");
    }

    @Test
    void stoppedServiceYieldsA503ProblemNotAHang() {
        Platform platform = RunningPlatform.platform();
        PlatformConfig.Service training = platform.service("training-service");
        String officer = Api.token("county-officer");
        assertThat(Api.get("/api/training/v1/courses", officer).status()).as("the service answers while up")
                .isNotEqualTo(503);

        platform.stopService(training.name());
        try {
            Instant start = Instant.now();
            Api.Response response = Api.get("/api/training/v1/courses", officer);

            assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(10));
            assertThat(response.status()).isEqualTo(503);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("type").asString()).isEqualTo("urn:incubator:problem:service-unavailable");
            assertThat(response.header("Retry-After")).isNotBlank();
        } finally {
            platform.startService(training);
            platform.awaitService(training);
        }
        assertThat(Api.get("/api/training/v1/courses", officer).status()).isNotEqualTo(503);
    }
}
