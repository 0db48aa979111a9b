package cn.incubator.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.platform.creditcode.UnifiedSocialCreditCode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Registering an organization with its administrator named provisions the administrator's {@code org-admin}
 * account in Keycloak (through the admin API, from the registry's outbox), carrying the organization and its place.
 */
@ExtendWith(RunningPlatform.class)
class OrganizationAccountsSystemIT {

    @Test
    void registrationWithAnAdministratorCreatesTheirOrgAdminAccount() throws InterruptedException {
        String officer = Api.token("county-officer");
        int serial = ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        Map<String, Object> preparing = new LinkedHashMap<>();
        preparing.put("name", "长沙县星沙街道围棋协会" + serial);
        preparing.put("legalForm", "SOCIAL_GROUP");
        preparing.put("jurisdiction", "430121001000");
        preparing.put("category", "CULTURE_SPORTS");
        Api.Response created = Api.post("/api/registry/v1/organizations", officer, preparing);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.header("Location").substring(created.header("Location").lastIndexOf('/') + 1);

        String username = "weiqi-" + serial;
        Api.Response registered = Api.post("/api/registry/v1/organizations/" + id + "/registration", officer, Map.of(
                "creditCode", UnifiedSocialCreditCode.withCheckCharacter("51430121MJJ" + serial),
                "registeredOn", LocalDate.now().toString(),
                "administrator", Map.of("username", username, "email", username + "@example.org",
                        "familyName", "李", "givenName", "星沙")));
        assertThat(registered.status()).as(registered.body()).isEqualTo(200);
        assertThat(registered.json().get("status").asString()).isEqualTo("REGISTERED");

        JsonNode account = awaitAccount(username);
        assertThat(account.get("attributes").get("org_id").get(0).asString()).isEqualTo(id);
        assertThat(account.get("attributes").get("jurisdiction").get(0).asString()).isEqualTo("430121001000");
        Api.Response roles = admin("/users/" + account.get("id").asString() + "/role-mappings/realm");
        assertThat(roles.json().valueStream().map(role -> role.get("name").asString())).contains("org-admin");
    }

    private static JsonNode awaitAccount(String username) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            JsonNode users = admin("/users?exact=true&username=" + username).json();
            if (!users.isEmpty()) {
                return users.get(0);
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no Keycloak account " + username + " within 60 s");
    }

    private static Api.Response admin(String path) {
        String token = Api.tokenFrom(Map.of("grant_type", "password", "client_id", "admin-cli",
                "username", "admin", "password", "admin"), "master");
        return Api.send(HttpRequest.newBuilder(URI.create(Api.keycloak() + "/admin/realms/incubator" + path))
                .header("Authorization", "Bearer " + token).GET());
    }
}
