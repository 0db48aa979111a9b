package cn.incubator.partybuilding.rating;

import java.util.List;

/**
 * Turns a checklist score into stars (星级, 1–5): {@code thresholds} are the percentages of the maximum score
 * needed for 2, 3, 4 and 5 stars; below the first, one star.
 */
public record StarScale(List<Integer> thresholds) {

    public static final StarScale DEFAULT = new StarScale(List.of(60, 70, 80, 90));

    public StarScale {
        thresholds = List.copyOf(thresholds);
        if (thresholds.size() != 4) {
            throw new IllegalArgumentException("four thresholds (for 2 to 5 stars) are needed");
        }
        for (int i = 0; i < thresholds.size(); i++) {
            int t = thresholds.get(i);
            if (t < 0 || t > 100 || (i > 0 && t <= thresholds.get(i - 1))) {
                throw new IllegalArgumentException("thresholds must rise strictly within 0..100: " + thresholds);
            }
        }
    }

    public int stars(int score, int maxScore) {
        if (maxScore <= 0 || score < 0 || score > maxScore) {
            throw new IllegalArgumentException("score " + score + " outside 0.." + maxScore);
        }
        int stars = 1;
        for (int threshold : thresholds) {
            // Integer comparison of score*100 against threshold*max avoids rounding a percentage.
            if ((long) score * 100 >= (long) threshold * maxScore) {
                stars++;
            }
        }
        return stars;
    }
}
