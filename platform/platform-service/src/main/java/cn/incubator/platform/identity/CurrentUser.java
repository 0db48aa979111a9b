package cn.incubator.platform.identity;

import cn.incubator.platform.jurisdiction.InvalidJurisdictionException;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The caller as the platform sees it, resolved once from the Keycloak access token.
 *
 * @param subject      the token subject (Keycloak user or service-account id)
 * @param username     {@code preferred_username}, used on the audit timeline
 * @param roles        realm roles the platform knows
 * @param jurisdictions the subtrees the caller works in ({@code jurisdiction} claim); unknown codes are dropped
 * @param orgId        the organization an {@code org-admin} acts for ({@code org_id} claim)
 * @param partnerId    the partner a foundation client acts for ({@code partner_id} claim)
 */
public record CurrentUser(
        String subject,
        String username,
        Set<Role> roles,
        List<Jurisdiction> jurisdictions,
        Optional<UUID> orgId,
        Optional<String> partnerId) {

    public CurrentUser {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        jurisdictions = List.copyOf(jurisdictions);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Role... candidates) {
        for (Role candidate : candidates) {
            if (roles.contains(candidate)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The service itself acting on a fact another service told it (an event), with the reach of the whole node it
     * serves; it appears on the audit timeline under its own name.
     */
    /** The user name of the platform's own service client ({@code incubator-services}, client credentials). */
    public static final String SERVICE_CLIENT = "service-account-incubator-services";

    /** Whether the caller is the platform's service client: another service, not a person or a partner. */
    public boolean isServiceClient() {
        return SERVICE_CLIENT.equals(username());
    }

    /** The service itself acting on this node, over every subtree the node serves. */
    public static CurrentUser service(String name, cn.incubator.platform.node.Node node) {
        return new CurrentUser(name, name, Set.of(Role.PLATFORM_ADMIN), node.subtrees(), Optional.empty(),
                Optional.empty());
    }

    public static CurrentUser service(String name, Jurisdiction node) {
        return new CurrentUser(name, name, Set.of(Role.PLATFORM_ADMIN), List.of(node), Optional.empty(),
                Optional.empty());
    }

    /**
     * The caller of the request (REST or gRPC) being served on this thread.
     *
     * @throws IllegalStateException when no caller authenticated with a Keycloak token
     */
    public static CurrentUser fromSecurityContext() {
        if (org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication()
                instanceof org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken jwt) {
            return fromJwt(jwt.getToken());
        }
        throw new IllegalStateException("No caller authenticated with a Keycloak token on this thread");
    }

    public static CurrentUser fromJwt(Jwt jwt) {
        String username = Optional.ofNullable(jwt.getClaimAsString("preferred_username"))
                .or(() -> Optional.ofNullable(jwt.getClaimAsString("azp")))
                .orElse(jwt.getSubject());
        return new CurrentUser(
                jwt.getSubject(),
                username,
                rolesOf(jwt),
                jurisdictionsOf(jwt.getClaim("jurisdiction")),
                Optional.ofNullable(jwt.getClaimAsString("org_id")).flatMap(CurrentUser::uuid),
                Optional.ofNullable(jwt.getClaimAsString("partner_id")).filter(s -> !s.isBlank()));
    }

    static Set<Role> rolesOf(Jwt jwt) {
        Map<String, Object> realmAccess = jwt.getClaimAsMap("realm_access");
        if (realmAccess == null || !(realmAccess.get("roles") instanceof Collection<?> names)) {
            return Set.of();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        names.forEach(name -> Role.fromWireName(String.valueOf(name)).ifPresent(roles::add));
        return roles;
    }

    /** Keycloak sends a single-valued attribute as a string and a multivalued one as an array: accept both. */
    static List<Jurisdiction> jurisdictionsOf(Object claim) {
        Collection<?> codes = claim instanceof Collection<?> c ? c : claim == null ? List.of() : List.of(claim);
        return codes.stream()
                .map(String::valueOf)
                .flatMap(code -> {
                    try {
                        return java.util.stream.Stream.of(Jurisdiction.of(code));
                    } catch (InvalidJurisdictionException e) {
                        return java.util.stream.Stream.empty();
                    }
                })
                .distinct()
                .toList();
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
