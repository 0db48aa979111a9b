package cn.incubator.grants.statistics;

import cn.incubator.grants.award.Yuan;
import cn.incubator.platform.federation.NodeFederation;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.rollup.NodeEndpoint;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * 跨节点统计: the grant statistics of a place that holds street nodes (节点) count the proposals, awards, payments and
 * reports those nodes hold too (NODES.md, "views do not shrink"): each active grants node inside the place answers the
 * same figures from its own records ({@link NodeFederation}), and every count and yuan amount is summed with this
 * node's, exactly ({@link BigDecimal}). A node that does not answer is named in {@code Incubator-Partial}; its records
 * are left out.
 */
@Component
class GrantStatisticsFederation {

    static final String PATH = "/api/grants/v1/statistics";

    private final GrantStatistics statistics;
    private final NodeFederation nodes;

    GrantStatisticsFederation(GrantStatistics statistics, NodeFederation nodes) {
        this.statistics = statistics;
        this.nodes = nodes;
    }

    /** The figures, and the nodes left out of them ({@code name=unavailable}, empty when complete). */
    record Answer(GrantStatistics.Figures figures, String partial) {
    }

    Answer figures(CurrentUser user, Jurisdiction within, LocalDate from, LocalDate to, String federation,
            String authorization) {
        GrantStatistics.Figures own = statistics.figures(user, within, from, to);
        List<NodeEndpoint> inside = nodes.nodesInside("grants", List.of(own.jurisdiction()), federation);
        if (inside.isEmpty()) {
            return new Answer(own, "");
        }
        Map<String, List<String>> query = new LinkedHashMap<>();
        query.put("jurisdiction", List.of(own.jurisdiction().code()));
        if (from != null) {
            query.put("from", List.of(from.toString()));
        }
        if (to != null) {
            query.put("to", List.of(to.toString()));
        }
        NodeFederation.Gathered<GrantStatistics.Figures> answers = nodes.ask(inside, PATH, query, authorization, GrantStatistics.Figures.class);
        return new Answer(merge(own, answers.answers()), answers.partial());
    }

    /** This node's figures and the nodes' summed, figure by figure; with no other answer, this node's as they are. */
    static GrantStatistics.Figures merge(GrantStatistics.Figures own, List<GrantStatistics.Figures> others) {
        if (others.isEmpty()) {
            return own;
        }
        List<GrantStatistics.Figures> all = new ArrayList<>(List.of(own));
        all.addAll(others);
        return new GrantStatistics.Figures(own.jurisdiction(), own.from(), own.to(),
                new GrantStatistics.Applied(count(all, f -> f.applied().proposals()),
                        yuan(all, f -> f.applied().requested())),
                new GrantStatistics.Awarded(count(all, f -> f.awarded().awards()),
                        yuan(all, f -> f.awarded().amount())),
                new GrantStatistics.Disbursed(count(all, f -> f.disbursed().payments()),
                        yuan(all, f -> f.disbursed().amount())),
                new GrantStatistics.Outcomes(count(all, f -> f.outcomes().awards()),
                        count(all, f -> f.outcomes().activitiesHeld()),
                        count(all, f -> f.outcomes().personTimesServed()),
                        count(all, f -> f.outcomes().volunteerPersonTimes()),
                        yuan(all, f -> f.outcomes().fundsLeveraged())));
    }

    private static long count(List<GrantStatistics.Figures> all, Function<GrantStatistics.Figures, Long> figure) {
        return all.stream().mapToLong(figure::apply).sum();
    }

    private static BigDecimal yuan(List<GrantStatistics.Figures> all,
            Function<GrantStatistics.Figures, BigDecimal> figure) {
        return Yuan.of(all.stream().map(figure).map(amount -> amount == null ? BigDecimal.ZERO : amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
