package cn.incubator.registry.consultation;

import cn.incubator.platform.federation.NodeFederation;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.rollup.NodeEndpoint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * 跨节点统计: the consultation counts of a caller whose places hold street nodes (节点) count the consultations those
 * nodes hold too (NODES.md, "views do not shrink"): each active registry node inside the caller's places answers the
 * same statistics, for the same days, from its own records ({@link NodeFederation}); the counts are summed by period and
 * topic, and the totals by topic and period made again from them. A node that does not answer is named in
 * {@code Incubator-Partial}; its consultations are left out.
 */
@Component
class ConsultationStatisticsFederation {

    static final String PATH = "/api/registry/v1/consultations/statistics";

    /** One node's order of the counts ({@code ORDER BY period, topic}). */
    private static final Comparator<ConsultationStatistics.Count> ORDER = Comparator
            .comparing(ConsultationStatistics.Count::period).thenComparing(count -> count.topic().name());

    private final ConsultationService consultations;
    private final NodeFederation nodes;

    ConsultationStatisticsFederation(ConsultationService consultations, NodeFederation nodes) {
        this.consultations = consultations;
        this.nodes = nodes;
    }

    /** The statistics, and the nodes left out of them ({@code name=unavailable}, empty when complete). */
    record Answer(ConsultationStatistics statistics, String partial) {
    }

    Answer statistics(CurrentUser user, LocalDate from, LocalDate to, ConsultationStatistics.Period period,
            String federation, String authorization) {
        ConsultationStatistics own = consultations.statistics(user, from, to, period);
        List<NodeEndpoint> inside = nodes.nodesInside("registry", user.jurisdictions(), federation);
        if (inside.isEmpty()) {
            return new Answer(own, "");
        }
        Map<String, List<String>> query = new LinkedHashMap<>();
        query.put("from", List.of(own.from().toString()));
        query.put("to", List.of(own.to().minusDays(1).toString()));
        query.put("period", List.of(period.name()));
        NodeFederation.Gathered<ConsultationStatistics> answers = nodes.ask(inside, PATH, query, authorization, ConsultationStatistics.class);
        return new Answer(merge(own, answers.answers()), answers.partial());
    }

    /** This node's counts and the nodes' summed by period and topic; with no other answer, this node's as they are. */
    static ConsultationStatistics merge(ConsultationStatistics own, List<ConsultationStatistics> others) {
        if (others.isEmpty()) {
            return own;
        }
        Map<List<Object>, ConsultationStatistics.Count> byKey = new LinkedHashMap<>();
        List<ConsultationStatistics> all = new ArrayList<>(List.of(own));
        all.addAll(others);
        all.forEach(statistics -> statistics.counts().forEach(count -> byKey.merge(List.of(count.period(),
                count.topic()), count, (a, b) -> new ConsultationStatistics.Count(a.period(), a.topic(),
                a.count() + b.count()))));
        return ConsultationStatistics.of(own.from(), own.to(), own.period(),
                byKey.values().stream().sorted(ORDER).toList());
    }
}
