package cn.incubator.incubation.cases;

import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.identity.Role;
import cn.incubator.platform.scope.DataScope;
import cn.incubator.platform.scope.ScopeFilter;
import java.util.Map;

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

    /** Whether the caller may run a case (move its stages, allocate, log services). */
    public static boolean staff(CurrentUser user) {
        return user.hasAnyRole(Role.PLATFORM_ADMIN, Role.CIVIL_AFFAIRS, Role.BASE_OPERATOR, Role.HUB_OPERATOR);
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
