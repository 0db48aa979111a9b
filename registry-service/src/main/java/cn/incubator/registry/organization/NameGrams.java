package cn.incubator.registry.organization;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Character bigrams of an organization name, the index key of the name search. Chinese has no word boundaries and
 * users search with two characters (e.g. 星沙, 养老), which trigram indexes cannot serve; a GIN index over the set
 * of bigrams finds every name containing a query's bigrams, and a {@code LIKE} recheck drops false positives.
 */
final class NameGrams {

    private NameGrams() {
    }

    static String[] of(String text) {
        int[] codePoints = normalize(text).codePoints().toArray();
        Set<String> grams = new LinkedHashSet<>();
        for (int i = 0; i + 1 < codePoints.length; i++) {
            grams.add(new String(codePoints, i, 2));
        }
        return grams.toArray(String[]::new);
    }

    /** Case-folded with spaces removed, the form both the index and the recheck compare. */
    static String normalize(String text) {
        return text.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", "");
    }
}
