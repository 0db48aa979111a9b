package cn.incubator.grants.custody;

import cn.incubator.grants.award.IllegalTransition;

/** A custody agreement is active (代管中) until it is ended (已终止), which needs an empty balance. */
public enum CustodyStatus {
    ACTIVE, ENDED;

    public enum Action {
        DEPOSIT, SPEND, END
    }

    /** @throws IllegalTransition when this status does not allow the action */
    public CustodyStatus after(Action action) {
        if (this == ENDED) {
            throw new IllegalTransition(this, action);
        }
        return action == Action.END ? ENDED : ACTIVE;
    }
}
