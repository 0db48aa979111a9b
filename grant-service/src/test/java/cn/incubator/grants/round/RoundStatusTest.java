package cn.incubator.grants.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RoundStatusTest {

    /** Every allowed move; anything not listed here must be refused. */
    private static final Map<RoundStatus, Map<RoundAction, RoundStatus>> ALLOWED = Map.of(
            RoundStatus.DRAFT, Map.of(RoundAction.PUBLISH, RoundStatus.OPEN, RoundAction.CANCEL, RoundStatus.CANCELLED),
            RoundStatus.OPEN, Map.of(RoundAction.CLOSE, RoundStatus.CLOSED, RoundAction.CANCEL, RoundStatus.CANCELLED),
            RoundStatus.CLOSED, Map.of(RoundAction.START_INITIAL_REVIEW, RoundStatus.INITIAL_REVIEW,
                    RoundAction.CANCEL, RoundStatus.CANCELLED),
            RoundStatus.INITIAL_REVIEW, Map.of(RoundAction.START_EXPERT_REVIEW, RoundStatus.EXPERT_REVIEW,
                    RoundAction.CANCEL, RoundStatus.CANCELLED),
            RoundStatus.EXPERT_REVIEW, Map.of(RoundAction.RANK, RoundStatus.RANKED,
                    RoundAction.CANCEL, RoundStatus.CANCELLED),
            RoundStatus.RANKED, Map.of(RoundAction.RANK, RoundStatus.RANKED,
                    RoundAction.PUBLISH_NOTICE, RoundStatus.PUBLIC_NOTICE, RoundAction.CANCEL, RoundStatus.CANCELLED),
            RoundStatus.PUBLIC_NOTICE, Map.of(RoundAction.FINALIZE, RoundStatus.FINAL,
                    RoundAction.CANCEL, RoundStatus.CANCELLED),
            RoundStatus.FINAL, Map.of(),
            RoundStatus.CANCELLED, Map.of());

    @ParameterizedTest
    @EnumSource(RoundStatus.class)
    void eachStatusAllowsExactlyItsListedActionsAndRefusesEveryOther(RoundStatus status) {
        for (RoundAction action : RoundAction.values()) {
            RoundStatus expected = ALLOWED.get(status).get(action);
            assertThat(status.after(action)).as("%s then %s", status, action).isEqualTo(
                    java.util.Optional.ofNullable(expected));
            assertThat(status.allows(action)).isEqualTo(expected != null);
        }
    }

    @Test
    void aRoundWalksFromCallToFinalInOrder() {
        RoundStatus status = RoundStatus.DRAFT;
        for (RoundAction action : new RoundAction[] {RoundAction.PUBLISH, RoundAction.CLOSE,
                RoundAction.START_INITIAL_REVIEW, RoundAction.START_EXPERT_REVIEW, RoundAction.RANK,
                RoundAction.RANK, RoundAction.PUBLISH_NOTICE, RoundAction.FINALIZE}) {
            status = status.after(action).orElseThrow();
        }
        assertThat(status).isEqualTo(RoundStatus.FINAL);
    }

    @Test
    void finalAndCancelledRoundsAreTerminal() {
        for (RoundStatus terminal : Set.of(RoundStatus.FINAL, RoundStatus.CANCELLED)) {
            assertThat(EnumSet.allOf(RoundAction.class)).noneMatch(terminal::allows);
        }
    }
}
