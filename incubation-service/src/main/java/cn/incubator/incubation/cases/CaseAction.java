package cn.incubator.incubation.cases;

/** What can be done to an incubation case; each is legal only from some stages of one track. */
public enum CaseAction {
    /** 开始考察辅导. */
    START_INSPECTION,
    /** 提请入壳评估. */
    REQUEST_ADMISSION_EVALUATION,
    /** 入壳 (the admission panel passed it). */
    ADMIT,
    /** 开始成长评估. */
    START_GROWTH_EVALUATION,
    /** 成长评估未通过，继续在壳. */
    RETURN_TO_SHELL,
    /** 出壳 (the growth panel passed it). */
    GRADUATE,
    /** 开始后续服务. */
    START_FOLLOW_UP,
    /** 结案. */
    CLOSE,
    /** 入驻 (resident zone). */
    ADMIT_RESIDENT,
    /** 年度服务评估 (resident zone). */
    RECORD_SERVICE_EVALUATION,
    /** 退出 (resident zone). */
    EXIT,
    /** 不予通过. */
    REJECT,
    /** 申请方撤回. */
    WITHDRAW,
    /** 终止孵化. */
    TERMINATE
}
