package cn.incubator.grants.award;

import cn.incubator.platform.transition.IllegalTransitionException;
import cn.incubator.platform.transition.Lifecycle;
import java.util.EnumSet;

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
        TERMINATE,
        /** 核准拨付 a tranche: not once the award is closed or terminated. */
        RELEASE_TRANCHE,
        /** 支付 a tranche: not once the award is closed or terminated (a terminated award gave its rest back). */
        PAY_TRANCHE
    }

    /** The whole lifecycle of an award. */
    public static final Lifecycle<AwardStatus, Action> LIFECYCLE = Lifecycle.of(AwardStatus.class, Action.class)
            .allow(AWARDED, Action.SIGN_AGREEMENT, AGREED)
            .allow(AGREED, Action.START, IN_PROGRESS)
            .allowStaying(EnumSet.of(AGREED, IN_PROGRESS), Action.SUBMIT_REPORT)
            .allow(IN_PROGRESS, Action.APPROVE_FINAL_REPORT, FINAL_REPORT_APPROVED)
            .allowStaying(EnumSet.of(AGREED, IN_PROGRESS), Action.LOG_PROGRESS)
            .allowStaying(EnumSet.of(FINAL_REPORT_APPROVED, CLOSED), Action.EVALUATE)
            .allow(FINAL_REPORT_APPROVED, Action.CLOSE, CLOSED)
            .allow(EnumSet.of(AWARDED, AGREED, IN_PROGRESS), Action.TERMINATE, TERMINATED)
            .allowStaying(EnumSet.of(AWARDED, AGREED, IN_PROGRESS, FINAL_REPORT_APPROVED), Action.RELEASE_TRANCHE)
            .allowStaying(EnumSet.of(AWARDED, AGREED, IN_PROGRESS, FINAL_REPORT_APPROVED), Action.PAY_TRANCHE)
            .build();

    /** @throws IllegalTransitionException when this status does not allow the action */
    public AwardStatus after(Action action) {
        return LIFECYCLE.after(this, action);
    }

    /** Whether the award still holds its whole amount against the pool (a terminated one holds only what was paid). */
    public boolean holdsFullAmount() {
        return this != TERMINATED;
    }
}
