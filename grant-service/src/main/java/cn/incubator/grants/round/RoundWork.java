package cn.incubator.grants.round;

/** Work on a round that keeps its {@link RoundStatus}; which statuses allow it is {@link RoundStatus#WORK}. */
public enum RoundWork {
    /** Seat an expert of the talent pool on the panel (专家入库评审组). */
    ADD_EXPERT,
    /** The committee changes one allocated amount (调整分配). */
    ADJUST_ALLOCATION
}
