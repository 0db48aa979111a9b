package cn.incubator.platform.handover;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.problem.ProblemException;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** A write to a subtree whose records are being handed over to a new node: 503, retried once the fence lifts. */
public class SubtreeFencedException extends ProblemException {

    public SubtreeFencedException(Jurisdiction target, String node) {
        super(HttpStatus.SERVICE_UNAVAILABLE, "subtree-fenced", new Object[] {target.code(), node},
                Map.of("node", node));
    }
}
