package cn.incubator.grants.award;

/**
 * An action a lifecycle does not allow in its current state. Spring-free, so the domain types stay plain; services
 * turn it into the platform's 409 {@code illegal-transition} problem naming the current state.
 */
public final class IllegalTransition extends RuntimeException {

    private final Enum<?> current;
    private final Enum<?> action;

    public IllegalTransition(Enum<?> current, Enum<?> action) {
        super(action + " is not allowed when " + current);
        this.current = current;
        this.action = action;
    }

    public Enum<?> current() {
        return current;
    }

    public Enum<?> action() {
        return action;
    }
}
