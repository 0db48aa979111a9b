package cn.incubator.training.reach;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.scope.DataScope;
import cn.incubator.platform.scope.ScopeFilter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who sees what is offered in a place (courses, sessions): everyone working in that place or below it (a county
 * course is open to every street's organizations), plus all of it within the caller's own subtrees. Writes still
 * need {@link DataScope#requireWritable} on the place itself.
 */
public final class Offered {

    private Offered() {
    }

    /** The caller's published subtrees, or a place above one of them. */
    public static ScopeFilter filter(DataScope scope, String jurisdictionColumn) {
        ScopeFilter published = scope.publishedFilter(jurisdictionColumn);
        Set<String> above = new LinkedHashSet<>();
        for (Jurisdiction subtree : scope.subtrees()) {
            for (Jurisdiction j = subtree.parent().orElse(null); j != null; j = j.parent().orElse(null)) {
                above.add(j.code());
            }
        }
        if (scope.isEmpty() || above.isEmpty()) {
            return published;
        }
        Map<String, Object> params = new HashMap<>(published.params());
        List<String> names = new ArrayList<>();
        int i = 0;
        for (String code : above) {
            names.add(":scope_above" + i);
            params.put("scope_above" + i++, code);
        }
        return new ScopeFilter("(" + published.sql() + " OR " + jurisdictionColumn + " IN (" + String.join(", ", names)
                + "))", params);
    }

    /** Whether the caller sees what is offered in {@code place}. */
    public static boolean sees(DataScope scope, Jurisdiction place) {
        return !scope.isEmpty() && scope.subtrees().stream()
                .anyMatch(subtree -> subtree.contains(place) || place.contains(subtree));
    }
}
