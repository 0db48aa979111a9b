package cn.incubator.platform.problem;

import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * 409 for an action the record's current state does not allow. The problem document names the current state both in
 * its localized detail ({@code problem.illegal-transition.*} of the platform bundle) and as {@code currentStatus}, so
 * a client can react without parsing text.
 */
public class IllegalTransitionException extends ProblemException {

    public IllegalTransitionException(Enum<?> currentStatus, Enum<?> action) {
        super(HttpStatus.CONFLICT, "illegal-transition", new Object[] {currentStatus, action},
                Map.of("currentStatus", currentStatus.name(), "action", action.name()));
    }
}
