package cn.incubator.grants.marketplace;

import cn.incubator.grants.award.IllegalTransition;

/**
 * A community project (社区项目) on the marketplace: open for offers (征集中) → assigned to the chosen organization
 * (已选定) → in delivery once the first step is logged (实施中) → done when the poster confirms (已完成); cancelled
 * (已撤销) before delivery starts.
 */
public enum ProjectStatus {
    OPEN, ASSIGNED, IN_DELIVERY, DONE, CANCELLED;

    public enum Action {
        OFFER, CHOOSE, LOG_STEP, COMPLETE, CANCEL
    }

    /** @throws IllegalTransition when this status does not allow the action */
    public ProjectStatus after(Action action) {
        ProjectStatus next = switch (action) {
            case OFFER -> this == OPEN ? OPEN : null;
            case CHOOSE -> this == OPEN ? ASSIGNED : null;
            case LOG_STEP -> this == ASSIGNED || this == IN_DELIVERY ? IN_DELIVERY : null;
            case COMPLETE -> this == IN_DELIVERY ? DONE : null;
            case CANCEL -> this == OPEN || this == ASSIGNED ? CANCELLED : null;
        };
        if (next == null) {
            throw new IllegalTransition(this, action);
        }
        return next;
    }
}
