package cn.incubator.registry.weekly;

import java.text.Normalizer;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Where and when an activity takes place and which volunteer team it books: what clash detection compares. Places
 * and team names are compared in a normalized form, since two organizations type the same hall differently
 * (全角/半角, spaces, punctuation: "星沙街道 文化广场" and "星沙街道文化广场。").
 */
public record ActivitySlot(Instant start, Instant end, String placeKey, String jurisdictionCode, String teamKey) {

    public static ActivitySlot of(Instant start, Instant end, String place, String jurisdictionCode, String team) {
        return new ActivitySlot(start, end, normalize(place), jurisdictionCode, normalize(team));
    }

    /** NFKC folds full-width forms; then case, whitespace and punctuation are dropped. {@code null} for blank. */
    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\s\\p{P}\\p{S}]+", "");
        return folded.isEmpty() ? null : folded;
    }

    /** Half-open intervals: one activity ending at 10:00 and the next starting at 10:00 do not overlap. */
    public boolean overlaps(ActivitySlot other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    public Set<ClashKind> clashesWith(ActivitySlot other) {
        Set<ClashKind> kinds = EnumSet.noneOf(ClashKind.class);
        if (!overlaps(other)) {
            return kinds;
        }
        if (placeKey != null && placeKey.equals(other.placeKey) && jurisdictionCode.equals(other.jurisdictionCode)) {
            kinds.add(ClashKind.PLACE);
        }
        if (teamKey != null && teamKey.equals(other.teamKey)) {
            kinds.add(ClashKind.VOLUNTEER_TEAM);
        }
        return kinds;
    }
}
