package cn.incubator.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import tools.jackson.databind.JsonNode;

/** Only valid tokens from the platform's own realm get through the gateway, and refusals are problem details. */
@ExtendWith(RunningPlatform.class)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(value = SharedParts.REGISTRY, mode = ResourceAccessMode.READ)
class AuthenticationSystemIT {

    private static final String ORGANIZATIONS = "/api/registry/v1/organizations";

    @Test
    void noTokenIsRefusedWithProblemDetails() {
        Api.Response response = Api.get(ORGANIZATIONS, null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).isEqualTo("urn:incubator:problem:unauthorized");
        assertThat(response.json().get("title").asString()).isEqualTo("未认证");
        assertThat(response.header("X-Request-Id")).isNotBlank();
    }

    @Test
    void problemDetailsSpeakEnglishWhenAsked() {
        Api.Response response = Api.get(ORGANIZATIONS, null, "en");

        assertThat(response.json().get("title").asString()).isEqualTo("Unauthorized");
    }

    @Test
    void tokenOfAnotherIssuerIsRefused() {
        // A genuine Keycloak token, but from the master realm: right signature chain, wrong issuer.
        String foreign = Api.tokenFrom(Map.of("grant_type", "password", "client_id", "admin-cli",
                "username", "admin", "password", "admin"), "master");

        Api.Response response = Api.get(ORGANIZATIONS, foreign);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void tamperedTokenIsRefused() {
        String[] parts = Api.token("langli-hub").split("\\.");
        JsonNode claims = Api.JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        String widened = Api.JSON.writeValueAsString(((tools.jackson.databind.node.ObjectNode) claims)
                .putArray("jurisdiction").add("430000000000"));
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(Api.JSON.writeValueAsBytes(claims)) + "." + parts[2];
        assertThat(widened).contains("430000000000");

        assertThat(Api.get(ORGANIZATIONS, forged).status()).isEqualTo(401);
    }

    @Test
    void expiredTokenIsRefused() throws InterruptedException {
        ShortLivedTokens.Token token = ShortLivedTokens.expiredOrSoon();
        assertThat(Api.get(ORGANIZATIONS, token.value()).status())
                .as("the same token was accepted while it was valid").isIn(200, 401);
        // Resource servers allow 60 s of clock skew: wait until the token is past even that.
        Duration wait = Duration.between(Instant.now(), token.expiresAt().plusSeconds(62));
        if (!wait.isNegative()) {
            Thread.sleep(wait.toMillis());
        }

        Api.Response response = Api.get(ORGANIZATIONS, token.value());

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    /**
     * Tokens that expire a second after they are issued, from a client the test adds through Keycloak's admin API
     * (the demo realm itself keeps its normal lifespans).
     */
    static final class ShortLivedTokens {

        record Token(String value, Instant expiresAt) {
        }

        static Token expiredOrSoon() {
            String admin = Api.tokenFrom(Map.of("grant_type", "password", "client_id", "admin-cli",
                    "username", "admin", "password", "admin"), "master");
            Api.send(HttpRequest.newBuilder(URI.create(Api.keycloak() + "/admin/realms/incubator/clients"))
                    .header("Authorization", "Bearer " + admin)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"clientId": "expiry-probe", "publicClient": true, "directAccessGrantsEnabled": true,
                             "standardFlowEnabled": false, "attributes": {"access.token.lifespan": "1"}}
                            """)));
            String value = Api.tokenFrom(Map.of("grant_type", "password", "client_id", "expiry-probe",
                    "username", "county-officer", "password", "demo"), "incubator");
            long exp = Api.JSON.readTree(Base64.getUrlDecoder().decode(value.split("\\.")[1])).get("exp").asLong();
            return new Token(value, Instant.ofEpochSecond(exp));
        }
    }
}
