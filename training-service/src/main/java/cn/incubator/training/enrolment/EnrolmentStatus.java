package cn.incubator.training.enrolment;

import cn.incubator.platform.transition.IllegalTransitionException;
import cn.incubator.platform.transition.Lifecycle;
import java.util.EnumSet;

/**
 * One person's enrolment (报名) in a session: enrolled (已报名) or on the waiting list (候补) on arrival; the first
 * waiting moves up (递补) when an enrolled person cancels (已取消); completion is judged at the end: completed (已结业)
 * or not completed (未结业).
 */
public enum EnrolmentStatus {
    ENROLLED, WAITLISTED, CANCELLED, COMPLETED, NOT_COMPLETED;

    public enum Action {
        MOVE_UP, CANCEL, COMPLETE, FAIL
    }

    /** The whole lifecycle of an enrolment. */
    public static final Lifecycle<EnrolmentStatus, Action> LIFECYCLE = Lifecycle.of(EnrolmentStatus.class, Action.class)
            .allow(WAITLISTED, Action.MOVE_UP, ENROLLED)
            .allow(EnumSet.of(ENROLLED, WAITLISTED), Action.CANCEL, CANCELLED)
            .allow(ENROLLED, Action.COMPLETE, COMPLETED)
            .allow(ENROLLED, Action.FAIL, NOT_COMPLETED)
            .build();

    /** @throws IllegalTransitionException when this status does not allow the action */
    public EnrolmentStatus after(Action action) {
        return LIFECYCLE.after(this, action);
    }
}
