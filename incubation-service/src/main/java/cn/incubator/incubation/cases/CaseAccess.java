package cn.incubator.incubation.cases;

import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.identity.Role;
import cn.incubator.platform.permission.PermissionTable;
import cn.incubator.platform.problem.ProblemException;
import cn.incubator.platform.scope.DataScope;
import cn.incubator.platform.scope.ScopeFilter;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * What cases a caller sees. Officers, operators and hubs see the cases in their jurisdiction subtrees; an
 * org-admin only their organization's; an expert (专家) only the cases whose panels they sit on without being
 * excluded, whatever jurisdiction their token carries.
 */
public final class CaseAccess {

    private CaseAccess() {
    }

    /** Whether the caller is an expert and nothing that grants a wider view. */
    public static boolean expertOnly(CurrentUser user) {
        return user.hasRole(Role.EXPERT) && !user.hasAnyRole(Role.PLATFORM_ADMIN, Role.CIVIL_AFFAIRS,
                Role.BASE_OPERATOR, Role.HUB_OPERATOR, Role.ORG_ADMIN);
    }

    /**
     * Whether one of the caller's roles holds a permission of the {@link PermissionTable}: for the decisions inside an
     * operation that its declared permission does not settle (an applicant may withdraw, only staff move a case on).
     */
    public static boolean holds(CurrentUser user, String permission) {
        return PermissionTable.allows(user.roles().stream().map(Role::wireName).toList(), permission);
    }

    /** Refuses (403) a caller none of whose roles holds the permission. */
    public static void require(CurrentUser user, String permission) {
        if (!holds(user, permission)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "permission-denied", new Object[] {permission},
                    Map.of("permission", permission));
        }
    }

    /** A predicate on the case table aliased {@code alias}. */
    static ScopeFilter filter(CurrentUser user, DataScope scope, String alias) {
        ScopeFilter filter = scope.filter(alias + ".jurisdiction_code", alias + ".organization_id");
        if (!expertOnly(user)) {
            return filter;
        }
        return filter.and(alias + ".id IN (SELECT e.case_id FROM evaluation e"
                + " JOIN panel_member m ON m.evaluation_id = e.id"
                + " WHERE m.username = :scope_expert AND m.excluded_reason IS NULL)", Map.of("scope_expert", user.username()));
    }
}
