package cn.incubator.training.programme;

/** The phases of brand-project coaching (品牌项目扶持), in order; labels in messages*.properties. */
public enum CoachingPhase {
    /** 战略. */
    STRATEGY,
    /** 设计. */
    DESIGN,
    /** 执行. */
    EXECUTION,
    /** 评估. */
    EVALUATION,
    /** 倡导. */
    ADVOCACY
}
