package cn.incubator.incubation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.platform.permission.PermissionInterceptor;
import cn.incubator.platform.problem.ProblemException;
import cn.incubator.incubation.support.IncubationIT;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Incubation's operations as the permission interceptor guards them: each request is resolved to its operation by
 * the service's own handler mapping and put through the interceptors mapped to its path, with the caller's token on
 * the thread, as a request through the gateway would be.
 */
class OperationPermissionsIT extends IncubationIT {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Test
    void aTrainerHasNothingInIncubation() {
        assertThat(refusal("trainer", "GET", "/api/incubation/v1/cases")).isEqualTo("permission-denied");
        assertThat(refusal("trainer", "GET", "/api/incubation/v1/evaluations")).isEqualTo("permission-denied");
    }

    @Test
    void anExpertReadsItsEvaluationsAndTheirCasesButNeitherBasesServicesNorStatistics() {
        UUID id = UUID.randomUUID();
        assertThat(refusal("expert", "GET", "/api/incubation/v1/evaluations")).isNull();
        assertThat(refusal("expert", "GET", "/api/incubation/v1/evaluations/" + id)).isNull();
        assertThat(refusal("expert", "PUT", "/api/incubation/v1/evaluations/" + id + "/sheets/p1")).isNull();
        assertThat(refusal("expert", "GET", "/api/incubation/v1/cases/" + id)).isNull();
        assertThat(refusal("expert", "POST", "/api/incubation/v1/evaluations/" + id + "/decision"))
                .isEqualTo("permission-denied");
        assertThat(refusal("expert", "GET", "/api/incubation/v1/bases")).isEqualTo("permission-denied");
        assertThat(refusal("expert", "GET", "/api/incubation/v1/cases/" + id + "/activities"))
                .isEqualTo("permission-denied");
        assertThat(refusal("expert", "GET", "/api/incubation/v1/statistics/pipeline")).isEqualTo("permission-denied");
    }

    @Test
    void anOrgAdminAppliesAndMayAskForATransitionButNotAllocateOrOpenABase() {
        UUID id = UUID.randomUUID();
        assertThat(refusal("org-admin", "GET", "/api/incubation/v1/bases")).as("the bases it may apply to").isNull();
        assertThat(refusal("org-admin", "POST", "/api/incubation/v1/cases")).isNull();
        assertThat(refusal("org-admin", "POST", "/api/incubation/v1/cases/" + id + "/transitions")).isNull();
        assertThat(refusal("org-admin", "POST", "/api/incubation/v1/cases/" + id + "/workstation"))
                .isEqualTo("permission-denied");
        assertThat(refusal("org-admin", "GET", "/api/incubation/v1/evaluations")).isEqualTo("permission-denied");
        assertThat(refusal("civil-affairs", "POST", "/api/incubation/v1/bases")).isEqualTo("permission-denied");
        assertThat(refusal("base-operator", "POST", "/api/incubation/v1/bases")).isNull();
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
