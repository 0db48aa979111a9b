package cn.incubator.grants.round;

import cn.incubator.platform.transition.IllegalTransitionException;
import cn.incubator.platform.transition.Lifecycle;
import java.util.EnumSet;

/**
 * Where a round (一轮公益创投 / 微创投 / 资助计划申报) stands. The lifecycle is the same for every kind of programme:
 * call (征集) → closed → initial review (初审; a micro-venture's screening 筛选) → expert review (专家评审) → ranked and
 * allocated → public notice (公示) → final. A ranked round returns to expert review (with a recorded reason) until its
 * notice is published. A round can be cancelled at any point before it is final.
 */
public enum RoundStatus {
    DRAFT, OPEN, CLOSED, INITIAL_REVIEW, EXPERT_REVIEW, RANKED, PUBLIC_NOTICE, FINAL, CANCELLED;

    /** The whole lifecycle of a round. */
    public static final Lifecycle<RoundStatus, RoundAction> LIFECYCLE = Lifecycle
            .of(RoundStatus.class, RoundAction.class)
            .allow(DRAFT, RoundAction.PUBLISH, OPEN)
            .allow(OPEN, RoundAction.CLOSE, CLOSED)
            .allow(CLOSED, RoundAction.START_INITIAL_REVIEW, INITIAL_REVIEW)
            .allow(INITIAL_REVIEW, RoundAction.START_EXPERT_REVIEW, EXPERT_REVIEW)
            .allow(EnumSet.of(EXPERT_REVIEW, RANKED), RoundAction.RANK, RANKED)
            .allow(RANKED, RoundAction.REOPEN_REVIEW, EXPERT_REVIEW)
            .allow(RANKED, RoundAction.PUBLISH_NOTICE, PUBLIC_NOTICE)
            .allow(PUBLIC_NOTICE, RoundAction.FINALIZE, FINAL)
            .allow(EnumSet.complementOf(EnumSet.of(FINAL, CANCELLED)), RoundAction.CANCEL, CANCELLED)
            .build();

    /**
     * The work on a round that keeps its status: the panel is seated (专家入库) from the close of the call until expert
     * review ends; the committee decides to rank without a named expert (专家免评) during expert review; it adjusts
     * allocations (调整分配) while the round is ranked.
     */
    public static final Lifecycle<RoundStatus, RoundWork> WORK = Lifecycle.of(RoundStatus.class, RoundWork.class)
            .allowStaying(EnumSet.of(CLOSED, INITIAL_REVIEW, EXPERT_REVIEW), RoundWork.ADD_EXPERT)
            .allowStaying(EnumSet.of(EXPERT_REVIEW), RoundWork.EXCUSE_EXPERT)
            .allowStaying(EnumSet.of(RANKED), RoundWork.ADJUST_ALLOCATION)
            .build();

    /** @throws IllegalTransitionException when this status does not allow the action */
    public RoundStatus after(RoundAction action) {
        return LIFECYCLE.after(this, action);
    }

    public boolean allows(RoundAction action) {
        return LIFECYCLE.allows(this, action);
    }
}
