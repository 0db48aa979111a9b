package cn.incubator.platform.test.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import cn.incubator.platform.text.EnumLabels;
import cn.incubator.platform.transition.IllegalTransitionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import cn.incubator.platform.transition.Lifecycle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Exhaustive checks of a {@link Lifecycle}: every state × every action, the legal ones against the expected target
 * state and every other one against a refusal that names the state, the action and the allowed actions.
 */
public final class LifecycleTables {

    private LifecycleTables() {
    }

    /**
     * Asserts that {@code lifecycle} is exactly {@code expected}: one transition a line, {@code FROM ACTION TO}
     * (blank lines and lines starting with {@code #} are ignored). Every pair not listed must be refused, and
     * every state and action must have its label in both bundles of the service.
     */
    public static <S extends Enum<S>, A extends Enum<A>> void assertExactly(Lifecycle<S, A> lifecycle,
            String expected) {
        Class<S> states = lifecycle.stateType();
        Class<A> actions = lifecycle.actionType();
        Map<S, Map<A, S>> table = new EnumMap<>(states);
        for (String line : expected.strip().split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] parts = trimmed.split("\\s+");
            if (parts.length != 3) {
                fail("Expected FROM ACTION TO, got: " + line);
            }
            S from = Enum.valueOf(states, parts[0]);
            A action = Enum.valueOf(actions, parts[1]);
            S to = Enum.valueOf(states, parts[2]);
            S previous = table.computeIfAbsent(from, s -> new EnumMap<>(actions)).put(action, to);
            if (previous != null) {
                fail("Listed twice: " + from + " " + action);
            }
        }
        List<String> checked = new ArrayList<>();
        for (S state : states.getEnumConstants()) {
            Map<A, S> row = table.getOrDefault(state, Map.of());
            Set<A> allowed = row.isEmpty() ? EnumSet.noneOf(actions) : EnumSet.copyOf(row.keySet());
            assertThat(lifecycle.allowedActions(state)).as("allowed in %s", state).containsExactlyElementsOf(allowed);
            for (A action : actions.getEnumConstants()) {
                S to = row.get(action);
                if (to != null) {
                    assertThat(lifecycle.after(state, action)).as("%s %s", state, action).isEqualTo(to);
                } else {
                    assertThatThrownBy(() -> lifecycle.after(state, action))
                            .as("%s %s must be refused", state, action)
                            .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                                assertThat(e.currentState()).isEqualTo(state);
                                assertThat(e.action()).isEqualTo(action);
                                assertThat(e.allowedActions()).containsExactlyElementsOf(allowed);
                            });
                }
                checked.add(state + " " + action);
            }
        }
        assertThat(checked).hasSize(states.getEnumConstants().length * actions.getEnumConstants().length);
        assertLabelled(states);
        assertLabelled(actions);
    }

    /**
     * Asserts that the service's bundles ({@code messages.properties}, {@code messages_en.properties}) label every
     * constant of {@code type}, so that a refused transition names states and actions, not codes.
     */
    public static void assertLabelled(Class<? extends Enum<?>> type) {
        for (String bundle : List.of("messages.properties", "messages_en.properties")) {
            Properties messages = load(bundle);
            for (Enum<?> constant : type.getEnumConstants()) {
                assertThat(messages.getProperty(EnumLabels.key(constant)))
                        .as("%s in %s", EnumLabels.key(constant), bundle).isNotBlank();
            }
        }
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
