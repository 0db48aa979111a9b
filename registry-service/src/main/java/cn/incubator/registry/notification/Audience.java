package cn.incubator.registry.notification;

import cn.incubator.platform.identity.Role;
import java.util.Objects;
import java.util.UUID;

/**
 * Who a notice is for: everyone of a role whose jurisdiction overlaps the notice's subtree, the org-admins of one
 * organization, or one user (by log-in name).
 */
public record Audience(Kind kind, Role role, UUID organizationId, String username) {

    public enum Kind { ROLE, ORGANIZATION, USER }

    public Audience {
        Objects.requireNonNull(kind, "kind");
        boolean valid = switch (kind) {
            case ROLE -> role != null && organizationId == null && username == null;
            case ORGANIZATION -> organizationId != null && role == null && username == null;
            case USER -> username != null && !username.isBlank() && role == null && organizationId == null;
        };
        if (!valid) {
            throw new IllegalArgumentException("Audience " + kind + " with role " + role + ", organization "
                    + organizationId + ", user " + username);
        }
    }

    public static Audience role(Role role) {
        return new Audience(Kind.ROLE, role, null, null);
    }

    public static Audience organization(UUID organizationId) {
        return new Audience(Kind.ORGANIZATION, null, organizationId, null);
    }

    public static Audience user(String username) {
        return new Audience(Kind.USER, null, null, username);
    }
}
