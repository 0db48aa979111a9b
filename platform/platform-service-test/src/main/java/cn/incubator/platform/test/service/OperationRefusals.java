package cn.incubator.platform.test.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.platform.permission.PermissionInterceptor;
import cn.incubator.platform.problem.ProblemException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * A service's operations as the permission interceptor guards them: each request is resolved to its operation by
 * the service's own handler mapping and put through the interceptors mapped to its path, with a caller of one role
 * on the thread, as a request through the gateway would be.
 */
public final class OperationRefusals {

    private final RequestMappingHandlerMapping mapping;
    private final String jurisdiction;

    /**
     * @param mapping      the service's {@code requestMappingHandlerMapping}
     * @param jurisdiction where the callers work
     */
    public OperationRefusals(RequestMappingHandlerMapping mapping, String jurisdiction) {
        this.mapping = mapping;
        this.jurisdiction = jurisdiction;
    }

    /** The problem slug the request is refused with before its operation runs, or {@code null} when it may run. */
    public String refusal(String role, String method, String path) {
        Callers.onAs(role, jurisdiction);
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
        } finally {
            Callers.none();
        }
    }
}
