package cn.incubator.training.session;

import cn.incubator.platform.transition.IllegalTransitionException;
import cn.incubator.platform.transition.Lifecycle;
import java.util.EnumSet;

/**
 * A session (期) of a course: planned (筹备中) → open for enrolment (报名中) → enrolment closed (报名截止) → completed
 * (已结业) once completion is judged; cancelled (已取消) any time before completion. Enrolments and their cancellation
 * happen while open (a cancellation also while closed, moving the waiting list up); attendance is taken while open or
 * closed.
 */
public enum SessionStatus {
    PLANNED, OPEN, CLOSED, COMPLETED, CANCELLED;

    public enum Action {
        PUBLISH, ENROL, WITHDRAW, CLOSE, TAKE_ATTENDANCE, COMPLETE, CANCEL
    }

    /** The whole lifecycle of a session. */
    public static final Lifecycle<SessionStatus, Action> LIFECYCLE = Lifecycle.of(SessionStatus.class, Action.class)
            .allow(PLANNED, Action.PUBLISH, OPEN)
            .allow(OPEN, Action.ENROL, OPEN)
            .allow(OPEN, Action.WITHDRAW, OPEN)
            .allow(CLOSED, Action.WITHDRAW, CLOSED)
            .allow(OPEN, Action.CLOSE, CLOSED)
            .allow(OPEN, Action.TAKE_ATTENDANCE, OPEN)
            .allow(CLOSED, Action.TAKE_ATTENDANCE, CLOSED)
            .allow(CLOSED, Action.COMPLETE, COMPLETED)
            .allow(EnumSet.of(PLANNED, OPEN, CLOSED), Action.CANCEL, CANCELLED)
            .build();

    /** @throws IllegalTransitionException when this status does not allow the action */
    public SessionStatus after(Action action) {
        return LIFECYCLE.after(this, action);
    }
}
