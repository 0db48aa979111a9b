package cn.incubator.grants.support;

import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.identity.Role;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** The demo callers as the service sees them, with their (stand-in) token on the thread for remote calls. */
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

    /** Puts the caller's stand-in token on the thread and returns the caller. */
    public static CurrentUser on(CurrentUser user) {
        Jwt jwt = new Jwt("token-of-" + user.username(), Instant.now(), Instant.now().plusSeconds(300),
                Map.of("alg", "none"), Map.of("sub", user.subject(), "preferred_username", user.username()));
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt));
        return user;
    }
}
