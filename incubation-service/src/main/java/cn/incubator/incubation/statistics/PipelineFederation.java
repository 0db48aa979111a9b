package cn.incubator.incubation.statistics;

import cn.incubator.platform.federation.NodeFederation;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.rollup.NodeEndpoint;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * 跨节点统计: the pipeline of a place that holds street nodes (节点) counts the cases those nodes hold too (NODES.md,
 * "views do not shrink"): each active incubation node inside the place answers the same pipeline from its own records
 * ({@link NodeFederation}), and the figures are summed with this node's: cases by stage by key, applications,
 * admissions, graduations and workstations; the average days are the summed seconds over the summed admissions and
 * graduations (a weighted average, rounded to 0.1 day as one node rounds it). A node that does not answer is named in
 * {@code Incubator-Partial}; its cases are left out.
 */
@Component
class PipelineFederation {

    static final String PATH = "/api/incubation/v1/statistics/pipeline";
    private static final BigDecimal SECONDS_A_DAY = BigDecimal.valueOf(86_400);

    private final StatisticsService statistics;
    private final NodeFederation nodes;

    PipelineFederation(StatisticsService statistics, NodeFederation nodes) {
        this.statistics = statistics;
        this.nodes = nodes;
    }

    /** The pipeline, and the nodes left out of it ({@code name=unavailable}, empty when complete). */
    record Answer(StatisticsService.Pipeline pipeline, String partial) {
    }

    Answer pipeline(CurrentUser user, Jurisdiction within, LocalDate from, LocalDate to, String federation,
            String authorization) {
        StatisticsService.Pipeline own = statistics.pipeline(user, within, from, to);
        List<NodeEndpoint> inside = nodes.nodesInside("incubation", List.of(within), federation);
        if (inside.isEmpty()) {
            return new Answer(own, "");
        }
        Map<String, List<String>> query = new LinkedHashMap<>();
        query.put("jurisdiction", List.of(within.code()));
        query.put("from", List.of(from.toString()));
        query.put("to", List.of(to.toString()));
        NodeFederation.Gathered<StatisticsService.Pipeline> answers = nodes.ask(inside, PATH, query, authorization, StatisticsService.Pipeline.class);
        return new Answer(merge(own, answers.answers()), answers.partial());
    }

    /**
     * This node's pipeline and the nodes' summed. A node's answer without the summed seconds (a node of an older
     * version) counts its rounded average times its admissions or graduations. With no other answer, this node's as
     * it is.
     */
    static StatisticsService.Pipeline merge(StatisticsService.Pipeline own, List<StatisticsService.Pipeline> others) {
        if (others.isEmpty()) {
            return own;
        }
        List<StatisticsService.Pipeline> all = new ArrayList<>(List.of(own));
        all.addAll(others);
        Map<String, Long> byStage = new LinkedHashMap<>();
        all.forEach(p -> p.casesByStage().forEach((stage, n) -> byStage.merge(stage, n, Long::sum)));
        long admissions = all.stream().mapToLong(StatisticsService.Pipeline::admissions).sum();
        long graduations = all.stream().mapToLong(StatisticsService.Pipeline::graduations).sum();
        BigDecimal toAdmission = all.stream().map(p -> seconds(p.secondsApplicationToAdmission(),
                p.averageDaysApplicationToAdmission(), p.admissions())).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal inShell = all.stream().map(p -> seconds(p.secondsInShellToGraduation(),
                p.averageDaysInShellToGraduation(), p.graduations())).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new StatisticsService.Pipeline(own.within(), own.from(), own.to(), byStage,
                all.stream().mapToLong(StatisticsService.Pipeline::applications).sum(), admissions, graduations,
                averageDays(toAdmission, admissions), averageDays(inShell, graduations),
                new StatisticsService.Occupancy(
                        all.stream().mapToLong(p -> p.workstations() == null ? 0 : p.workstations().workstations())
                                .sum(),
                        all.stream().mapToLong(p -> p.workstations() == null ? 0 : p.workstations().occupied()).sum()),
                toAdmission, inShell);
    }

    private static BigDecimal seconds(BigDecimal seconds, BigDecimal averageDays, long weight) {
        if (seconds != null) {
            return seconds;
        }
        return averageDays == null ? BigDecimal.ZERO
                : averageDays.multiply(SECONDS_A_DAY).multiply(BigDecimal.valueOf(weight));
    }

    /** The summed seconds over the weight, in days to 0.1 (half up, as PostgreSQL's round); null over none. */
    private static BigDecimal averageDays(BigDecimal seconds, long weight) {
        return weight == 0 ? null : seconds.divide(SECONDS_A_DAY.multiply(BigDecimal.valueOf(weight)), 1,
                RoundingMode.HALF_UP);
    }
}
