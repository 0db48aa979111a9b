package cn.incubator.platform.problem;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.node.Node;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** A write for a place that another node serves. */
public class OutsideNodeException extends ProblemException {

    public OutsideNodeException(Jurisdiction target, Node node) {
        super(HttpStatus.FORBIDDEN, "outside-node", new Object[] {target.code(), node.name(), node.codes()},
                Map.of("node", node.name()));
    }
}
