package cn.incubator.incubation.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One expert's scores (评分表), criterion code → score. */
public record ScoreSheet(String talentId, Map<String, BigDecimal> scores) {

    public ScoreSheet {
        scores = Map.copyOf(scores);
    }

    /** What is wrong with the sheet against the rubric: missing or unknown criteria, scores out of range. */
    public List<Problem> problems(Rubric rubric) {
        List<Problem> problems = new ArrayList<>();
        for (Criterion criterion : rubric.criteria()) {
            BigDecimal score = scores.get(criterion.code());
            if (score == null) {
                problems.add(new Problem(criterion.code(), "Score.missing", criterion.maxScore()));
            } else if (score.signum() < 0 || score.compareTo(criterion.maxScore()) > 0 || score.scale() > 2) {
                problems.add(new Problem(criterion.code(), "Score.range", criterion.maxScore()));
            }
        }
        for (String code : scores.keySet()) {
            if (rubric.criteria().stream().noneMatch(c -> c.code().equals(code))) {
                problems.add(new Problem(code, "Score.unknownCriterion", code));
            }
        }
        return problems;
    }

    /** A problem with one criterion's score; {@code code} is a message key. */
    public record Problem(String criterion, String code, Object argument) {
    }
}
