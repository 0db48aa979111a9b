package cn.incubator.platform.permission;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.PropertyResolver;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Refuses to start a service that has an operation without a declared permission, or one naming a permission the
 * {@link PermissionTable} does not know: every service test boots the service, so a forgotten declaration fails them
 * all instead of opening an endpoint to every role.
 */
public class DeclaredPermissions implements SmartInitializingSingleton {

    /** The paths the permission model covers; API documents and actuator endpoints are outside it. */
    public static final List<String> GUARDED = List.of("/api/**", "/partner/**", "/internal/**");
    public static final List<String> UNGUARDED = List.of("/api/*/v3/api-docs", "/api/*/v3/api-docs/**");

    private final RequestMappingHandlerMapping mapping;
    private final PropertyResolver properties;

    public DeclaredPermissions(RequestMappingHandlerMapping mapping, PropertyResolver properties) {
        this.mapping = mapping;
        this.properties = properties;
    }

    /** The permission a handler method declares, as written (placeholders unresolved). */
    public static Optional<String> of(HandlerMethod method) {
        return Optional.ofNullable(method.getMethodAnnotation(RequiresPermission.class)).map(RequiresPermission::value);
    }

    /**
     * The permission a handler method declares, its {@code ${...}} placeholders resolved against the service's
     * configuration: an operation the platform gives every service (the operation log) names its own service's
     * permission this way.
     */
    public static Optional<String> of(HandlerMethod method, PropertyResolver properties) {
        return of(method).map(properties::resolveRequiredPlaceholders);
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
            if (!guarded(entry.getKey())) {
                continue;
            }
            Optional<String> declared = of(entry.getValue(), properties);
            if (declared.isEmpty()) {
                problems.add(entry.getKey() + " declares no @RequiresPermission");
            } else if (PermissionTable.find(declared.get()).isEmpty()) {
                problems.add(entry.getKey() + " declares the unknown permission " + declared.get());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Every operation must declare a known permission:\n  "
                    + String.join("\n  ", problems));
        }
    }

    private static boolean guarded(RequestMappingInfo info) {
        return info.getPatternValues().stream().anyMatch(pattern -> !pattern.contains("/v3/api-docs")
                && (pattern.startsWith("/api/") || pattern.startsWith("/partner/")
                        || pattern.startsWith("/internal/")));
    }
}
