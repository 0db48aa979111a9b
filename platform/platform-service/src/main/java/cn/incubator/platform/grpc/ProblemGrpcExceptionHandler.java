package cn.incubator.platform.grpc;

import cn.incubator.platform.problem.ProblemException;
import cn.incubator.platform.transition.IllegalTransitionException;
import cn.incubator.platform.transition.RuleViolationException;
import io.grpc.Status;
import io.grpc.StatusException;
import org.springframework.grpc.server.exception.GrpcExceptionHandler;

/**
 * The gRPC face of the same errors REST reports as problem details: not found stays NOT_FOUND (so out-of-scope
 * records stay invisible), refusals become PERMISSION_DENIED, bad input INVALID_ARGUMENT, state clashes
 * FAILED_PRECONDITION.
 */
public class ProblemGrpcExceptionHandler implements GrpcExceptionHandler {

    @Override
    public StatusException handleException(Throwable exception) {
        if (exception instanceof IllegalTransitionException) {
            return Status.FAILED_PRECONDITION.withDescription("illegal-transition").asException();
        }
        if (exception instanceof RuleViolationException rule) {
            return Status.FAILED_PRECONDITION.withDescription(rule.slug()).asException();
        }
        if (!(exception instanceof ProblemException problem)) {
            return null;
        }
        Status status = switch (problem.status()) {
            case NOT_FOUND -> Status.NOT_FOUND;
            case FORBIDDEN -> Status.PERMISSION_DENIED;
            case UNAUTHORIZED -> Status.UNAUTHENTICATED;
            case BAD_REQUEST -> Status.INVALID_ARGUMENT;
            case CONFLICT -> Status.FAILED_PRECONDITION;
            case SERVICE_UNAVAILABLE -> Status.UNAVAILABLE;
            default -> Status.UNKNOWN;
        };
        return status.withDescription(problem.slug()).asException();
    }
}
