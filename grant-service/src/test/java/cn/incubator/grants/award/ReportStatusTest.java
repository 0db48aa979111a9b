package cn.incubator.grants.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.grants.award.ReportStatus.Action;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportStatusTest {

    private static final Map<ReportStatus, Map<Action, ReportStatus>> ALLOWED = Map.of(
            ReportStatus.SUBMITTED, Map.of(Action.APPROVE, ReportStatus.APPROVED, Action.RETURN, ReportStatus.RETURNED),
            ReportStatus.RETURNED, Map.of(Action.RESUBMIT, ReportStatus.SUBMITTED),
            ReportStatus.APPROVED, Map.of());

    @Test
    void aReturnedReportIsCorrectedSubmittedAgainAndApproved() {
        assertThat(ReportStatus.SUBMITTED.after(Action.RETURN).after(Action.RESUBMIT).after(Action.APPROVE))
                .isEqualTo(ReportStatus.APPROVED);
    }

    @Test
    void everyAllowedTransitionLeadsWhereTheLifecycleSays() {
        ALLOWED.forEach((from, actions) -> actions.forEach((action, to) ->
                assertThat(from.after(action)).isEqualTo(to)));
    }

    @Test
    void anApprovedReportIsFinalAndOnlyASubmittedOneIsDecided() {
        int refused = 0;
        for (ReportStatus from : ReportStatus.values()) {
            for (Action action : Action.values()) {
                if (!ALLOWED.get(from).containsKey(action)) {
                    refused++;
                    assertThatThrownBy(() -> from.after(action)).as("%s + %s", from, action)
                            .isInstanceOf(IllegalTransition.class);
                }
            }
        }
        assertThat(refused).isEqualTo(6);
    }
}
