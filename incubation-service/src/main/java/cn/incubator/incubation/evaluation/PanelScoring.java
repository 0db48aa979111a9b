package cn.incubator.incubation.evaluation;

import cn.incubator.platform.transition.RuleViolationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How a panel's scores become a decision (评审计分规则):
 *
 * <ol>
 *   <li>Only sheets of members who may score count (affiliated experts and those who declared a conflict of
 *       interest are left out), and only complete sheets; at least the rubric's minimum number must be there.</li>
 *   <li>Per criterion, when {@value #TRIM_FROM} or more experts scored, the single highest and single lowest score
 *       are dropped (去掉一个最高分和一个最低分); the rest are averaged.</li>
 *   <li>Each criterion contributes {@code average / maxScore × weight}; the total is the sum, 0–100, rounded half up
 *       to two decimals.</li>
 *   <li>The subject passes when the total is at or above the rubric's pass threshold.</li>
 * </ol>
 */
public final class PanelScoring {

    public static final int TRIM_FROM = 5;
    private static final int SCALE = 10;

    private PanelScoring() {
    }

    /**
     * @throws RuleViolationException ({@code too-few-sheets}) when fewer complete sheets of eligible members than the rubric needs
     */
    public static Result score(Rubric rubric, Collection<PanelMember> panel, Collection<ScoreSheet> sheets) {
        Map<String, PanelMember> members = panel.stream()
                .collect(Collectors.toMap(PanelMember::talentId, Function.identity()));
        List<ScoreSheet> counted = sheets.stream()
                .filter(sheet -> members.containsKey(sheet.talentId()) && members.get(sheet.talentId()).mayScore())
                .filter(sheet -> sheet.problems(rubric).isEmpty())
                .toList();
        if (counted.size() < rubric.minExperts()) {
            throw new RuleViolationException("too-few-sheets", new Object[] {counted.size(), rubric.minExperts()},
                    Map.of("sheetsCounted", counted.size(), "sheetsNeeded", rubric.minExperts()));
        }
        boolean trim = counted.size() >= TRIM_FROM;
        List<CriterionResult> criteria = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Criterion criterion : rubric.criteria()) {
            List<BigDecimal> scores = counted.stream().map(s -> s.scores().get(criterion.code()))
                    .sorted(Comparator.naturalOrder()).toList();
            List<BigDecimal> kept = trim ? scores.subList(1, scores.size() - 1) : scores;
            BigDecimal average = kept.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(kept.size()), SCALE, RoundingMode.HALF_UP);
            BigDecimal contribution = average.multiply(criterion.weight())
                    .divide(criterion.maxScore(), SCALE, RoundingMode.HALF_UP);
            total = total.add(contribution);
            criteria.add(new CriterionResult(criterion.code(), average.setScale(2, RoundingMode.HALF_UP),
                    contribution.setScale(2, RoundingMode.HALF_UP)));
        }
        BigDecimal rounded = total.setScale(2, RoundingMode.HALF_UP);
        return new Result(rounded, rounded.compareTo(rubric.passThreshold()) >= 0, rubric.passThreshold(),
                counted.size(), trim, criteria, counted.stream().map(ScoreSheet::talentId).sorted().toList());
    }

    /** The decision and how it was reached. */
    public record Result(BigDecimal total, boolean passed, BigDecimal passThreshold, int sheetsCounted,
            boolean highestAndLowestDropped, List<CriterionResult> criteria, List<String> countedExperts) {
    }

    /** One criterion's averaged score and what it adds to the total. */
    public record CriterionResult(String code, BigDecimal average, BigDecimal contribution) {
    }
}
