package cn.incubator.grants.award;

import cn.incubator.platform.transition.IllegalTransitionException;
import cn.incubator.platform.transition.Lifecycle;

/**
 * A disbursement tranche (拨付批次): scheduled (待拨付) → releasable once the report it depends on is approved (the first
 * tranche is releasable when the agreement is signed) → released by an officer (已核准拨付) → paid (已支付).
 */
public enum TrancheStatus {
    SCHEDULED, RELEASABLE, RELEASED, PAID;

    public enum Action {
        /** The agreement is signed (first tranche) or the report it depends on is approved. */
        UNLOCK,
        RELEASE,
        PAY
    }

    /** The whole lifecycle of a tranche. */
    public static final Lifecycle<TrancheStatus, Action> LIFECYCLE = Lifecycle.of(TrancheStatus.class, Action.class)
            .allow(SCHEDULED, Action.UNLOCK, RELEASABLE)
            .allow(RELEASABLE, Action.RELEASE, RELEASED)
            .allow(RELEASED, Action.PAY, PAID)
            .build();

    /** @throws IllegalTransitionException when this status does not allow the action */
    public TrancheStatus after(Action action) {
        return LIFECYCLE.after(this, action);
    }
}
