package cn.incubator.incubation.evaluation;

/** What an evaluation decides, and the rubric kind it uses. */
public enum EvaluationKind {
    /** 入壳评估: passed → in shell, failed → rejected. */
    ADMISSION,
    /** 成长评估: passed → graduated (出壳), failed → back in shell. */
    GROWTH,
    /** 枢纽型社区社会组织评估 ("physical check-up" of a street hub). */
    HUB,
    /** 社区社会组织评估. */
    COMMUNITY_ORGANIZATION
}
