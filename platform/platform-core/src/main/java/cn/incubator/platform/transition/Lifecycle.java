package cn.incubator.platform.transition;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The whole transition table (状态迁移表) of one lifecycle: for each state, the actions it allows and the state each
 * action leads to. Everything not in the table is refused with an {@link IllegalTransitionException} that names the
 * current state, the action tried and the actions the current state allows, so that every service answers a refused
 * action in the same way (a 409 {@code illegal-transition}).
 *
 * <p>A lifecycle keeps its table in one constant of its own state type, built once:
 * <pre>{@code
 * static final Lifecycle<NeedStatus, NeedAction> LIFECYCLE = Lifecycle.of(NeedStatus.class, NeedAction.class)
 *         .allow(OPEN, NeedAction.LINK, LINKED)
 *         .build();
 * }</pre>
 * Immutable and thread-safe once built.
 *
 * @param <S> the states
 * @param <A> the actions
 */
public final class Lifecycle<S extends Enum<S>, A extends Enum<A>> {

    private final Class<S> states;
    private final Class<A> actions;
    private final Map<S, Map<A, S>> table;

    private Lifecycle(Class<S> states, Class<A> actions, Map<S, Map<A, S>> table) {
        this.states = states;
        this.actions = actions;
        Map<S, Map<A, S>> copy = new EnumMap<>(states);
        for (S state : states.getEnumConstants()) {
            Map<A, S> row = table.get(state);
            copy.put(state, row == null ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(row)));
        }
        this.table = Collections.unmodifiableMap(copy);
    }

    public static <S extends Enum<S>, A extends Enum<A>> Builder<S, A> of(Class<S> states, Class<A> actions) {
        return new Builder<>(states, actions);
    }

    /** The state after {@code action}, or empty when {@code current} does not allow it. */
    public Optional<S> next(S current, A action) {
        return Optional.ofNullable(table.get(Objects.requireNonNull(current)).get(Objects.requireNonNull(action)));
    }

    /**
     * The state after {@code action}.
     *
     * @throws IllegalTransitionException when {@code current} does not allow the action
     */
    public S after(S current, A action) {
        return next(current, action).orElseThrow(() -> refusal(current, action));
    }

    /**
     * Checks that {@code current} allows {@code action}, for actions whose effect is more than a change of state.
     *
     * @throws IllegalTransitionException when it does not
     */
    public void require(S current, A action) {
        after(current, action);
    }

    public boolean allows(S current, A action) {
        return next(current, action).isPresent();
    }

    /** The actions {@code current} allows, in the order the action type declares them. */
    public Set<A> allowedActions(S current) {
        Map<A, S> row = table.get(Objects.requireNonNull(current));
        return row.isEmpty() ? EnumSet.noneOf(actions) : EnumSet.copyOf(row.keySet());
    }

    /** The refusal of {@code action} in {@code current}, for a guard that refuses for a reason the table cannot see. */
    public IllegalTransitionException refusal(S current, A action) {
        return new IllegalTransitionException(current, action, allowedActions(current));
    }

    /** The states no action leaves. */
    public Set<S> terminalStates() {
        Set<S> terminal = EnumSet.noneOf(states);
        table.forEach((state, row) -> {
            if (row.isEmpty()) {
                terminal.add(state);
            }
        });
        return terminal;
    }

    public Class<S> stateType() {
        return states;
    }

    public Class<A> actionType() {
        return actions;
    }

    /** Every state with its allowed actions and their target states; states without any map to an empty map. */
    public Map<S, Map<A, S>> table() {
        return table;
    }

    /** Collects the transitions of a lifecycle; a second target for the same state and action is refused. */
    public static final class Builder<S extends Enum<S>, A extends Enum<A>> {

        private final Class<S> states;
        private final Class<A> actions;
        private final Map<S, Map<A, S>> table;

        private Builder(Class<S> states, Class<A> actions) {
            this.states = Objects.requireNonNull(states);
            this.actions = Objects.requireNonNull(actions);
            this.table = new EnumMap<>(states);
        }

        /** {@code action} leads from {@code from} to {@code to}. */
        public Builder<S, A> allow(S from, A action, S to) {
            Map<A, S> row = table.computeIfAbsent(Objects.requireNonNull(from), s -> new EnumMap<>(actions));
            S previous = row.putIfAbsent(Objects.requireNonNull(action), Objects.requireNonNull(to));
            if (previous != null && previous != to) {
                throw new IllegalArgumentException(from + " " + action + " leads to both " + previous + " and " + to);
            }
            return this;
        }

        /** {@code action} leads from each of {@code from} to {@code to}. */
        public Builder<S, A> allow(Set<S> from, A action, S to) {
            from.forEach(state -> allow(state, action, to));
            return this;
        }

        /** {@code action} leaves each of {@code in} as it is (e.g. a recorded evaluation that keeps a stage). */
        public Builder<S, A> allowStaying(Set<S> in, A action) {
            in.forEach(state -> allow(state, action, state));
            return this;
        }

        public Lifecycle<S, A> build() {
            return new Lifecycle<>(states, actions, table);
        }
    }
}
