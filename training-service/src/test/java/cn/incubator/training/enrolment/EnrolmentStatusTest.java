package cn.incubator.training.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.platform.test.lifecycle.LifecycleTables;
import cn.incubator.training.enrolment.EnrolmentStatus.Action;
import org.junit.jupiter.api.Test;

class EnrolmentStatusTest {

    @Test
    void theWaitingMoveUpAndOnlyTheEnrolledAreJudgedForCompletion() {
        LifecycleTables.assertExactly(EnrolmentStatus.LIFECYCLE, """
                ENROLLED CANCEL CANCELLED
                ENROLLED COMPLETE COMPLETED
                ENROLLED FAIL NOT_COMPLETED
                WAITLISTED MOVE_UP ENROLLED
                WAITLISTED CANCEL CANCELLED
                """);
        assertThat(EnrolmentStatus.WAITLISTED.after(Action.MOVE_UP).after(Action.COMPLETE))
                .isEqualTo(EnrolmentStatus.COMPLETED);
    }
}
