package cn.incubator.incubation.statistics;

import cn.incubator.contracts.platform.v1.IncubationPipeline;
import cn.incubator.contracts.platform.v1.Statistics;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.node.Node;
import cn.incubator.platform.rollup.NodeStatisticsServer;
import cn.incubator.platform.scope.DataScope;
import org.springframework.stereotype.Service;

/**
 * The incubation section of {@code NodeStatistics} (统计汇总) on this node: the cases it holds under the prefix by
 * their current stage (孵化流程), counted as the pipeline statistics count them; the roll-up endpoint sums these over
 * the nodes.
 */
@Service
class IncubationNodeStatistics extends NodeStatisticsServer {

    private final StatisticsRepository statistics;

    IncubationNodeStatistics(Node node, StatisticsRepository statistics) {
        super(node, "incubation:statistics:read");
        this.statistics = statistics;
    }

    @Override
    protected Statistics figures(Jurisdiction prefix, DataScope held) {
        return Statistics.newBuilder()
                .setIncubation(IncubationPipeline.newBuilder()
                        .putAllCasesByStage(statistics.casesByStage(prefix, held)))
                .build();
    }
}
