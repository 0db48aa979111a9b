package cn.incubator.platform.accounts;

import cn.incubator.platform.identity.Role;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.RoleScopeResource;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Provisions accounts in the {@code incubator} realm through Keycloak's admin client, as the platform's service
 * client (which holds {@code manage-users}): organization administrators when an organization is registered, partner
 * users later. Idempotent, so it can run from the outbox and be retried: an existing user is updated, not doubled.
 * A Keycloak that cannot be reached or fails is a {@code dependency-unavailable} problem ({@link KeycloakAdmin}).
 */
public class KeycloakAccounts {

    private final KeycloakAdmin admin;

    public KeycloakAccounts(KeycloakAdmin admin) {
        this.admin = admin;
    }

    /** Creates or updates the user and grants the role; returns the Keycloak user id. */
    public String ensureUser(Account account, Role role) {
        return admin.call(realm -> {
            String id = findUserId(realm, account.username()).orElseGet(() -> create(realm, account));
            realm.users().get(id).update(representation(account));
            grant(realm.users().get(id).roles().realmLevel(), role.wireName());
            return id;
        });
    }

    public Optional<UserRepresentation> findUser(String username) {
        return admin.call(realm -> realm.users().searchByUsername(username, true).stream().findFirst());
    }

    private static Optional<String> findUserId(RealmResource realm, String username) {
        return realm.users().searchByUsername(username, true).stream().findFirst().map(UserRepresentation::getId);
    }

    private static String create(RealmResource realm, Account account) {
        try (Response created = realm.users().create(representation(account))) {
            if (created.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
                // Created meanwhile by another try of the same event.
                return findUserId(realm, account.username()).orElseThrow(
                        () -> new IllegalStateException("Keycloak reports user " + account.username()
                                + " exists but does not find it"));
            }
            return CreatedResponseUtil.getCreatedId(created);
        }
    }

    /**
     * Grants a realm role to a user (also a client's service-account user). The service account may not read
     * roles by name; the user's assignable roles carry what a mapping needs. A role already granted is not
     * assignable any more, so granting twice changes nothing.
     */
    static void grant(RoleScopeResource realmRoles, String role) {
        List<RoleRepresentation> wanted = realmRoles.listAvailable().stream()
                .filter(r -> role.equals(r.getName())).toList();
        if (!wanted.isEmpty()) {
            realmRoles.add(wanted);
        }
    }

    private static UserRepresentation representation(Account account) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(account.username());
        user.setEmail(account.email());
        user.setFirstName(account.firstName());
        user.setLastName(account.lastName());
        user.setEnabled(true);
        user.setEmailVerified(false);
        user.setAttributes(account.attributes());
        // The person sets a password and verifies the e-mail address at first log-in.
        user.setRequiredActions(List.of("UPDATE_PASSWORD", "VERIFY_EMAIL"));
        return user;
    }

    /** A person's account; {@code attributes} carry {@code jurisdiction}, {@code org_id} or {@code partner_id}. */
    public record Account(String username, String email, String firstName, String lastName,
            Map<String, List<String>> attributes) {
    }

}
