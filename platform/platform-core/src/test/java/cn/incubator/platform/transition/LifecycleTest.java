package cn.incubator.platform.transition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class LifecycleTest {

    enum State { DRAFT, OPEN, CLOSED }

    enum Action { OPEN, AMEND, CLOSE }

    static final Lifecycle<State, Action> LIFECYCLE = Lifecycle.of(State.class, Action.class)
            .allow(State.DRAFT, Action.OPEN, State.OPEN)
            .allowStaying(EnumSet.of(State.DRAFT, State.OPEN), Action.AMEND)
            .allow(EnumSet.of(State.DRAFT, State.OPEN), Action.CLOSE, State.CLOSED)
            .build();

    @Test
    void leadsToTheTargetOfAnAllowedAction() {
        assertThat(LIFECYCLE.after(State.DRAFT, Action.OPEN)).isEqualTo(State.OPEN);
        assertThat(LIFECYCLE.after(State.OPEN, Action.AMEND)).isEqualTo(State.OPEN);
        assertThat(LIFECYCLE.next(State.OPEN, Action.CLOSE)).contains(State.CLOSED);
        assertThat(LIFECYCLE.allows(State.OPEN, Action.OPEN)).isFalse();
    }

    @Test
    void refusesWithTheStateTheActionAndTheAllowedActionsInDeclarationOrder() {
        assertThatThrownBy(() -> LIFECYCLE.after(State.OPEN, Action.OPEN))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.currentState()).isEqualTo(State.OPEN);
                    assertThat(e.action()).isEqualTo(Action.OPEN);
                    assertThat(e.allowedActions()).containsExactly(Action.AMEND, Action.CLOSE);
                });
        assertThatThrownBy(() -> LIFECYCLE.require(State.CLOSED, Action.AMEND))
                .isInstanceOfSatisfying(IllegalTransitionException.class,
                        e -> assertThat(e.allowedActions()).isEmpty());
    }

    @Test
    void listsEveryStateIncludingTheTerminalOnes() {
        assertThat(LIFECYCLE.table()).containsOnlyKeys(State.values());
        assertThat(LIFECYCLE.terminalStates()).containsExactly(State.CLOSED);
        assertThat(LIFECYCLE.allowedActions(State.DRAFT)).containsExactly(Action.OPEN, Action.AMEND, Action.CLOSE);
    }

    @Test
    void refusesTwoTargetsForOneStateAndAction() {
        assertThatThrownBy(() -> Lifecycle.of(State.class, Action.class)
                .allow(State.DRAFT, Action.OPEN, State.OPEN)
                .allow(State.DRAFT, Action.OPEN, State.CLOSED))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
