package cn.incubator.grants.round;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.platform.test.lifecycle.LifecycleTables;
import org.junit.jupiter.api.Test;

class RoundStatusTest {

    @Test
    void theWholeTableEveryOtherPairRefusedNamingStatusActionAndAllowedActions() {
        LifecycleTables.assertExactly(RoundStatus.LIFECYCLE, """
                DRAFT PUBLISH OPEN
                OPEN CLOSE CLOSED
                CLOSED START_INITIAL_REVIEW INITIAL_REVIEW
                INITIAL_REVIEW START_EXPERT_REVIEW EXPERT_REVIEW
                EXPERT_REVIEW RANK RANKED
                RANKED RANK RANKED
                RANKED REOPEN_REVIEW EXPERT_REVIEW
                RANKED PUBLISH_NOTICE PUBLIC_NOTICE
                PUBLIC_NOTICE FINALIZE FINAL
                DRAFT CANCEL CANCELLED
                OPEN CANCEL CANCELLED
                CLOSED CANCEL CANCELLED
                INITIAL_REVIEW CANCEL CANCELLED
                EXPERT_REVIEW CANCEL CANCELLED
                RANKED CANCEL CANCELLED
                PUBLIC_NOTICE CANCEL CANCELLED
                """);
        assertThat(RoundStatus.LIFECYCLE.terminalStates()).containsExactly(RoundStatus.FINAL, RoundStatus.CANCELLED);
    }

    @Test
    void thePanelIsSeatedFromTheCloseOfTheCallToExpertReviewAndAllocationsAdjustedOnlyWhileRanked() {
        LifecycleTables.assertExactly(RoundStatus.WORK, """
                CLOSED ADD_EXPERT CLOSED
                INITIAL_REVIEW ADD_EXPERT INITIAL_REVIEW
                EXPERT_REVIEW ADD_EXPERT EXPERT_REVIEW
                EXPERT_REVIEW EXCUSE_EXPERT EXPERT_REVIEW
                RANKED ADJUST_ALLOCATION RANKED
                """);
    }

    @Test
    void aRankedRoundReturnsToExpertReviewOnlyUntilTheNoticeIsPublished() {
        assertThat(RoundStatus.RANKED.after(RoundAction.REOPEN_REVIEW)).isEqualTo(RoundStatus.EXPERT_REVIEW);
        for (RoundStatus status : RoundStatus.values()) {
            assertThat(status.allows(RoundAction.REOPEN_REVIEW)).as(status.name())
                    .isEqualTo(status == RoundStatus.RANKED);
        }
    }

    @Test
    void aRoundWalksFromCallToFinalInOrder() {
        RoundStatus status = RoundStatus.DRAFT;
        for (RoundAction action : new RoundAction[] {RoundAction.PUBLISH, RoundAction.CLOSE,
                RoundAction.START_INITIAL_REVIEW, RoundAction.START_EXPERT_REVIEW, RoundAction.RANK,
                RoundAction.RANK, RoundAction.PUBLISH_NOTICE, RoundAction.FINALIZE}) {
            status = status.after(action);
        }
        assertThat(status).isEqualTo(RoundStatus.FINAL);
    }
}
