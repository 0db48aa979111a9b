package cn.incubator.platform.rollup;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;

/**
 * A figure summed over the nodes under a prefix (汇总), and which nodes it covers: the nodes that answered, and the
 * nodes that did not, each with its reason. A roll-up with missing nodes is partial, not failed: its total is the sum
 * of the answers it has, and the caller shows it with the names of the missing nodes (the {@code partial} block and
 * the {@value #PARTIAL_HEADER} header).
 *
 * @param prefix   the jurisdiction rolled up
 * @param total    the sum of the answered nodes' figures (the zero when none answered)
 * @param answered the nodes whose figures are in the total
 * @param missing  the nodes whose figures are not, with the reason
 */
public record RollUp<T>(Jurisdiction prefix, T total, List<AnsweredNode> answered, List<MissingNode> missing) {

    /** The response header that names the missing nodes of a partial answer: {@code xingsha=deadline-exceeded, ...}. */
    public static final String PARTIAL_HEADER = "Incubator-Partial";

    public RollUp {
        Objects.requireNonNull(prefix, "prefix");
        answered = List.copyOf(answered);
        missing = List.copyOf(missing);
    }

    /** A node whose figures are in the total. */
    public record AnsweredNode(String name, Jurisdiction jurisdiction) {
    }

    /** A node whose figures are not in the total, and why. */
    public record MissingNode(String name, Jurisdiction jurisdiction, MissingReason reason) {
    }

    /** What one node's call came to: its figures, or the reason it has none. */
    public sealed interface Outcome<T> {
        NodeEndpoint node();
    }

    public record Answer<T>(NodeEndpoint node, T figures) implements Outcome<T> {
    }

    public record Missing<T>(NodeEndpoint node, MissingReason reason) implements Outcome<T> {
    }

    /**
     * Assembles the roll-up from each node's outcome: the answers summed from {@code zero} with {@code sum} in node
     * order (so the same answers always give the same total), the missing nodes listed with their reasons.
     */
    public static <T> RollUp<T> of(Jurisdiction prefix, List<? extends Outcome<T>> outcomes, T zero,
            BinaryOperator<T> sum) {
        List<Outcome<T>> ordered = new ArrayList<>(outcomes);
        ordered.sort(Comparator.comparing((Outcome<T> o) -> o.node().jurisdiction().code())
                .thenComparing(o -> o.node().name()));
        T total = zero;
        List<AnsweredNode> answered = new ArrayList<>();
        List<MissingNode> missing = new ArrayList<>();
        for (Outcome<T> outcome : ordered) {
            NodeEndpoint node = outcome.node();
            if (outcome instanceof Answer<T> answer) {
                total = sum.apply(total, answer.figures());
                answered.add(new AnsweredNode(node.name(), node.jurisdiction()));
            } else if (outcome instanceof Missing<T> gap) {
                missing.add(new MissingNode(node.name(), node.jurisdiction(), gap.reason()));
            }
        }
        return new RollUp<>(prefix, total, answered, missing);
    }

    /** Whether some node's figures are missing from the total. */
    public boolean partial() {
        return !missing.isEmpty();
    }

    /** The {@value #PARTIAL_HEADER} header's value: each missing node as {@code name=reason}; empty when complete. */
    public String partialHeader() {
        return missing.stream().map(node -> node.name() + "=" + node.reason().code())
                .collect(Collectors.joining(", "));
    }

    /** The same nodes with the total turned into another figure (e.g. one service's section of the statistics). */
    public <R> RollUp<R> map(java.util.function.Function<? super T, ? extends R> figure) {
        return new RollUp<>(prefix, figure.apply(total), answered, missing);
    }
}
