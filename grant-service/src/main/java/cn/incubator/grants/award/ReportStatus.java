package cn.incubator.grants.award;

import cn.incubator.platform.transition.IllegalTransitionException;
import cn.incubator.platform.transition.Lifecycle;

/** A report: submitted (已提交) → approved (已通过) or returned with a reason (已退回) → corrected and submitted again. */
public enum ReportStatus {
    SUBMITTED, APPROVED, RETURNED;

    public enum Action {
        APPROVE, RETURN, RESUBMIT
    }

    /** The whole lifecycle of a report. */
    public static final Lifecycle<ReportStatus, Action> LIFECYCLE = Lifecycle.of(ReportStatus.class, Action.class)
            .allow(SUBMITTED, Action.APPROVE, APPROVED)
            .allow(SUBMITTED, Action.RETURN, RETURNED)
            .allow(RETURNED, Action.RESUBMIT, SUBMITTED)
            .build();

    /** @throws IllegalTransitionException when this status does not allow the action */
    public ReportStatus after(Action action) {
        return LIFECYCLE.after(this, action);
    }
}
