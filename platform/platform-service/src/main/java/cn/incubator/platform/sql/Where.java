package cn.incubator.platform.sql;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.scope.ScopeFilter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The conditions of a {@code WHERE} clause with their named parameters, joined with {@code AND}: the caller's
 * {@link ScopeFilter} first, then the query's own conditions, optional ones only when their value is present.
 * Repositories compose conditions here instead of concatenating SQL, so a fragment can never lose its space or its
 * parentheses, and a parameter can never be bound twice with different values.
 *
 * <p>Parameter names starting with {@code scope_} belong to scope filters; a query's own conditions may not use
 * them. Enum values are bound by name, as the tables store them.
 */
public final class Where {

    private static final Pattern OR = Pattern.compile("\\bOR\\b", Pattern.CASE_INSENSITIVE);

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    private Where() {
    }

    /** Conditions inside the caller's scope. */
    public static Where of(ScopeFilter scope) {
        return new Where().and(scope);
    }

    /**
     * Conditions of a query that deliberately looks beyond any caller's scope (clash detection, sweeps across the
     * node); scoped reads start with {@link #of}.
     */
    public static Where unscoped() {
        return new Where();
    }

    /** Adds another scope filter (e.g. one combined with {@code ScopeFilters.anyOf}). */
    public Where and(ScopeFilter filter) {
        add(filter.sql());
        filter.params().forEach(this::bindScope);
        return this;
    }

    /** Adds a condition without parameters. */
    public Where and(String condition) {
        add(condition);
        return this;
    }

    /** Adds a condition with one parameter, bound even when its value is {@code null}. */
    public Where and(String condition, String name, Object value) {
        add(condition);
        bind(condition, name, value);
        return this;
    }

    /** Adds a condition with several parameters. */
    public Where and(String condition, Map<String, ?> parameters) {
        add(condition);
        parameters.forEach((name, value) -> bind(condition, name, value));
        return this;
    }

    /** Adds the condition only when the value is present (not {@code null}). */
    public Where andIfPresent(String condition, String name, Object value) {
        return value == null ? this : and(condition, name, value);
    }

    /** Adds the condition only when {@code test} holds. */
    public Where andIf(boolean test, String condition, Map<String, ?> parameters) {
        return test ? and(condition, parameters) : this;
    }

    /** Adds {@code column LIKE :name}, matching the subtree of {@code within}, only when it is present. */
    public Where andWithin(String column, String name, Jurisdiction within) {
        return within == null ? this : and(column + " LIKE :" + name, name, within.significantPrefix() + "%");
    }

    /**
     * The conditions joined with {@code AND} ({@code TRUE} when there are none). A condition containing {@code OR} is
     * put in parentheses so that {@code AND} cannot bind into it.
     */
    public String sql() {
        if (conditions.isEmpty()) {
            return "TRUE";
        }
        List<String> parts = new ArrayList<>(conditions.size());
        for (String condition : conditions) {
            boolean loose = OR.matcher(condition).find() && !enclosed(condition);
            parts.add(conditions.size() > 1 && loose ? "(" + condition + ")" : condition);
        }
        return String.join(" AND ", parts);
    }

    /** Whether the whole condition is one parenthesized group, as scope filters are. */
    private static boolean enclosed(String condition) {
        if (!condition.startsWith("(")) {
            return false;
        }
        int depth = 0;
        for (int i = 0; i < condition.length(); i++) {
            char c = condition.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0) {
                return i == condition.length() - 1;
            }
        }
        return false;
    }

    public Map<String, Object> params() {
        return Collections.unmodifiableMap(params);
    }

    boolean isEmpty() {
        return conditions.isEmpty();
    }

    private void add(String condition) {
        if (condition == null || condition.isBlank()) {
            throw new IllegalArgumentException("Empty condition");
        }
        conditions.add(condition.strip());
    }

    private void bind(String condition, String name, Object value) {
        if (name.startsWith("scope_")) {
            throw new IllegalArgumentException("Parameter names starting with scope_ belong to scope filters: " + name);
        }
        if (!condition.contains(":" + name)) {
            throw new IllegalArgumentException("Condition \"" + condition + "\" does not use :" + name);
        }
        put(params, name, value);
    }

    private void bindScope(String name, Object value) {
        put(params, name, value);
    }

    /** Binds a parameter; the same name may be bound again only to an equal value (e.g. two filters of one scope). */
    static void put(Map<String, Object> params, String name, Object value) {
        Object bound = value instanceof Enum<?> e ? e.name() : value;
        if (params.containsKey(name) && !Objects.deepEquals(params.get(name), bound)) {
            throw new IllegalArgumentException("Parameter :" + name + " is bound twice with different values");
        }
        params.put(name, bound);
    }
}
