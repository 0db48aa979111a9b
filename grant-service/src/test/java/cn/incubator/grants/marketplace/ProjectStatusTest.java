package cn.incubator.grants.marketplace;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.grants.marketplace.ProjectStatus.Action;
import cn.incubator.platform.test.lifecycle.LifecycleTables;
import org.junit.jupiter.api.Test;

class ProjectStatusTest {

    @Test
    void aPostedProjectIsOfferedChosenDeliveredStepByStepAndDoneOrCancelledBeforeDelivery() {
        LifecycleTables.assertExactly(ProjectStatus.LIFECYCLE, """
                OPEN OFFER OPEN
                OPEN CHOOSE ASSIGNED
                OPEN CANCEL CANCELLED
                ASSIGNED LOG_STEP IN_DELIVERY
                ASSIGNED CANCEL CANCELLED
                IN_DELIVERY LOG_STEP IN_DELIVERY
                IN_DELIVERY COMPLETE DONE
                """);
        assertThat(ProjectStatus.OPEN.after(Action.OFFER).after(Action.CHOOSE).after(Action.LOG_STEP)
                .after(Action.LOG_STEP).after(Action.COMPLETE)).isEqualTo(ProjectStatus.DONE);
    }
}
