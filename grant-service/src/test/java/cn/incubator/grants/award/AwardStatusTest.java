package cn.incubator.grants.award;

import static cn.incubator.grants.award.AwardStatus.AGREED;
import static cn.incubator.grants.award.AwardStatus.AWARDED;
import static cn.incubator.grants.award.AwardStatus.CLOSED;
import static cn.incubator.grants.award.AwardStatus.FINAL_REPORT_APPROVED;
import static cn.incubator.grants.award.AwardStatus.IN_PROGRESS;
import static cn.incubator.grants.award.AwardStatus.TERMINATED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.grants.award.AwardStatus.Action;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AwardStatusTest {

    /** Every allowed transition; every pair not listed must be refused. */
    private static final Map<AwardStatus, Map<Action, AwardStatus>> ALLOWED = new EnumMap<>(AwardStatus.class);

    static {
        ALLOWED.put(AWARDED, Map.of(Action.SIGN_AGREEMENT, AGREED, Action.TERMINATE, TERMINATED));
        ALLOWED.put(AGREED, Map.of(Action.START, IN_PROGRESS, Action.SUBMIT_REPORT, AGREED,
                Action.LOG_PROGRESS, AGREED, Action.TERMINATE, TERMINATED));
        ALLOWED.put(IN_PROGRESS, Map.of(Action.SUBMIT_REPORT, IN_PROGRESS, Action.LOG_PROGRESS, IN_PROGRESS,
                Action.APPROVE_FINAL_REPORT, FINAL_REPORT_APPROVED, Action.TERMINATE, TERMINATED));
        ALLOWED.put(FINAL_REPORT_APPROVED, Map.of(Action.CLOSE, CLOSED, Action.EVALUATE, FINAL_REPORT_APPROVED));
        ALLOWED.put(CLOSED, Map.of(Action.EVALUATE, CLOSED));
        ALLOWED.put(TERMINATED, Map.of());
    }

    @Test
    void anAwardGoesFromDecisionThroughAgreementAndReportsToClosing() {
        assertThat(AWARDED.after(Action.SIGN_AGREEMENT).after(Action.START).after(Action.SUBMIT_REPORT)
                .after(Action.APPROVE_FINAL_REPORT).after(Action.CLOSE)).isEqualTo(CLOSED);
    }

    @Test
    void everyAllowedTransitionLeadsWhereTheLifecycleSays() {
        ALLOWED.forEach((from, actions) -> actions.forEach((action, to) ->
                assertThat(from.after(action)).as("%s + %s", from, action).isEqualTo(to)));
    }

    @Test
    void everyOtherTransitionIsRefusedNamingTheStatusAndAction() {
        int refused = 0;
        for (AwardStatus from : AwardStatus.values()) {
            for (Action action : Action.values()) {
                if (ALLOWED.get(from).containsKey(action)) {
                    continue;
                }
                refused++;
                assertThatThrownBy(() -> from.after(action)).as("%s + %s", from, action)
                        .isInstanceOfSatisfying(IllegalTransition.class, e -> {
                            assertThat(e.current()).isEqualTo(from);
                            assertThat(e.action()).isEqualTo(action);
                        });
            }
        }
        int allowed = ALLOWED.values().stream().mapToInt(Map::size).sum();
        assertThat(allowed).isEqualTo(13);
        assertThat(refused).isEqualTo(AwardStatus.values().length * Action.values().length - allowed);
    }

    @Test
    void progressIsLoggedOnlyWhileTheProjectRunsAndTheEvaluationComesAfterTheFinalReport() {
        assertThatThrownBy(() -> AWARDED.after(Action.LOG_PROGRESS)).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> FINAL_REPORT_APPROVED.after(Action.LOG_PROGRESS))
                .isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> IN_PROGRESS.after(Action.EVALUATE)).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> TERMINATED.after(Action.EVALUATE)).isInstanceOf(IllegalTransition.class);
        assertThat(CLOSED.after(Action.EVALUATE)).isEqualTo(CLOSED);
    }

    @Test
    void onlyATerminatedAwardGivesBackWhatItHeld() {
        for (AwardStatus status : AwardStatus.values()) {
            assertThat(status.holdsFullAmount()).as("%s", status).isEqualTo(status != TERMINATED);
        }
    }
}
