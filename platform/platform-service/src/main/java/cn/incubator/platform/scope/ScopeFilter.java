package cn.incubator.platform.scope;

import java.util.Map;

/**
 * A SQL predicate (with its named parameters) that keeps a query inside the caller's data scope.
 * Append it to a {@code WHERE} clause with {@code AND}; its parameter names start with {@code scope_} so they never
 * clash with a query's own.
 */
public record ScopeFilter(String sql, Map<String, Object> params) {

    public ScopeFilter {
        params = Map.copyOf(params);
    }

    static ScopeFilter nothing() {
        return new ScopeFilter("FALSE", Map.of());
    }
}
