package cn.incubator.platform.scope;

import java.util.HashMap;
import java.util.Map;

/**
 * A SQL predicate (with its named parameters) that keeps a query inside the caller's data scope. Compose it into a
 * query with {@code cn.incubator.platform.sql.Where}; its parameter names start with {@code scope_} so they never
 * clash with a query's own.
 */
public record ScopeFilter(String sql, Map<String, Object> params) {

    public ScopeFilter {
        params.keySet().stream().filter(name -> !name.startsWith("scope_")).findFirst().ifPresent(name -> {
            throw new IllegalArgumentException("Scope parameters are named scope_*, not " + name);
        });
        params = Map.copyOf(params);
    }

    static ScopeFilter nothing() {
        return new ScopeFilter("FALSE", Map.of());
    }

    /**
     * This filter narrowed by a further condition of the same caller (an expert's panels, an instructor's
     * assignments), whose parameters are named {@code scope_*} as well.
     */
    public ScopeFilter and(String condition, Map<String, ?> conditionParams) {
        Map<String, Object> all = new HashMap<>(params);
        all.putAll(conditionParams);
        return new ScopeFilter("(" + sql + " AND " + condition.strip() + ")", all);
    }
}
