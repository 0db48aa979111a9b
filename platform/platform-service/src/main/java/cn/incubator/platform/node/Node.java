package cn.incubator.platform.node;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.problem.OutsideNodeException;

/**
 * One deployment of the platform and the jurisdiction subtree it serves ("1 center + 1 cloud + N street hubs"):
 * the city's central node serves the whole city, a street hub may run a node for its street alone.
 */
public record Node(String name, Jurisdiction jurisdiction) {

    public boolean serves(Jurisdiction target) {
        return jurisdiction.contains(target);
    }

    /** Writes for places another node serves are refused, so data never lands on the wrong node. */
    public void requireServes(Jurisdiction target) {
        if (!serves(target)) {
            throw new OutsideNodeException(target, this);
        }
    }
}
