package cn.incubator.grants.award;

import static cn.incubator.grants.award.AwardStatus.AWARDED;
import static cn.incubator.grants.award.AwardStatus.CLOSED;
import static cn.incubator.grants.award.AwardStatus.TERMINATED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.grants.award.AwardStatus.Action;
import cn.incubator.platform.test.lifecycle.LifecycleTables;
import cn.incubator.platform.transition.IllegalTransitionException;
import org.junit.jupiter.api.Test;

class AwardStatusTest {

    @Test
    void theWholeTableEveryOtherPairRefusedNamingStatusActionAndAllowedActions() {
        LifecycleTables.assertExactly(AwardStatus.LIFECYCLE, """
                AWARDED SIGN_AGREEMENT AGREED
                AWARDED TERMINATE TERMINATED
                AWARDED RELEASE_TRANCHE AWARDED
                AWARDED PAY_TRANCHE AWARDED
                AGREED START IN_PROGRESS
                AGREED SUBMIT_REPORT AGREED
                AGREED LOG_PROGRESS AGREED
                AGREED TERMINATE TERMINATED
                AGREED RELEASE_TRANCHE AGREED
                AGREED PAY_TRANCHE AGREED
                IN_PROGRESS SUBMIT_REPORT IN_PROGRESS
                IN_PROGRESS LOG_PROGRESS IN_PROGRESS
                IN_PROGRESS APPROVE_FINAL_REPORT FINAL_REPORT_APPROVED
                IN_PROGRESS TERMINATE TERMINATED
                IN_PROGRESS RELEASE_TRANCHE IN_PROGRESS
                IN_PROGRESS PAY_TRANCHE IN_PROGRESS
                FINAL_REPORT_APPROVED CLOSE CLOSED
                FINAL_REPORT_APPROVED EVALUATE FINAL_REPORT_APPROVED
                FINAL_REPORT_APPROVED RELEASE_TRANCHE FINAL_REPORT_APPROVED
                FINAL_REPORT_APPROVED PAY_TRANCHE FINAL_REPORT_APPROVED
                CLOSED EVALUATE CLOSED
                """);
    }

    @Test
    void anAwardGoesFromDecisionThroughAgreementAndReportsToClosing() {
        assertThat(AWARDED.after(Action.SIGN_AGREEMENT).after(Action.START).after(Action.SUBMIT_REPORT)
                .after(Action.APPROVE_FINAL_REPORT).after(Action.CLOSE)).isEqualTo(CLOSED);
    }

    @Test
    void aTerminatedAwardNeitherReleasesNorPaysATranche() {
        assertThatThrownBy(() -> TERMINATED.after(Action.PAY_TRANCHE))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> assertThat(e.allowedActions()).isEmpty());
        assertThatThrownBy(() -> CLOSED.after(Action.RELEASE_TRANCHE))
                .isInstanceOfSatisfying(IllegalTransitionException.class,
                        e -> assertThat(e.allowedActions()).containsExactly(Action.EVALUATE));
    }

    @Test
    void onlyATerminatedAwardGivesBackWhatItHeld() {
        for (AwardStatus status : AwardStatus.values()) {
            assertThat(status.holdsFullAmount()).as("%s", status).isEqualTo(status != TERMINATED);
        }
    }
}
