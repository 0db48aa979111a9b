package cn.incubator.grants.marketplace;

import static cn.incubator.grants.marketplace.ProjectStatus.ASSIGNED;
import static cn.incubator.grants.marketplace.ProjectStatus.CANCELLED;
import static cn.incubator.grants.marketplace.ProjectStatus.DONE;
import static cn.incubator.grants.marketplace.ProjectStatus.IN_DELIVERY;
import static cn.incubator.grants.marketplace.ProjectStatus.OPEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.grants.award.IllegalTransition;
import cn.incubator.grants.marketplace.ProjectStatus.Action;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProjectStatusTest {

    private static final Map<ProjectStatus, Map<Action, ProjectStatus>> ALLOWED = Map.of(
            OPEN, Map.of(Action.OFFER, OPEN, Action.CHOOSE, ASSIGNED, Action.CANCEL, CANCELLED),
            ASSIGNED, Map.of(Action.LOG_STEP, IN_DELIVERY, Action.CANCEL, CANCELLED),
            IN_DELIVERY, Map.of(Action.LOG_STEP, IN_DELIVERY, Action.COMPLETE, DONE),
            DONE, Map.of(),
            CANCELLED, Map.of());

    @Test
    void aPostedProjectIsOfferedChosenDeliveredStepByStepAndDone() {
        assertThat(OPEN.after(Action.OFFER).after(Action.CHOOSE).after(Action.LOG_STEP).after(Action.LOG_STEP)
                .after(Action.COMPLETE)).isEqualTo(DONE);
    }

    @Test
    void everyAllowedTransitionLeadsWhereTheLifecycleSays() {
        ALLOWED.forEach((from, actions) -> actions.forEach((action, to) ->
                assertThat(from.after(action)).as("%s + %s", from, action).isEqualTo(to)));
    }

    @Test
    void everyOtherTransitionIsRefused() {
        int refused = 0;
        for (ProjectStatus from : ProjectStatus.values()) {
            for (Action action : Action.values()) {
                if (!ALLOWED.get(from).containsKey(action)) {
                    refused++;
                    assertThatThrownBy(() -> from.after(action)).as("%s + %s", from, action)
                            .isInstanceOfSatisfying(IllegalTransition.class, e -> {
                                assertThat(e.current()).isEqualTo(from);
                                assertThat(e.action()).isEqualTo(action);
                            });
                }
            }
        }
        assertThat(refused).isEqualTo(ProjectStatus.values().length * Action.values().length
                - ALLOWED.values().stream().mapToInt(Map::size).sum());
    }

    @Test
    void noOfferIsTakenOnceChosenAndNothingCompletesWithoutDelivery() {
        assertThatThrownBy(() -> ASSIGNED.after(Action.OFFER)).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> ASSIGNED.after(Action.COMPLETE)).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> IN_DELIVERY.after(Action.CANCEL)).isInstanceOf(IllegalTransition.class);
    }
}
