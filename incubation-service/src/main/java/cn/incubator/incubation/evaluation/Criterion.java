package cn.incubator.incubation.evaluation;

import java.math.BigDecimal;

/**
 * One criterion of a rubric.
 *
 * @param weight   share of the total in percent (the weights of a rubric add up to 100)
 * @param maxScore the highest score an expert may give
 */
public record Criterion(String code, String name, BigDecimal weight, BigDecimal maxScore) {
}
