package cn.incubator.registry;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.platform.permission.PermissionInterceptor;
import cn.incubator.platform.problem.ProblemException;
import cn.incubator.platform.test.RealPostgres;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * The registry's operations as the permission interceptor guards them: each request is resolved to its operation by
 * the service's own handler mapping and put through the interceptors mapped to its path, with the caller's token on
 * the thread, as a request through the gateway would be.
 */
@SpringBootTest(properties = "spring.grpc.server.port=0")
class OperationPermissionsIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "registry_permissions_it");
    }

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @AfterEach
    void leaveNoCallerOnTheThread() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anExpertReadsNothingOfTheRegistry() {
        for (String list : List.of("/api/registry/v1/talent", "/api/registry/v1/organizations",
                "/api/registry/v1/consultations")) {
            assertThat(refusal("expert", "GET", list)).as(list).isEqualTo("permission-denied");
        }
    }

    @Test
    void aTrainerReadsNothingOfTheRegistry() {
        assertThat(refusal("trainer", "GET", "/api/registry/v1/organizations")).isEqualTo("permission-denied");
        assertThat(refusal("trainer", "GET", "/api/registry/v1/weekly/activities")).isEqualTo("permission-denied");
    }

    @Test
    void onlyCivilAffairsRegistersAndTheBaseOperatorRecords() {
        assertThat(refusal("base-operator", "POST", "/api/registry/v1/organizations/"
                + UUID.randomUUID() + "/registration")).isEqualTo("permission-denied");
        assertThat(refusal("civil-affairs", "POST", "/api/registry/v1/organizations/"
                + UUID.randomUUID() + "/registration")).isNull();
        assertThat(refusal("base-operator", "POST", "/api/registry/v1/organizations")).isNull();
        assertThat(refusal("hub-operator", "POST", "/api/registry/v1/talent")).isEqualTo("permission-denied");
    }

    @Test
    void anOrgAdminReadsItsOrganizationButNotTheConsultationsOrTheTalentPool() {
        assertThat(refusal("org-admin", "GET", "/api/registry/v1/organizations")).isNull();
        assertThat(refusal("org-admin", "GET", "/api/registry/v1/consultations")).isEqualTo("permission-denied");
        assertThat(refusal("org-admin", "GET", "/api/registry/v1/talent")).isEqualTo("permission-denied");
    }

    /** The problem slug the request is refused with before its operation runs, or {@code null} when it may run. */
    private String refusal(String role, String method, String path) {
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(new Jwt("token-of-" + role,
                Instant.now(), Instant.now().plusSeconds(300), Map.of("alg", "none"),
                Map.of("sub", role + "-demo", "preferred_username", role + "-demo",
                        "realm_access", Map.of("roles", List.of(role)), "jurisdiction", List.of("430121000000")))));
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        ServletRequestPathUtils.parseAndCache(request);
        try {
            HandlerExecutionChain chain = mapping.getHandler(request);
            assertThat(chain).as(method + " " + path).isNotNull();
            List<HandlerInterceptor> interceptors = chain.getInterceptorList();
            assertThat(interceptors).as("the permission interceptor guards " + path)
                    .anyMatch(PermissionInterceptor.class::isInstance);
            for (HandlerInterceptor interceptor : interceptors) {
                if (interceptor instanceof PermissionInterceptor permissions) {
                    permissions.preHandle(request, response, chain.getHandler());
                }
            }
            return null;
        } catch (ProblemException refused) {
            assertThat(refused.status()).isEqualTo(HttpStatus.FORBIDDEN);
            return refused.slug();
        } catch (Exception unexpected) {
            throw new AssertionError(unexpected);
        }
    }
}
