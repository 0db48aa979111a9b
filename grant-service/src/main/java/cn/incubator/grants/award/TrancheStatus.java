package cn.incubator.grants.award;

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

    /** @throws IllegalTransition when this status does not allow the action */
    public TrancheStatus after(Action action) {
        TrancheStatus next = switch (action) {
            case UNLOCK -> this == SCHEDULED ? RELEASABLE : null;
            case RELEASE -> this == RELEASABLE ? RELEASED : null;
            case PAY -> this == RELEASED ? PAID : null;
        };
        if (next == null) {
            throw new IllegalTransition(this, action);
        }
        return next;
    }
}
