package cn.incubator.platform.rollup;

import cn.incubator.contracts.platform.v1.GetStatisticsRequest;
import cn.incubator.contracts.platform.v1.NodeStatisticsGrpc;
import cn.incubator.contracts.platform.v1.Statistics;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.InvalidJurisdictionException;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.node.Node;
import cn.incubator.platform.problem.FieldProblemException;
import cn.incubator.platform.problem.ProblemException;
import cn.incubator.platform.scope.DataScope;
import io.grpc.stub.StreamObserver;
import org.springframework.http.HttpStatus;

/**
 * A service's part of {@code NodeStatistics.GetStatistics} (统计汇总): the figures of the records this node holds under
 * the asked prefix, for a roll-up that another node (or this one) is assembling. Only the platform's service client may
 * ask (PERMISSION_DENIED otherwise): the figures are the node's, not narrowed to a person's scope, so the endpoint that
 * shows them checks its caller's scope before it rolls up. A malformed prefix is INVALID_ARGUMENT.
 *
 * <p>A service extends this with its own section ({@link #figures}) and registers it as a bean; Spring gRPC serves it.
 */
public abstract class NodeStatisticsServer extends NodeStatisticsGrpc.NodeStatisticsImplBase {

    private final Node node;

    protected NodeStatisticsServer(Node node) {
        this.node = node;
    }

    @Override
    public void getStatistics(GetStatisticsRequest request, StreamObserver<Statistics> response) {
        if (!CurrentUser.fromSecurityContext().isServiceClient()) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden");
        }
        Jurisdiction prefix;
        try {
            prefix = Jurisdiction.of(request.getJurisdictionPrefix());
        } catch (InvalidJurisdictionException e) {
            throw new FieldProblemException("jurisdictionPrefix", "JurisdictionCode");
        }
        DataScope held = DataScope.of(CurrentUser.service("node-statistics", node), node);
        response.onNext(figures(prefix, held));
        response.onCompleted();
    }

    /**
     * This service's section of the statistics under {@code prefix}, the other sections left empty.
     *
     * @param held the records this node holds (every subtree it serves); filter every count with it
     */
    protected abstract Statistics figures(Jurisdiction prefix, DataScope held);
}
