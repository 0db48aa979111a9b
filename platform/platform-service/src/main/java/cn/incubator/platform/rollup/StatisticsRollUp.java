package cn.incubator.platform.rollup;

import cn.incubator.contracts.platform.v1.GetStatisticsRequest;
import cn.incubator.contracts.platform.v1.NodeStatisticsGrpc;
import cn.incubator.contracts.platform.v1.Statistics;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.problem.FieldProblemException;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.scope.DataScope;
import java.util.function.Function;
import org.springframework.http.ResponseEntity;

/**
 * City and district statistics (统计汇总) across tier nodes: {@code NodeStatistics.GetStatistics} on every node under
 * the prefix that runs the service, summed by {@link StatisticsSums}. A statistics endpoint takes the section of its
 * own service from the total and shows the missing nodes ({@code docs/decisions.md}, "Roll-ups by gRPC fan-out").
 */
public class StatisticsRollUp {

    private final FanOut fanOut;

    public StatisticsRollUp(FanOut fanOut) {
        this.fanOut = fanOut;
    }

    /**
     * The statistics of {@code service} (its gRPC channel name: registry, incubation, grants, training,
     * party-building) under {@code prefix}, summed over the nodes that answered within the deadline.
     */
    public RollUp<Statistics> statistics(String service, Jurisdiction prefix) {
        GetStatisticsRequest request = GetStatisticsRequest.newBuilder().setJurisdictionPrefix(prefix.code()).build();
        return fanOut.rollUp(service, prefix,
                (channel, deadline) -> NodeStatisticsGrpc.newFutureStub(channel).withDeadline(deadline)
                        .getStatistics(request),
                StatisticsSums.zero(), StatisticsSums::add);
    }

    /**
     * The roll-up a statistics endpoint answers for a caller: the section {@code section} of {@code service}'s
     * statistics under {@code place}, or under the caller's one subtree when no place is named. The caller must see
     * the whole place, as a person, not as one organization (otherwise it is not found, like any place out of scope):
     * the nodes' figures are not narrowed to a person.
     *
     * @throws FieldProblemException {@code jurisdiction} NotNull when no place is named and the caller has several
     * @throws NotFoundException     when the caller does not see all of the place
     */
    public <T> RollUp<T> forCaller(String service, DataScope scope, Jurisdiction place,
            Function<Statistics, T> section) {
        Jurisdiction where = place;
        if (where == null) {
            if (scope.subtrees().size() != 1) {
                throw new FieldProblemException("jurisdiction", "NotNull");
            }
            where = scope.subtrees().get(0);
        }
        if (!scope.covers(where, null)) {
            throw new NotFoundException("jurisdiction", where.code());
        }
        return statistics(service, where).map(section);
    }

    /**
     * A roll-up as a REST answer: 200 with the body (its {@code missing} list is the partial block), and the
     * {@value RollUp#PARTIAL_HEADER} header naming the missing nodes when some are. Never a 5xx for a missing node.
     */
    public static <T> ResponseEntity<RollUp<T>> response(RollUp<T> rollUp) {
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
        if (rollUp.partial()) {
            ok.header(RollUp.PARTIAL_HEADER, rollUp.partialHeader());
        }
        return ok.body(rollUp);
    }
}
