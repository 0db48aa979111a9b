package cn.incubator.platform.scope;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Combines scope filters of one {@link DataScope}, e.g. "the place or the organization is in scope". */
public final class ScopeFilters {

    private ScopeFilters() {
    }

    /**
     * Matches a record that any of the filters matches. The filters must come from the same scope: their parameters
     * then share names and values, so one parameter set serves them all.
     */
    public static ScopeFilter anyOf(ScopeFilter... filters) {
        List<String> alternatives = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        for (ScopeFilter filter : filters) {
            alternatives.add("(" + filter.sql() + ")");
            filter.params().forEach((name, value) -> {
                if (params.containsKey(name) && !params.get(name).equals(value)) {
                    throw new IllegalArgumentException("Scope parameter :" + name + " differs between filters");
                }
                params.put(name, value);
            });
        }
        return new ScopeFilter("(" + String.join(" OR ", alternatives) + ")", params);
    }
}
