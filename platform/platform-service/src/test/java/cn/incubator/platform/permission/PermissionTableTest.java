package cn.incubator.platform.permission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.platform.identity.Role;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PermissionTableTest {

    @Test
    void theTableKnowsExactlyTheRolesKeycloakIssues() {
        assertThat(PermissionTable.ROLES)
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(Role.values()).map(Role::wireName).toList());
    }

    @Test
    void aPartnerHoldsOnlyThePartnerApi() {
        assertThat(PermissionTable.permissionsOf(PermissionTable.PARTNER))
                .isNotEmpty()
                .allMatch(code -> code.startsWith("partner:"));
        assertThat(PermissionTable.ROLES.stream().filter(role -> !role.equals(PermissionTable.PARTNER)))
                .allMatch(role -> PermissionTable.permissionsOf(role).stream().noneMatch(c -> c.startsWith("partner:")));
    }

    @Test
    void anExpertCannotReadTheTalentPoolOrganizationsOrAwards() {
        List<String> roles = List.of(PermissionTable.EXPERT);
        assertThat(PermissionTable.allows(roles, "registry:talent:read")).isFalse();
        assertThat(PermissionTable.allows(roles, "registry:organization:read")).isFalse();
        assertThat(PermissionTable.allows(roles, "grants:award:read")).isFalse();
        assertThat(PermissionTable.allows(roles, "grants:review:score")).isTrue();
    }

    @Test
    void anUnknownPermissionIsGrantedToNobody() {
        assertThat(PermissionTable.rolesGranted("registry:nothing:read")).isEmpty();
        assertThat(PermissionTable.allows(PermissionTable.ROLES, "registry:nothing:read")).isFalse();
    }

    @Test
    void codesFollowServiceResourceAction() {
        assertThatThrownBy(() -> new Permission("Registry.read", "x", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Permission("registry:organization:read", "x", "x").service()).isEqualTo("registry");
    }
}
