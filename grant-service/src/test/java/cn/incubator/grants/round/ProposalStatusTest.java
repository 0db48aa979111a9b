package cn.incubator.grants.round;

import cn.incubator.platform.test.lifecycle.LifecycleTables;
import org.junit.jupiter.api.Test;

class ProposalStatusTest {

    /** Initial review may revise its own decision while the round is in initial review (the round guards that). */
    @Test
    void draftsAreEditedAndSubmittedOnlyAndSubmittedProposalsOnlyScreened() {
        LifecycleTables.assertExactly(ProposalStatus.LIFECYCLE, """
                DRAFT EDIT DRAFT
                DRAFT SUBMIT SUBMITTED
                SUBMITTED PASS PASSED
                SUBMITTED FAIL FAILED
                PASSED PASS PASSED
                PASSED FAIL FAILED
                FAILED PASS PASSED
                FAILED FAIL FAILED
                """);
    }
}
