package cn.incubator.grants.round;

/** Work on a round that keeps its {@link RoundStatus}; which statuses allow it is {@link RoundStatus#WORK}. */
public enum RoundWork {
    /** Seat an expert of the talent pool on the panel (专家入库评审组). */
    ADD_EXPERT,
    /**
     * The committee decides to rank without a named panel expert (委员会决定该专家免评), with its reason: the expert's
     * sheets are then neither required nor counted.
     */
    EXCUSE_EXPERT,
    /** The committee changes one allocated amount (调整分配). */
    ADJUST_ALLOCATION
}
