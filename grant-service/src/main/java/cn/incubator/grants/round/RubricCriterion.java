package cn.incubator.grants.round;

import java.math.BigDecimal;

/** A criterion of a round's rubric (评分细则), e.g. 项目设计 weighing 30 with scores out of 30. */
public record RubricCriterion(String code, String name, BigDecimal weight, int maxScore) {
}
