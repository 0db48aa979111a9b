package cn.incubator.platform.accounts;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * Provisions machine clients in the {@code incubator} realm through Keycloak's admin API, as the platform's service
 * client (which needs {@code manage-clients}): partner clients (基金会 / 企业) that use client credentials only, with
 * their {@code partner_id} and jurisdiction as hardcoded claims and one narrow scope.
 */
public class KeycloakClients {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
    };

    private final RestClient keycloak;

    public KeycloakClients(RestClient serviceRestClient, String keycloakUrl) {
        this.keycloak = serviceRestClient.mutate().baseUrl(keycloakUrl + "/admin/realms/incubator").build();
    }

    /**
     * Creates a confidential client-credentials client for a partner and answers its secret, which Keycloak keeps
     * and this platform never stores.
     *
     * @throws ClientExists when a client with that id exists already (its secret is not shown again)
     */
    public Created createPartnerClient(PartnerClient partner) {
        String id;
        try {
            ResponseEntity<Void> created = keycloak.post().uri("/clients").body(representation(partner)).retrieve()
                    .toBodilessEntity();
            URI location = created.getHeaders().getLocation();
            String path = location.getPath();
            id = path.substring(path.lastIndexOf('/') + 1);
        } catch (HttpClientErrorException.Conflict exists) {
            throw new ClientExists(partner.clientId());
        }
        grantServiceAccountRole(id, partner.role());
        Map<String, Object> secret = keycloak.get().uri("/clients/{id}/client-secret", id).retrieve().body(MAP);
        return new Created(id, partner.clientId(), String.valueOf(secret.get("value")));
    }

    public Optional<Map<String, Object>> findClient(String clientId) {
        return keycloak.get().uri("/clients?clientId={c}", clientId).retrieve().body(LIST).stream().findFirst();
    }

    private void grantServiceAccountRole(String clientUuid, String role) {
        Map<String, Object> user = keycloak.get().uri("/clients/{id}/service-account-user", clientUuid).retrieve()
                .body(MAP);
        String userId = String.valueOf(user.get("id"));
        // As for users, the assignable roles list carries the role ids a mapping needs.
        List<Map<String, Object>> wanted = keycloak.get()
                .uri("/users/{id}/role-mappings/realm/available", userId).retrieve().body(LIST).stream()
                .filter(r -> role.equals(r.get("name"))).toList();
        if (!wanted.isEmpty()) {
            keycloak.post().uri("/users/{id}/role-mappings/realm", userId).body(wanted).retrieve()
                    .toBodilessEntity();
        }
    }

    private static Map<String, Object> representation(PartnerClient partner) {
        return Map.ofEntries(
                Map.entry("clientId", partner.clientId()),
                Map.entry("name", partner.name()),
                Map.entry("enabled", true),
                Map.entry("protocol", "openid-connect"),
                Map.entry("publicClient", false),
                Map.entry("clientAuthenticatorType", "client-secret"),
                Map.entry("serviceAccountsEnabled", true),
                Map.entry("standardFlowEnabled", false),
                Map.entry("implicitFlowEnabled", false),
                Map.entry("directAccessGrantsEnabled", false),
                Map.entry("fullScopeAllowed", true),
                Map.entry("defaultClientScopes", List.of("basic", "profile", "roles", "service_account",
                        "incubator-identity", partner.scope())),
                Map.entry("optionalClientScopes", List.of()),
                Map.entry("protocolMappers", List.of(
                        hardcoded("partner_id", partner.partnerId(), "String"),
                        hardcoded("jurisdiction", "[" + String.join(",", partner.jurisdictions().stream()
                                .map(code -> "\"" + code + "\"").toList()) + "]", "JSON"))));
    }

    private static Map<String, Object> hardcoded(String claim, String value, String type) {
        return Map.of(
                "name", claim + " (hardcoded)",
                "protocol", "openid-connect",
                "protocolMapper", "oidc-hardcoded-claim-mapper",
                "config", Map.of("claim.name", claim, "claim.value", value, "jsonType.label", type,
                        "access.token.claim", "true", "id.token.claim", "false", "userinfo.token.claim", "false",
                        "introspection.token.claim", "true"));
    }

    /**
     * @param clientId      the Keycloak client id, e.g. {@code partner-one-foundation}
     * @param partnerId     the {@code partner_id} claim its tokens carry
     * @param jurisdictions the {@code jurisdiction} claim (12-digit codes)
     * @param scope         the one client scope it gets by default, e.g. {@code partner.programmes.read}
     * @param role          the realm role of its service account, e.g. {@code partner}
     */
    public record PartnerClient(String clientId, String name, String partnerId, List<String> jurisdictions,
            String scope, String role) {
    }

    /** @param secret shown once: the caller hands it over and keeps no copy */
    public record Created(String id, String clientId, String secret) {
    }

    /** The client id is taken. */
    public static final class ClientExists extends RuntimeException {

        public ClientExists(String clientId) {
            super("Client exists: " + clientId);
        }
    }
}
