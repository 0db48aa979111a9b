package cn.incubator.training.attendance;

import cn.incubator.contracts.platform.v1.Statistics;
import cn.incubator.contracts.platform.v1.TrainingFigures;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.node.Node;
import cn.incubator.platform.rollup.NodeStatisticsServer;
import cn.incubator.platform.rollup.RollUp;
import cn.incubator.platform.rollup.StatisticsRollUp;
import cn.incubator.platform.scope.DataScope;
import cn.incubator.platform.scope.DataScopes;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The training section of {@code NodeStatistics} (统计汇总) on this node: the sessions held under the prefix (where
 * the sessions were held) that someone attended, and the person-times (人次: one per person and sitting attended,
 * present or late), counted as the person-time statistics count them; and the roll-up that sums them over the nodes.
 */
@Service
class TrainingNodeStatistics extends NodeStatisticsServer {

    private final AttendanceRepository attendance;
    private final DataScopes scopes;
    private final StatisticsRollUp rollUps;

    TrainingNodeStatistics(Node node, AttendanceRepository attendance, DataScopes scopes, StatisticsRollUp rollUps) {
        super(node, "training:statistics:read");
        this.attendance = attendance;
        this.scopes = scopes;
        this.rollUps = rollUps;
    }

    @Override
    protected Statistics figures(Jurisdiction prefix, DataScope held) {
        var filter = held.filter("s.jurisdiction_code", null);
        List<PersonTimes.Row> rows = attendance.personTimes(filter, prefix, null, null);
        return Statistics.newBuilder()
                .setTraining(TrainingFigures.newBuilder()
                        .setSessions(attendance.sessions(filter, prefix, null, null))
                        .setPersonTimes(rows.stream().mapToLong(PersonTimes.Row::personTimes).sum()))
                .build();
    }

    /**
     * Sessions and person-times of a city, district or street summed over every node that holds sessions there; the
     * caller must see the whole place (otherwise not found), without one the caller's own.
     */
    RollUp<Figures> rollUp(CurrentUser user, Jurisdiction within) {
        return rollUps.forCaller("training", scopes.of(user), within,
                total -> new Figures(total.getTraining().getSessions(), total.getTraining().getPersonTimes()));
    }

    /** A roll-up's training section: sessions attended and person-times (人次). */
    record Figures(long sessions, long personTimes) {
    }
}
