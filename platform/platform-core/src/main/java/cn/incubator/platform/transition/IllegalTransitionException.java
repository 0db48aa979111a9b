package cn.incubator.platform.transition;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An action the current state of a lifecycle does not allow. Carries the current state, the action tried and the
 * actions the current state allows, in their declaration order; the platform answers it with one 409
 * {@code illegal-transition} problem in every service.
 */
public final class IllegalTransitionException extends RuntimeException {

    private final Enum<?> currentState;
    private final Enum<?> action;
    private final List<Enum<?>> allowedActions;

    public IllegalTransitionException(Enum<?> currentState, Enum<?> action, Set<? extends Enum<?>> allowedActions) {
        super(action + " is not allowed in " + currentState + "; allowed: " + allowedActions);
        this.currentState = Objects.requireNonNull(currentState);
        this.action = Objects.requireNonNull(action);
        this.allowedActions = allowedActions.stream().sorted((a, b) -> Integer.compare(a.ordinal(), b.ordinal()))
                .<Enum<?>>map(a -> a).toList();
    }

    public Enum<?> currentState() {
        return currentState;
    }

    public Enum<?> action() {
        return action;
    }

    /** The actions the current state allows, in declaration order; empty in a final state. */
    public List<Enum<?>> allowedActions() {
        return allowedActions;
    }
}
