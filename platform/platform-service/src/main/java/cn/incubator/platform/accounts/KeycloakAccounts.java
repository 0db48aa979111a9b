package cn.incubator.platform.accounts;

import cn.incubator.platform.identity.Role;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * Provisions accounts in the {@code incubator} realm through Keycloak's admin API, as the platform's service client
 * (which holds {@code manage-users}): organization administrators when an organization is registered, partner
 * users later. Idempotent, so it can run from the outbox and be retried: an existing user is updated, not doubled.
 */
public class KeycloakAccounts {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
    };

    private final RestClient keycloak;

    public KeycloakAccounts(RestClient serviceRestClient, String keycloakUrl) {
        this.keycloak = serviceRestClient.mutate().baseUrl(keycloakUrl + "/admin/realms/incubator").build();
    }

    /** Creates or updates the user and grants the role; returns the Keycloak user id. */
    public String ensureUser(Account account, Role role) {
        String id = findUserId(account.username()).orElseGet(() -> create(account));
        keycloak.put().uri("/users/{id}", id).body(representation(account)).retrieve().toBodilessEntity();
        grant(id, role);
        return id;
    }

    public java.util.Optional<Map<String, Object>> findUser(String username) {
        return keycloak.get().uri("/users?username={u}&exact=true", username).retrieve().body(LIST)
                .stream().findFirst();
    }

    private java.util.Optional<String> findUserId(String username) {
        return findUser(username).map(user -> String.valueOf(user.get("id")));
    }

    private String create(Account account) {
        try {
            ResponseEntity<Void> created = keycloak.post().uri("/users").body(representation(account)).retrieve()
                    .toBodilessEntity();
            URI location = created.getHeaders().getLocation();
            String path = location.getPath();
            return path.substring(path.lastIndexOf('/') + 1);
        } catch (HttpClientErrorException.Conflict raced) {
            return findUserId(account.username()).orElseThrow(() -> raced);
        }
    }

    private void grant(String userId, Role role) {
        // The service account may not read roles by name; the user's assignable roles list carries the ids.
        List<Map<String, Object>> available = keycloak.get()
                .uri("/users/{id}/role-mappings/realm/available", userId).retrieve().body(LIST);
        List<Map<String, Object>> wanted = available.stream()
                .filter(r -> role.wireName().equals(r.get("name"))).toList();
        if (!wanted.isEmpty()) {
            keycloak.post().uri("/users/{id}/role-mappings/realm", userId).body(wanted).retrieve()
                    .toBodilessEntity();
        }
    }

    private static Map<String, Object> representation(Account account) {
        return Map.of(
                "username", account.username(),
                "email", account.email(),
                "firstName", account.firstName(),
                "lastName", account.lastName(),
                "enabled", true,
                "emailVerified", false,
                "attributes", account.attributes(),
                // The person sets a password and verifies the e-mail address at first log-in.
                "requiredActions", List.of("UPDATE_PASSWORD", "VERIFY_EMAIL"));
    }

    /** A person's account; {@code attributes} carry {@code jurisdiction}, {@code org_id} or {@code partner_id}. */
    public record Account(String username, String email, String firstName, String lastName,
            Map<String, List<String>> attributes) {
    }

}
