package cn.incubator.grants.award;

/** A report: submitted (已提交) → approved (已通过) or returned with a reason (已退回) → corrected and submitted again. */
public enum ReportStatus {
    SUBMITTED, APPROVED, RETURNED;

    public enum Action {
        APPROVE, RETURN, RESUBMIT
    }

    /** @throws IllegalTransition when this status does not allow the action */
    public ReportStatus after(Action action) {
        ReportStatus next = switch (action) {
            case APPROVE -> this == SUBMITTED ? APPROVED : null;
            case RETURN -> this == SUBMITTED ? RETURNED : null;
            case RESUBMIT -> this == RETURNED ? SUBMITTED : null;
        };
        if (next == null) {
            throw new IllegalTransition(this, action);
        }
        return next;
    }
}
