package cn.incubator.grants.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProposalStatusTest {

    private static final Map<ProposalStatus, Map<ProposalStatus.Action, ProposalStatus>> ALLOWED = Map.of(
            ProposalStatus.DRAFT, Map.of(ProposalStatus.Action.EDIT, ProposalStatus.DRAFT,
                    ProposalStatus.Action.SUBMIT, ProposalStatus.SUBMITTED),
            ProposalStatus.SUBMITTED, Map.of(ProposalStatus.Action.PASS, ProposalStatus.PASSED,
                    ProposalStatus.Action.FAIL, ProposalStatus.FAILED),
            ProposalStatus.PASSED, Map.of(ProposalStatus.Action.PASS, ProposalStatus.PASSED,
                    ProposalStatus.Action.FAIL, ProposalStatus.FAILED),
            ProposalStatus.FAILED, Map.of(ProposalStatus.Action.PASS, ProposalStatus.PASSED,
                    ProposalStatus.Action.FAIL, ProposalStatus.FAILED));

    @ParameterizedTest
    @EnumSource(ProposalStatus.class)
    void draftsAreEditedAndSubmittedOnlyAndSubmittedProposalsOnlyScreened(ProposalStatus status) {
        for (ProposalStatus.Action action : ProposalStatus.Action.values()) {
            assertThat(status.after(action)).as("%s then %s", status, action)
                    .isEqualTo(Optional.ofNullable(ALLOWED.get(status).get(action)));
        }
    }
}
