package cn.incubator.platform.permission;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission an HTTP operation needs (权限标识), one of {@link PermissionTable}'s codes, e.g.
 * {@code @RequiresPermission("registry:organization:read")}. Every operation of a service declares one: a service
 * with an undeclared operation, or one naming an unknown permission, does not start. Data scope narrows the grant
 * further inside the operation. The code may name {@code ${...}} placeholders of the service's configuration: an
 * operation the platform gives every service (the operation log) declares {@code <its service>:audit:read} that way.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RequiresPermission {

    /** The permission code, {@code service:resource:action}. */
    String value();
}
