package cn.incubator.partybuilding.access;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.scope.DataScope;
import cn.incubator.platform.scope.ScopeFilter;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The data scope on party-organization cases: the caller's jurisdiction subtrees (and organization for an org-admin),
 * narrowed for a party instructor to the cases currently assigned to them (党建指导员只看本人联系的组织).
 *
 * @param instructor the username whose assignments narrow the scope, when the caller acts as an instructor only
 */
public record CaseScope(DataScope scope, Optional<String> instructor) {

    /**
     * @param alias the alias of {@code party_case} in the query
     */
    public ScopeFilter filter(String alias) {
        ScopeFilter base = scope.filter(alias + ".jurisdiction_code", alias + ".organization_id");
        if (instructor.isEmpty()) {
            return base;
        }
        return base.and("EXISTS (SELECT 1 FROM instructor_assignment scope_a WHERE scope_a.case_id = " + alias
                + ".id AND scope_a.ended_at IS NULL AND scope_a.username = :scope_instructor)",
                Map.of("scope_instructor", instructor.get()));
    }

    public void requireWritable(Jurisdiction jurisdiction, UUID organizationId) {
        scope.requireWritable(jurisdiction, organizationId);
    }
}
