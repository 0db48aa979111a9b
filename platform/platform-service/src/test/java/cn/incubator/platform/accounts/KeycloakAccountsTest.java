package cn.incubator.platform.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.platform.identity.Role;
import cn.incubator.platform.problem.ProblemException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * Keycloak's admin client on this stack (RESTEasy and Jackson 2 beside Spring's Jackson 3) against a real HTTP peer
 * that answers as Keycloak's admin API does: the service client's token, the user created with its attributes and
 * required actions, only the wanted realm role granted, and an unreachable Keycloak a retryable 503 problem.
 */
class KeycloakAccountsTest {

    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private HttpServer keycloak;
    private KeycloakAdmin admin;

    @BeforeEach
    void fakeKeycloak() throws IOException {
        keycloak = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        keycloak.createContext("/", this::answer);
        keycloak.start();
        admin = new KeycloakAdmin("http://localhost:" + keycloak.getAddress().getPort(), "incubator",
                "incubator-services", "secret");
    }

    @AfterEach
    void stop() {
        admin.close();
        keycloak.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String call = exchange.getRequestMethod() + " " + exchange.getRequestURI();
        calls.add(call + " " + exchange.getRequestHeaders().getFirst("Authorization"));
        bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String admin = "/admin/realms/incubator";
        if (call.startsWith("POST /realms/incubator/protocol/openid-connect/token")) {
            json(exchange, 200, "{\"access_token\":\"service-token\",\"expires_in\":300,\"token_type\":\"Bearer\","
                    + "\"not-before-policy\":0,\"scope\":\"profile\"}");
        } else if (call.startsWith("GET " + admin + "/users?")) {
            json(exchange, 200, "[]");
        } else if (call.equals("POST " + admin + "/users")) {
            exchange.getResponseHeaders().add("Location", "http://localhost" + admin + "/users/u-1");
            exchange.sendResponseHeaders(201, -1);
            exchange.close();
        } else if (call.equals("GET " + admin + "/users/u-1/role-mappings/realm/available")) {
            // A field this client version does not know, as a newer server may send.
            json(exchange, 200, "[{\"id\":\"r-1\",\"name\":\"org-admin\",\"somethingNew\":true},"
                    + "{\"id\":\"r-2\",\"name\":\"platform-admin\"}]");
        } else if (call.startsWith("PUT " + admin + "/users/u-1") || call.startsWith("POST " + admin + "/users/u-1/")) {
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        } else {
            json(exchange, 404, "{\"error\":\"not found\"}");
        }
    }

    private static void json(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Test
    void createsTheUserWithItsAttributesAndGrantsOnlyTheWantedRoleAsTheServiceClient() {
        String id = new KeycloakAccounts(admin).ensureUser(new KeycloakAccounts.Account("weiqi-1", "w@example.org",
                "星沙", "李", Map.of("org_id", List.of("o-1"), "jurisdiction", List.of("430121001000"))),
                Role.ORG_ADMIN);

        assertThat(id).isEqualTo("u-1");
        assertThat(calls).first().asString().startsWith("POST /realms/incubator/protocol/openid-connect/token");
        assertThat(calls.subList(1, calls.size())).allSatisfy(call -> assertThat(call).endsWith("Bearer service-token"));
        int created = indexOf("POST /admin/realms/incubator/users ");
        assertThat(bodies.get(created)).contains("\"username\":\"weiqi-1\"").contains("\"org_id\":[\"o-1\"]")
                .contains("UPDATE_PASSWORD").contains("VERIFY_EMAIL");
        int granted = indexOf("POST /admin/realms/incubator/users/u-1/role-mappings/realm ");
        assertThat(bodies.get(granted)).contains("\"org-admin\"").doesNotContain("platform-admin");
    }

    @Test
    void anUnreachableKeycloakIsARetryable503Problem() {
        keycloak.stop(0);

        assertThatThrownBy(() -> new KeycloakAccounts(admin).findUser("anyone"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
                    assertThat(e.slug()).isEqualTo("dependency-unavailable");
                    assertThat(e.properties()).containsEntry("retryable", true);
                });
    }

    private int indexOf(String prefix) {
        for (int i = 0; i < calls.size(); i++) {
            if (calls.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no call " + prefix + " in " + calls);
    }
}
