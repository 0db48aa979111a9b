package cn.incubator.grants.programme;

/** The kinds of funding programme (资助项目) the bases run. */
public enum ProgrammeKind {
    /** 公益创投: a competition for a pool, with expert review. */
    VENTURE_PHILANTHROPY,
    /** 微创投: a street-level competition with small grants, screened and reviewed more lightly. */
    MICRO_VENTURE,
    /** 资助计划: capped subsidy plans, e.g. Ya'an's three plans (三大计划); every proposal names its plan. */
    SUBSIDY_PLAN,
    /** 专项资金竞争性分配: competitive allocation of a special development fund. */
    SPECIAL_FUND;

    /** Whether proposals must name one of the programme's capped plans. */
    public boolean needsPlan() {
        return this == SUBSIDY_PLAN;
    }

    /**
     * Whether a round's result must be put on public notice (公示) for at least a day, whatever is configured: public
     * money given by competition (公益创投) and by subsidy plans (资助计划).
     */
    public boolean noticeRequired() {
        return this == VENTURE_PHILANTHROPY || this == SUBSIDY_PLAN;
    }
}
