package cn.incubator.incubation.base;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.scope.DataScope;
import cn.incubator.platform.scope.ScopeFilter;
import cn.incubator.platform.scope.ScopeFilters;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which bases a caller sees: those in their subtrees (they run or supervise them) and those above them (a street hub
 * or an organization applies to its county's or city's base). Writes to a base still need its jurisdiction in scope.
 */
final class BaseVisibility {

    private BaseVisibility() {
    }

    static ScopeFilter filter(DataScope scope, String jurisdictionColumn) {
        ScopeFilter inside = scope.filter(jurisdictionColumn, null);
        Set<String> ancestors = new LinkedHashSet<>();
        for (Jurisdiction subtree : scope.subtrees()) {
            Optional<Jurisdiction> parent = subtree.parent();
            while (parent.isPresent()) {
                ancestors.add(parent.get().code());
                parent = parent.get().parent();
            }
        }
        if (scope.isEmpty() || ancestors.isEmpty()) {
            return inside;
        }
        return ScopeFilters.anyOf(inside, new ScopeFilter(jurisdictionColumn + " IN (:scope_base_ancestors)",
                Map.of("scope_base_ancestors", ancestors)));
    }
}
