package cn.incubator.platform.rollup;

import cn.incubator.contracts.platform.v1.GetStatisticsRequest;
import cn.incubator.contracts.platform.v1.NodeStatisticsGrpc;
import cn.incubator.contracts.platform.v1.Statistics;
import cn.incubator.platform.jurisdiction.Jurisdiction;
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
