package cn.incubator.incubation.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * An evaluation rubric (评估细则), e.g. Changsha County's 《枢纽型社区社会组织评估细则》: versioned data, so that a
 * decision can always be traced to the exact criteria it was made with.
 *
 * @param passThreshold total (0–100) at or above which the subject passes
 * @param minExperts    complete score sheets needed before a decision
 */
public record Rubric(UUID id, String code, int version, EvaluationKind kind, String name, BigDecimal passThreshold,
        int minExperts, List<Criterion> criteria) {

    public Rubric {
        criteria = List.copyOf(criteria);
    }
}
