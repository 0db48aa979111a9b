package cn.incubator.platform.test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Bearer tokens for tests that go through the HTTP layer (security filters, permission interceptor, data scope): a
 * token is an opaque key to the claims Keycloak would have issued, so no Keycloak is needed.
 */
public final class TestTokens {

    private static final Map<String, Map<String, Object>> ISSUED = new ConcurrentHashMap<>();

    private TestTokens() {
    }

    /** A person's token: one realm role and the jurisdiction they work in. */
    public static String person(String username, String role, String jurisdiction) {
        return issue(Map.of("sub", UUID.randomUUID().toString(), "preferred_username", username,
                "realm_access", Map.of("roles", List.of(role)), "jurisdiction", List.of(jurisdiction)));
    }

    /** An org-admin's token, acting for one organization ({@code org_id}). */
    public static String orgAdmin(String username, UUID organization, String jurisdiction) {
        return issue(Map.of("sub", UUID.randomUUID().toString(), "preferred_username", username,
                "realm_access", Map.of("roles", List.of("org-admin")), "jurisdiction", List.of(jurisdiction),
                "org_id", organization.toString()));
    }

    /** A partner client's token (client credentials), with its partner id and scopes. */
    public static String partner(String partnerId, String jurisdiction, String scope) {
        return issue(Map.of("sub", UUID.randomUUID().toString(), "azp", "partner-" + partnerId,
                "realm_access", Map.of("roles", List.of("partner")), "jurisdiction", List.of(jurisdiction),
                "partner_id", partnerId, "scope", scope));
    }

    private static String issue(Map<String, Object> claims) {
        String token = "test-" + UUID.randomUUID();
        ISSUED.put(token, claims);
        return token;
    }

    /** Replaces the Keycloak decoder of the service under test: {@code @Import(TestTokens.Decoder.class)}. */
    @TestConfiguration
    public static class Decoder {
        @Bean
        JwtDecoder testJwtDecoder() {
            return token -> {
                Map<String, Object> claims = ISSUED.get(token);
                if (claims == null) {
                    throw new BadJwtException("not a test token");
                }
                Instant now = Instant.now();
                return Jwt.withTokenValue(token).header("alg", "none").claims(c -> c.putAll(claims))
                        .issuedAt(now).expiresAt(now.plusSeconds(300)).build();
            };
        }
    }
}
