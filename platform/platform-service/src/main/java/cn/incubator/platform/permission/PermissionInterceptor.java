package cn.incubator.platform.permission;

import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.identity.Role;
import cn.incubator.platform.problem.ProblemException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.env.PropertyResolver;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Checks, before anything else of the operation runs (binding, validation), that one of the caller's roles holds the
 * permission the operation declares. Deny by default: an operation without a declaration is refused.
 */
public class PermissionInterceptor implements HandlerInterceptor {

    private final PropertyResolver properties;

    /** Resolves placeholders in declared permissions against the service's configuration. */
    public PermissionInterceptor(PropertyResolver properties) {
        this.properties = properties;
    }

    public PermissionInterceptor() {
        this(new StandardEnvironment());
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        String permission = DeclaredPermissions.of(method, properties)
                .orElseThrow(() -> new ProblemException(HttpStatus.FORBIDDEN, "forbidden"));
        Set<String> roles = CurrentUser.fromSecurityContext().roles().stream()
                .map(Role::wireName)
                .collect(Collectors.toSet());
        if (!PermissionTable.allows(roles, permission)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "permission-denied", new Object[] {permission},
                    Map.of("permission", permission));
        }
        return true;
    }
}
