package cn.incubator.grants.award;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.grants.award.TrancheStatus.Action;
import cn.incubator.platform.test.lifecycle.LifecycleTables;
import org.junit.jupiter.api.Test;

class TrancheStatusTest {

    @Test
    void aTrancheIsUnlockedByItsReportThenReleasedThenPaidAndNothingElse() {
        LifecycleTables.assertExactly(TrancheStatus.LIFECYCLE, """
                SCHEDULED UNLOCK RELEASABLE
                RELEASABLE RELEASE RELEASED
                RELEASED PAY PAID
                """);
        assertThat(TrancheStatus.SCHEDULED.after(Action.UNLOCK).after(Action.RELEASE).after(Action.PAY))
                .isEqualTo(TrancheStatus.PAID);
    }
}
