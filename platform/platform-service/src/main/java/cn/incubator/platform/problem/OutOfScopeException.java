package cn.incubator.platform.problem;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import org.springframework.http.HttpStatus;

/** A write aimed outside the caller's jurisdiction subtree or organization. */
public class OutOfScopeException extends ProblemException {

    public OutOfScopeException(Jurisdiction target) {
        super(HttpStatus.FORBIDDEN, "out-of-scope", target.code(), target.name());
    }
}
