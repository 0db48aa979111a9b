package cn.incubator.grants.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.grants.award.TrancheStatus.Action;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrancheStatusTest {

    private static final Map<TrancheStatus, Map<Action, TrancheStatus>> ALLOWED = Map.of(
            TrancheStatus.SCHEDULED, Map.of(Action.UNLOCK, TrancheStatus.RELEASABLE),
            TrancheStatus.RELEASABLE, Map.of(Action.RELEASE, TrancheStatus.RELEASED),
            TrancheStatus.RELEASED, Map.of(Action.PAY, TrancheStatus.PAID),
            TrancheStatus.PAID, Map.of());

    @Test
    void aTrancheIsUnlockedByItsReportThenReleasedThenPaid() {
        assertThat(TrancheStatus.SCHEDULED.after(Action.UNLOCK).after(Action.RELEASE).after(Action.PAY))
                .isEqualTo(TrancheStatus.PAID);
    }

    @Test
    void everyAllowedTransitionLeadsWhereTheLifecycleSays() {
        ALLOWED.forEach((from, actions) -> actions.forEach((action, to) ->
                assertThat(from.after(action)).isEqualTo(to)));
    }

    @Test
    void aScheduledTrancheCannotBeReleasedNorAPaidOnePaidAgain() {
        for (TrancheStatus from : TrancheStatus.values()) {
            for (Action action : Action.values()) {
                if (!ALLOWED.get(from).containsKey(action)) {
                    assertThatThrownBy(() -> from.after(action)).as("%s + %s", from, action)
                            .isInstanceOfSatisfying(IllegalTransition.class,
                                    e -> assertThat(e.current()).isEqualTo(from));
                }
            }
        }
        assertThatThrownBy(() -> TrancheStatus.SCHEDULED.after(Action.RELEASE)).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> TrancheStatus.PAID.after(Action.PAY)).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> TrancheStatus.RELEASABLE.after(Action.PAY)).isInstanceOf(IllegalTransition.class);
    }
}
