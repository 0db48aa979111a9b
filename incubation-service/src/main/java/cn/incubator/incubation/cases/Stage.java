package cn.incubator.incubation.cases;

/** Where an incubation case (孵化案例) stands. */
public enum Stage {
    /** 项目申请. */
    APPLIED,
    /** 考察辅导. */
    INSPECTION,
    /** 入壳评估. */
    ADMISSION_EVALUATION,
    /** 在壳孵化 (10 months from admission). */
    IN_SHELL,
    /** 成长评估. */
    GROWTH_EVALUATION,
    /** 出壳. */
    GRADUATED,
    /** 后续服务 (12 months after graduation). */
    FOLLOW_UP,
    /** 结案. */
    CLOSED,
    /** 入驻 (resident zone). */
    RESIDENT,
    /** 退出 (resident zone). */
    EXITED,
    /** 未通过. */
    REJECTED,
    /** 撤回. */
    WITHDRAWN,
    /** 终止. */
    TERMINATED;

    /** Whether the organization is currently admitted to the base (may hold a workstation). */
    public boolean admitted() {
        return this == IN_SHELL || this == GROWTH_EVALUATION || this == RESIDENT;
    }

    public boolean terminal() {
        return this == CLOSED || this == EXITED || this == REJECTED || this == WITHDRAWN || this == TERMINATED;
    }
}
