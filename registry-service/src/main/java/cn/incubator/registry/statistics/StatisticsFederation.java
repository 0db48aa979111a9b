package cn.incubator.registry.statistics;

import cn.incubator.platform.federation.NodeFederation;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.rollup.NodeEndpoint;
import cn.incubator.registry.statistics.StatisticsService.Count;
import cn.incubator.registry.statistics.StatisticsService.DivisionDensity;
import cn.incubator.registry.statistics.StatisticsService.OrganizationStatistics;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * 跨节点统计: the organization statistics of a place that holds street nodes (节点) count the records those nodes hold
 * too (NODES.md, "views do not shrink"): each active registry node inside the place answers the same statistics from
 * its own records ({@link NodeFederation}), and the counts are summed with this node's. Densities keep this node's
 * residents (population figures are copied to a node, never moved) over the summed registered organizations. A node
 * that does not answer is named in {@code Incubator-Partial}; its records are left out.
 */
@Component
class StatisticsFederation {

    private final StatisticsService statistics;
    private final NodeFederation nodes;

    StatisticsFederation(StatisticsService statistics, NodeFederation nodes) {
        this.statistics = statistics;
        this.nodes = nodes;
    }

    /** The statistics, and the nodes left out of them ({@code name=unavailable}, empty when complete). */
    record Answer(OrganizationStatistics statistics, String partial) {
    }

    Answer organizations(CurrentUser user, Jurisdiction within, LocalDate from, LocalDate to, String federation,
            String authorization) {
        Jurisdiction place = statistics.place(user, within);
        OrganizationStatistics own = statistics.organizations(user, place, from, to);
        List<NodeEndpoint> inside = nodes.nodesInside("registry", List.of(place), federation);
        if (inside.isEmpty()) {
            return new Answer(own, "");
        }
        Map<String, List<String>> query = new LinkedHashMap<>();
        query.put("jurisdiction", List.of(place.code()));
        if (from != null) {
            query.put("from", List.of(from.toString()));
        }
        if (to != null) {
            query.put("to", List.of(to.toString()));
        }
        NodeFederation.Gathered<OrganizationStatistics> answers = nodes.ask(inside, "/api/registry/v1/statistics/organizations", query, authorization, OrganizationStatistics.class);
        return new Answer(merge(own, answers.answers()), answers.partial());
    }

    /**
     * This node's statistics and the nodes' summed: every count by its key (largest first, then by key, as one node
     * orders them), the densities over this node's residents.
     */
    static OrganizationStatistics merge(OrganizationStatistics own, List<OrganizationStatistics> others) {
        List<OrganizationStatistics> all = new ArrayList<>(List.of(own));
        all.addAll(others);
        long registered = all.stream().mapToLong(OrganizationStatistics::registered).sum();
        Density density = own.density() == null ? null
                : Density.of(own.density().residents(), own.density().asOfYear(), registered);
        return new OrganizationStatistics(own.jurisdiction(), own.from(), own.to(),
                all.stream().mapToLong(OrganizationStatistics::total).sum(),
                summed(all, OrganizationStatistics::byLegalForm), summed(all, OrganizationStatistics::byCategory),
                summed(all, OrganizationStatistics::byStatus), summed(all, OrganizationStatistics::byMaturity),
                summed(all, OrganizationStatistics::byJurisdiction), registered, density, densities(all));
    }

    private static List<Count> summed(List<OrganizationStatistics> all,
            Function<OrganizationStatistics, List<Count>> dimension) {
        Map<String, Count> byKey = new LinkedHashMap<>();
        all.forEach(statistics -> dimension.apply(statistics).forEach(count -> byKey.merge(count.key(), count,
                (a, b) -> new Count(a.key(), a.label(), a.count() + b.count()))));
        return byKey.values().stream()
                .sorted(Comparator.comparingLong(Count::count).reversed().thenComparing(Count::key))
                .toList();
    }

    /** Each division's registered organizations summed, over the residents the first answer (this node's) gives. */
    private static List<DivisionDensity> densities(List<OrganizationStatistics> all) {
        Map<String, DivisionDensity> byKey = new LinkedHashMap<>();
        all.forEach(statistics -> statistics.densityByJurisdiction().forEach(division -> byKey.merge(division.key(),
                division, (a, b) -> new DivisionDensity(a.key(), a.label(), Density.of(a.density().residents(),
                        a.density().asOfYear(), a.density().registeredOrganizations()
                                + b.density().registeredOrganizations())))));
        return byKey.values().stream().sorted(Comparator.comparing(DivisionDensity::key)).toList();
    }
}
