package cn.incubator.grants.custody;

import cn.incubator.platform.transition.IllegalTransitionException;
import cn.incubator.platform.transition.Lifecycle;

/** A custody agreement is active (代管中) until it is ended (已终止), which needs an empty balance. */
public enum CustodyStatus {
    ACTIVE, ENDED;

    public enum Action {
        DEPOSIT, SPEND, END
    }

    /** The whole lifecycle of a custody agreement. */
    public static final Lifecycle<CustodyStatus, Action> LIFECYCLE = Lifecycle.of(CustodyStatus.class, Action.class)
            .allow(ACTIVE, Action.DEPOSIT, ACTIVE)
            .allow(ACTIVE, Action.SPEND, ACTIVE)
            .allow(ACTIVE, Action.END, ENDED)
            .build();

    /** @throws IllegalTransitionException when this status does not allow the action */
    public CustodyStatus after(Action action) {
        return LIFECYCLE.after(this, action);
    }
}
