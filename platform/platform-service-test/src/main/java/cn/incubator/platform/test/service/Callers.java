package cn.incubator.platform.test.service;

import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.identity.Role;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The demo callers as a service sees them, and their stand-in tokens on the thread, so that what a service does
 * with the caller's token (calls to another service, the permission interceptor) sees them as in a request.
 */
public final class Callers {

    public static final CurrentUser ADMIN = user("admin", Role.PLATFORM_ADMIN, "430000000000");
    public static final CurrentUser COUNTY_OFFICER = user("county-officer", Role.CIVIL_AFFAIRS, "430121000000");
    public static final CurrentUser CITY_OPERATOR = user("city-operator", Role.BASE_OPERATOR, "430100000000");
    public static final CurrentUser XINGSHA_HUB = user("xingsha-hub", Role.HUB_OPERATOR, "430121001000");
    public static final CurrentUser LANGLI_HUB = user("langli-hub", Role.HUB_OPERATOR, "430121004000");
    public static final CurrentUser EXPERT = user("expert-demo", Role.EXPERT, "430100000000");

    private Callers() {
    }

    public static CurrentUser user(String name, Role role, String jurisdiction) {
        return new CurrentUser(name, name, Set.of(role), List.of(Jurisdiction.of(jurisdiction)), Optional.empty(),
                Optional.empty());
    }

    public static CurrentUser orgAdmin(String name, UUID organization, String jurisdiction) {
        return new CurrentUser(name, name, Set.of(Role.ORG_ADMIN), List.of(Jurisdiction.of(jurisdiction)),
                Optional.of(organization), Optional.empty());
    }

    /**
     * Puts the caller's stand-in token ({@code token-of-<username>}, with its roles, jurisdictions and organization
     * as claims) on the thread and returns the caller.
     */
    public static CurrentUser on(CurrentUser user) {
        Map<String, Object> claims = new HashMap<>(Map.of("sub", user.subject(),
                "preferred_username", user.username(),
                "realm_access", Map.of("roles", user.roles().stream().map(Role::wireName).toList()),
                "jurisdiction", user.jurisdictions().stream().map(Jurisdiction::code).toList()));
        user.orgId().ifPresent(org -> claims.put("org_id", org.toString()));
        onTheThread("token-of-" + user.username(), claims);
        return user;
    }

    /** A caller of one realm role in {@code jurisdiction}, by role name only ({@code <role>-demo}). */
    public static void onAs(String role, String jurisdiction) {
        onTheThread("token-of-" + role, Map.of("sub", role + "-demo", "preferred_username", role + "-demo",
                "realm_access", Map.of("roles", List.of(role)), "jurisdiction", List.of(jurisdiction)));
    }

    /** Removes the caller from the thread. */
    public static void none() {
        SecurityContextHolder.clearContext();
    }

    private static void onTheThread(String token, Map<String, Object> claims) {
        Jwt jwt = new Jwt(token, Instant.now(), Instant.now().plusSeconds(300), Map.of("alg", "none"), claims);
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt));
    }
}
