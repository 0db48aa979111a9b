package cn.incubator.registry.inspection;

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

    /** The status after {@code action}; anything else is an {@link IllegalInspectionTransition}. */
    public InspectionStatus after(InspectionAction action) {
        InspectionStatus next = switch (action) {
            case REVIEW -> this == SUBMITTED ? REVIEWED : null;
            case PASS -> this == REVIEWED ? PASSED : null;
            case BASIC_PASS -> this == REVIEWED ? BASIC_PASSED : null;
            case FAIL -> this == REVIEWED ? FAILED : null;
            case COMPLETE_RECTIFICATION -> awaitsRectification() ? RECTIFIED : null;
        };
        if (next == null) {
            throw new IllegalInspectionTransition(this, action);
        }
        return next;
    }

    /** A basic pass or a failure: rectification opinions are open until rectified. */
    public boolean awaitsRectification() {
        return this == BASIC_PASSED || this == FAILED;
    }

    /** The inspection counts as passed for the abnormal-activity list: passed, basic pass, or rectified. */
    public boolean cleared() {
        return this == PASSED || this == BASIC_PASSED || this == RECTIFIED;
    }

    public static final class IllegalInspectionTransition extends RuntimeException {

        private final InspectionStatus current;
        private final InspectionAction action;

        IllegalInspectionTransition(InspectionStatus current, InspectionAction action) {
            super(action + " is not allowed for an inspection that is " + current);
            this.current = current;
            this.action = action;
        }

        public InspectionStatus current() {
            return current;
        }

        public InspectionAction action() {
            return action;
        }
    }
}
