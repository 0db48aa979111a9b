package cn.incubator.registry.organization;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Name approval (名称预核): whether a proposed name is identical or nearly identical to an existing one.
 *
 * <p>The rule, in order:
 * <ol>
 *   <li><b>IDENTICAL</b>: the normalized names (case folded, spaces removed) are equal.</li>
 *   <li><b>SAME_CORE</b>: the names are equal once place prefixes (the names of the jurisdiction and its parents and
 *       of the district's streets, with or without 省/市/县/区/街道/镇/乡) are removed from the front and one generic
 *       suffix (协会, 服务中心, 中心, 会 …, longest first) from the end: 星沙阳光养老协会 and
 *       长沙县星沙街道阳光养老服务中心 share the core 阳光养老.</li>
 *   <li><b>SIMILAR</b>: the Dice coefficient of the character bigrams of the two names without place prefixes is at
 *       least {@value #THRESHOLD}: 阳光助残志愿者协会 and 阳光助残志愿协会 share 6 of 8 and 7 bigrams, 2·6/(8+7) = 0.8.</li>
 * </ol>
 * Only a warning: registration officers decide; the check never blocks a creation.
 */
final class NameSimilarity {

    static final double THRESHOLD = 0.8;

    /** Generic organization-type words; the longest match is removed first so 服务中心 goes before 中心. */
    static final List<String> GENERIC_SUFFIXES = Stream.of("社区社会组织联合会", "志愿服务队", "服务中心", "促进会",
                    "联合会", "研究会", "基金会", "服务社", "服务队", "俱乐部", "协会", "学会", "商会", "中心", "会", "队", "社")
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();

    private static final List<String> PLACE_SUFFIXES = List.of("街道", "省", "市", "县", "区", "镇", "乡", "旗");

    private final Set<String> placeNames;

    /** @param placeNames names of places that may prefix names in the jurisdiction, e.g. 湖南省, 长沙县, 星沙街道 */
    NameSimilarity(Collection<String> placeNames) {
        Set<String> all = new HashSet<>();
        for (String place : placeNames) {
            String normalized = NameGrams.normalize(place);
            all.add(normalized);
            for (String suffix : PLACE_SUFFIXES) {
                // 长沙县 → 长沙, but a one-character stem (e.g. 沙 of 沙市) would eat ordinary words.
                if (normalized.endsWith(suffix) && normalized.length() - suffix.length() >= 2) {
                    all.add(normalized.substring(0, normalized.length() - suffix.length()));
                }
            }
        }
        this.placeNames = Set.copyOf(all);
    }

    Optional<Match> compare(String proposed, String existing) {
        String a = NameGrams.normalize(proposed);
        String b = NameGrams.normalize(existing);
        if (a.equals(b)) {
            return Optional.of(new Match(Kind.IDENTICAL, 1.0));
        }
        String aLocal = withoutPlaces(a);
        String bLocal = withoutPlaces(b);
        String aCore = core(aLocal);
        if (!aCore.isEmpty() && aCore.equals(core(bLocal))) {
            return Optional.of(new Match(Kind.SAME_CORE, 1.0));
        }
        double dice = dice(aLocal, bLocal);
        return dice >= THRESHOLD ? Optional.of(new Match(Kind.SIMILAR, dice)) : Optional.empty();
    }

    /** The name without leading place names, as many as there are (长沙县星沙街道… loses both). */
    String withoutPlaces(String normalized) {
        String rest = normalized;
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            String longest = null;
            for (String place : placeNames) {
                if (rest.startsWith(place) && rest.length() > place.length()
                        && (longest == null || place.length() > longest.length())) {
                    longest = place;
                }
            }
            if (longest != null) {
                rest = rest.substring(longest.length());
                stripped = true;
            }
        }
        return rest;
    }

    /**
     * What an existing name must have for {@link #compare} to flag it against {@code proposed}, in terms of the
     * bigrams of its whole normalized name (the index key {@code name_grams}: the bigrams of a name without its place
     * prefixes are among them):
     * <ul>
     *   <li>SAME_CORE: every bigram of the proposed core;</li>
     *   <li>IDENTICAL and SIMILAR: at least {@link #minimumShared} of the bigrams of the proposed name without its
     *       places.</li>
     * </ul>
     * A core of one character has no bigram: then any shared bigram admits a name, as wide as the check can be (a
     * name sharing the one character but no bigram, 长沙县阳中心 and 黄花镇阳会, is not found through the index).
     */
    Key key(String proposed) {
        String local = withoutPlaces(NameGrams.normalize(proposed));
        String core = core(local);
        if (core.length() < 2) {
            return new Key(NameGrams.of(local.length() >= 2 ? local : proposed), 1, new String[0]);
        }
        String[] grams = NameGrams.of(local);
        return new Key(grams, minimumShared(grams.length), NameGrams.of(core));
    }

    /**
     * The fewest of a name's {@code bigrams} (distinct) another name must share to reach {@link #THRESHOLD}: Dice is
     * 2s/(n+m) for s shared of n and m, and m ≥ s, so the best case for a given s is m = s. At 0.8, two thirds.
     */
    static int minimumShared(int bigrams) {
        int shared = 1;
        while (shared < bigrams && 2.0 * shared / (bigrams + shared) < THRESHOLD) {
            shared++;
        }
        return shared;
    }

    /**
     * The candidates' condition of a name check.
     *
     * @param grams the proposed name's bigrams (without places)
     * @param minShared how many of them a candidate has at least, unless it has all of {@code core}
     * @param core the proposed core's bigrams; empty when the core has one character
     */
    record Key(String[] grams, int minShared, String[] core) {

        /** Whether a name with these bigrams (of its whole normalized name) can match. */
        boolean admits(Collection<String> nameGrams) {
            Set<String> have = new HashSet<>(nameGrams);
            if (core.length > 0 && have.containsAll(List.of(core))) {
                return true;
            }
            return Stream.of(grams).filter(have::contains).count() >= minShared;
        }
    }

    static String core(String withoutPlaces) {
        for (String suffix : GENERIC_SUFFIXES) {
            if (withoutPlaces.endsWith(suffix) && withoutPlaces.length() > suffix.length()) {
                return withoutPlaces.substring(0, withoutPlaces.length() - suffix.length());
            }
        }
        return withoutPlaces;
    }

    static double dice(String a, String b) {
        Set<String> x = Set.of(NameGrams.of(a));
        Set<String> y = Set.of(NameGrams.of(b));
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        long shared = x.stream().filter(y::contains).count();
        return 2.0 * shared / (x.size() + y.size());
    }

    enum Kind {
        IDENTICAL, SAME_CORE, SIMILAR
    }

    record Match(Kind kind, double similarity) {
    }
}
