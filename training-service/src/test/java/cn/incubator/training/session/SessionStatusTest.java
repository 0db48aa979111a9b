package cn.incubator.training.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.platform.test.lifecycle.LifecycleTables;
import cn.incubator.platform.transition.IllegalTransitionException;
import cn.incubator.training.session.SessionStatus.Action;
import org.junit.jupiter.api.Test;

class SessionStatusTest {

    @Test
    void aSessionOpensTakesEnrolmentsClosesAndCompletesOrIsCancelledBeforeCompletion() {
        LifecycleTables.assertExactly(SessionStatus.LIFECYCLE, """
                PLANNED PUBLISH OPEN
                PLANNED CANCEL CANCELLED
                OPEN ENROL OPEN
                OPEN WITHDRAW OPEN
                OPEN CLOSE CLOSED
                OPEN TAKE_ATTENDANCE OPEN
                OPEN CANCEL CANCELLED
                CLOSED WITHDRAW CLOSED
                CLOSED TAKE_ATTENDANCE CLOSED
                CLOSED COMPLETE COMPLETED
                CLOSED CANCEL CANCELLED
                """);
        assertThat(SessionStatus.PLANNED.after(Action.PUBLISH).after(Action.ENROL).after(Action.CLOSE)
                .after(Action.COMPLETE)).isEqualTo(SessionStatus.COMPLETED);
        assertThatThrownBy(() -> SessionStatus.CLOSED.after(Action.ENROL))
                .isInstanceOf(IllegalTransitionException.class);
    }
}
