package cn.incubator.platform.rollup;

import cn.incubator.contracts.platform.v1.GetStatisticsRequest;
import cn.incubator.contracts.platform.v1.NodeStatisticsGrpc;
import cn.incubator.contracts.platform.v1.Statistics;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.identity.Role;
import cn.incubator.platform.jurisdiction.InvalidJurisdictionException;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.node.Node;
import cn.incubator.platform.permission.PermissionTable;
import cn.incubator.platform.problem.FieldProblemException;
import cn.incubator.platform.problem.ProblemException;
import cn.incubator.platform.scope.DataScope;
import io.grpc.stub.StreamObserver;
import org.springframework.http.HttpStatus;

/**
 * A service's part of {@code NodeStatistics.GetStatistics} (统计汇总): the figures of the records this node holds under
 * the asked prefix, for a roll-up that another node (or this one) is assembling. The figures are the node's, not
 * narrowed to a person's scope, so only two callers may ask (PERMISSION_DENIED otherwise): the platform's service
 * client, and a person whose token (passed on by the roll-up, as every gRPC call passes its caller's) grants the whole
 * prefix and the service's statistics permission, and who does not act for one organization only. A malformed prefix
 * is INVALID_ARGUMENT.
 *
 * <p>A service extends this with its own section ({@link #figures}) and registers it as a bean; Spring gRPC serves it.
 */
public abstract class NodeStatisticsServer extends NodeStatisticsGrpc.NodeStatisticsImplBase {

    private final Node node;
    private final String permission;

    /** @param permission the permission a person needs for this service's figures, e.g. registry:statistics:read */
    protected NodeStatisticsServer(Node node, String permission) {
        this.node = node;
        this.permission = permission;
    }

    @Override
    public void getStatistics(GetStatisticsRequest request, StreamObserver<Statistics> response) {
        CurrentUser caller = CurrentUser.fromSecurityContext();
        Jurisdiction prefix;
        try {
            prefix = Jurisdiction.of(request.getJurisdictionPrefix());
        } catch (InvalidJurisdictionException e) {
            throw new FieldProblemException("jurisdictionPrefix", "JurisdictionCode");
        }
        if (!caller.isServiceClient() && !mayRollUp(caller, prefix)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden");
        }
        DataScope held = DataScope.of(CurrentUser.service("node-statistics", node), node);
        response.onNext(figures(prefix, held));
        response.onCompleted();
    }

    private boolean mayRollUp(CurrentUser caller, Jurisdiction prefix) {
        boolean oneOrganization = caller.hasRole(Role.ORG_ADMIN)
                && !caller.hasAnyRole(Role.PLATFORM_ADMIN, Role.CIVIL_AFFAIRS);
        return !oneOrganization
                && PermissionTable.allows(caller.roles().stream().map(Role::wireName).toList(), permission)
                && caller.jurisdictions().stream().anyMatch(granted -> granted.contains(prefix));
    }

    /**
     * This service's section of the statistics under {@code prefix}, the other sections left empty.
     *
     * @param held the records this node holds (every subtree it serves); filter every count with it
     */
    protected abstract Statistics figures(Jurisdiction prefix, DataScope held);
}
