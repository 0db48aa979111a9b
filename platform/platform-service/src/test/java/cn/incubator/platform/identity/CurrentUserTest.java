package cn.incubator.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

class CurrentUserTest {

    @Test
    void readsRolesJurisdictionsAndOrganizationFromAKeycloakToken() {
        Jwt jwt = jwt(Map.of(
                "preferred_username", "org-admin-demo",
                "realm_access", Map.of("roles", List.of("default-roles-incubator", "org-admin", "offline_access")),
                "jurisdiction", List.of("430121001000"),
                "org_id", "3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1001"));

        CurrentUser user = CurrentUser.fromJwt(jwt);

        assertThat(user.username()).isEqualTo("org-admin-demo");
        assertThat(user.roles()).containsExactly(Role.ORG_ADMIN);
        assertThat(user.jurisdictions()).extracting(j -> j.code()).containsExactly("430121001000");
        assertThat(user.orgId()).contains(UUID.fromString("3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1001"));
        assertThat(user.partnerId()).isEmpty();
    }

    @Test
    void acceptsASingleJurisdictionAsAStringAndDropsCodesThatDoNotExist() {
        Jwt jwt = jwt(Map.of("azp", "partner-demo-foundation", "partner_id", "demo-foundation",
                "jurisdiction", "430100000000"));

        CurrentUser user = CurrentUser.fromJwt(jwt);

        assertThat(user.jurisdictions()).extracting(j -> j.code()).containsExactly("430100000000");
        assertThat(user.partnerId()).contains("demo-foundation");
        assertThat(user.username()).isEqualTo("partner-demo-foundation");
        assertThat(CurrentUser.jurisdictionsOf(List.of("439900000000", "abc", "430121"))).extracting(j -> j.code())
                .containsExactly("430121000000");
    }

    @Test
    void malformedOrganizationIdIsIgnored() {
        CurrentUser user = CurrentUser.fromJwt(jwt(Map.of("org_id", "not-a-uuid")));

        assertThat(user.orgId()).isEmpty();
    }

    private static Jwt jwt(Map<String, Object> claims) {
        Jwt.Builder builder = Jwt.withTokenValue("token").header("alg", "RS256").subject("subject")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60));
        claims.forEach(builder::claim);
        return builder.build();
    }
}
