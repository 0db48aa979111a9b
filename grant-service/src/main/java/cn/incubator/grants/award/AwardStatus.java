package cn.incubator.grants.award;

/**
 * Where an award (资助协议) is: awarded by the round's final decision (已立项) → agreement signed (已签约) → in progress
 * once money flows (执行中) → final report approved (结项报告已通过) → closed (已结项); terminated (已终止) from any
 * state before the final report is approved.
 */
public enum AwardStatus {
    AWARDED, AGREED, IN_PROGRESS, FINAL_REPORT_APPROVED, CLOSED, TERMINATED;

    /** What can happen to an award. */
    public enum Action {
        /** 签订协议 with its disbursement schedule. */
        SIGN_AGREEMENT,
        /** The first payment starts the project. */
        START,
        /** Reports (interim and final) are submitted and decided while the agreement runs. */
        SUBMIT_REPORT,
        APPROVE_FINAL_REPORT,
        /** Coaching and supervision visits (辅导 / 督导) and activities are logged while the project runs. */
        LOG_PROGRESS,
        /** The final evaluation (终期评估), possibly by a third party, once the final report is approved. */
        EVALUATE,
        /** Every tranche paid after the final report: 结项. */
        CLOSE,
        TERMINATE
    }

    /** @throws IllegalTransition when this status does not allow the action */
    public AwardStatus after(Action action) {
        AwardStatus next = switch (action) {
            case SIGN_AGREEMENT -> this == AWARDED ? AGREED : null;
            case START -> this == AGREED ? IN_PROGRESS : null;
            case SUBMIT_REPORT -> this == AGREED || this == IN_PROGRESS ? this : null;
            case APPROVE_FINAL_REPORT -> this == IN_PROGRESS ? FINAL_REPORT_APPROVED : null;
            case LOG_PROGRESS -> this == AGREED || this == IN_PROGRESS ? this : null;
            case EVALUATE -> this == FINAL_REPORT_APPROVED || this == CLOSED ? this : null;
            case CLOSE -> this == FINAL_REPORT_APPROVED ? CLOSED : null;
            case TERMINATE -> this == AWARDED || this == AGREED || this == IN_PROGRESS ? TERMINATED : null;
        };
        if (next == null) {
            throw new IllegalTransition(this, action);
        }
        return next;
    }

    /** Whether the award still holds its whole amount against the pool (a terminated one holds only what was paid). */
    public boolean holdsFullAmount() {
        return this != TERMINATED;
    }
}
