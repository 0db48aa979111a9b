package cn.incubator.platform.handover;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.problem.ProblemException;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A write that reached this node just after its subtree was handed over to a new node, before the gateway routes the
 * subtree there: 503, and its retry (Retry-After) reaches the new node.
 */
public class SubtreeMovedException extends ProblemException {

    public SubtreeMovedException(Jurisdiction target, String node) {
        super(HttpStatus.SERVICE_UNAVAILABLE, "subtree-moved", new Object[] {target.code(), node},
                Map.of("node", node));
    }
}
