package cn.incubator.platform.permission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.platform.problem.ProblemException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.method.HandlerMethod;

class PermissionInterceptorTest {

    private final PermissionInterceptor interceptor = new PermissionInterceptor();

    @AfterEach
    void leaveNoCallerOnTheThread() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aRoleHoldingThePermissionPasses() throws Exception {
        as("civil-affairs");
        assertThat(interceptor.preHandle(new MockHttpServletRequest(), new MockHttpServletResponse(),
                handler("talentList"))).isTrue();
    }

    @Test
    void aRoleWithoutThePermissionIsRefusedNamingIt() {
        as("expert");
        assertThatThrownBy(() -> interceptor.preHandle(new MockHttpServletRequest(), new MockHttpServletResponse(),
                handler("talentList"))).isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN);
                    assertThat(e.slug()).isEqualTo("permission-denied");
                    assertThat(e.properties()).containsEntry("permission", "registry:talent:read");
                });
    }

    @Test
    void anUndeclaredOperationIsRefusedEvenToThePlatformAdmin() {
        as("platform-admin");
        assertThatThrownBy(() -> interceptor.preHandle(new MockHttpServletRequest(), new MockHttpServletResponse(),
                handler("undeclared"))).isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN));
    }

    @Test
    void declarationsAreReadFromTheOperation() throws Exception {
        assertThat(DeclaredPermissions.of(handler("talentList"))).contains("registry:talent:read");
        assertThat(DeclaredPermissions.of(handler("undeclared"))).isEmpty();
    }

    private static HandlerMethod handler(String name) throws NoSuchMethodException {
        return new HandlerMethod(new Operations(), Operations.class.getDeclaredMethod(name));
    }

    private static void as(String role) {
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(new Jwt("token", Instant.now(),
                Instant.now().plusSeconds(60), Map.of("alg", "none"), Map.of("sub", role, "preferred_username", role,
                        "realm_access", Map.of("roles", List.of(role)), "jurisdiction", List.of("430121000000")))));
    }

    static class Operations {

        @RequiresPermission("registry:talent:read")
        void talentList() {
        }

        void undeclared() {
        }
    }
}
