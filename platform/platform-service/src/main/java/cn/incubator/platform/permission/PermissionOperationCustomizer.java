package cn.incubator.platform.permission;

import io.swagger.v3.oas.models.Operation;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.env.PropertyResolver;
import org.springframework.web.method.HandlerMethod;

/**
 * Publishes each operation's permission in the service's OpenAPI document ({@code x-permission}), so that clients,
 * the generated permission table and the permission-matrix test all read it from one place.
 */
public class PermissionOperationCustomizer implements OperationCustomizer {

    public static final String EXTENSION = "x-permission";

    private final PropertyResolver properties;

    public PermissionOperationCustomizer(PropertyResolver properties) {
        this.properties = properties;
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        DeclaredPermissions.of(handlerMethod, properties).ifPresent(code -> {
            operation.addExtension(EXTENSION, code);
            String roles = String.join(", ", PermissionTable.rolesGranted(code));
            String note = "权限 Permission: `" + code + "` (" + roles + ")";
            operation.setDescription(operation.getDescription() == null ? note : operation.getDescription() + "\n\n" + note);
        });
        return operation;
    }
}
