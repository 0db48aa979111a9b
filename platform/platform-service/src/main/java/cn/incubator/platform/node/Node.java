package cn.incubator.platform.node;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.problem.OutsideNodeException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One deployment of the platform and the jurisdiction subtrees it serves ("1 center + 1 cloud + N street hubs"):
 * the city's central node serves the whole city, a street hub may run a node for its street alone.
 *
 * <p>Usually one subtree. A central node may serve several disjoint ones: the demo's one-machine node serves Hunan and
 * also hosts Ejin Horo (伊金霍洛旗) and Ya'an (雅安市), which run no node of their own.
 *
 * @param subtrees the roots of the subtrees served, at least one, none inside another; the first is the node's own
 */
public record Node(String name, List<Jurisdiction> subtrees) {

    public Node {
        subtrees = List.copyOf(subtrees);
        if (subtrees.isEmpty()) {
            throw new IllegalArgumentException("A node serves at least one subtree");
        }
        for (Jurisdiction one : subtrees) {
            for (Jurisdiction other : subtrees) {
                if (one != other && one.contains(other)) {
                    throw new IllegalArgumentException("Node " + name + " lists " + other + " inside " + one);
                }
            }
        }
    }

    public Node(String name, Jurisdiction jurisdiction) {
        this(name, List.of(jurisdiction));
    }

    /** The subtree the node is named for (its first): where service-wide views default to when nothing narrows them. */
    public Jurisdiction jurisdiction() {
        return subtrees.get(0);
    }

    public boolean serves(Jurisdiction target) {
        return subtrees.stream().anyMatch(subtree -> subtree.contains(target));
    }

    /** The codes of the subtrees served, comma-separated, for problems, logs and reports. */
    public String codes() {
        return subtrees.stream().map(Jurisdiction::code).collect(Collectors.joining(","));
    }

    /** Writes for places another node serves are refused, so data never lands on the wrong node. */
    public void requireServes(Jurisdiction target) {
        if (!serves(target)) {
            throw new OutsideNodeException(target, this);
        }
    }
}
