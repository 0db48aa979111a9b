package cn.incubator.grants.award;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.grants.award.ReportStatus.Action;
import cn.incubator.platform.test.lifecycle.LifecycleTables;
import org.junit.jupiter.api.Test;

class ReportStatusTest {

    @Test
    void aSubmittedReportIsApprovedOrReturnedAndAReturnedOneSubmittedAgainNothingElse() {
        LifecycleTables.assertExactly(ReportStatus.LIFECYCLE, """
                SUBMITTED APPROVE APPROVED
                SUBMITTED RETURN RETURNED
                RETURNED RESUBMIT SUBMITTED
                """);
        assertThat(ReportStatus.SUBMITTED.after(Action.RETURN).after(Action.RESUBMIT).after(Action.APPROVE))
                .isEqualTo(ReportStatus.APPROVED);
    }
}
