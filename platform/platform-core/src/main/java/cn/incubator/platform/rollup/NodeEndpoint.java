package cn.incubator.platform.rollup;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import java.util.Objects;

/**
 * One node's endpoint for one service: the node's name, the jurisdiction subtree it serves, and where that service
 * answers gRPC on it (a channel target such as {@code static://10.0.3.7:9081}).
 */
public record NodeEndpoint(String name, Jurisdiction jurisdiction, String target) {

    public NodeEndpoint {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(target, "target");
    }
}
