package cn.incubator.registry.inspection;

import cn.incubator.platform.transition.IllegalTransitionException;
import cn.incubator.platform.transition.Lifecycle;
import java.util.EnumSet;

/**
 * Where one year's annual inspection (年检) of an organization stands: submitted (已提交) → reviewed (已审查) → passed
 * (合格), basic pass (基本合格) or failed (不合格); a basic pass or a failure comes with rectification opinions
 * (整改意见) and a due date, and ends rectified (已整改) once the organization has done what they ask.
 */
public enum InspectionStatus {
    SUBMITTED,
    REVIEWED,
    PASSED,
    BASIC_PASSED,
    FAILED,
    RECTIFIED;

    /** The whole lifecycle of an annual inspection. */
    public static final Lifecycle<InspectionStatus, InspectionAction> LIFECYCLE = Lifecycle
            .of(InspectionStatus.class, InspectionAction.class)
            .allow(SUBMITTED, InspectionAction.REVIEW, REVIEWED)
            .allow(REVIEWED, InspectionAction.PASS, PASSED)
            .allow(REVIEWED, InspectionAction.BASIC_PASS, BASIC_PASSED)
            .allow(REVIEWED, InspectionAction.FAIL, FAILED)
            .allow(EnumSet.of(BASIC_PASSED, FAILED), InspectionAction.COMPLETE_RECTIFICATION, RECTIFIED)
            .build();

    /**
     * The status after {@code action}.
     *
     * @throws IllegalTransitionException when this status does not allow it
     */
    public InspectionStatus after(InspectionAction action) {
        return LIFECYCLE.after(this, action);
    }

    /** A basic pass or a failure: rectification opinions are open until rectified. */
    public boolean awaitsRectification() {
        return this == BASIC_PASSED || this == FAILED;
    }

    /** The inspection counts as passed for the abnormal-activity list: passed, basic pass, or rectified. */
    public boolean cleared() {
        return this == PASSED || this == BASIC_PASSED || this == RECTIFIED;
    }
}
