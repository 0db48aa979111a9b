package cn.incubator.incubation.statistics;

import static cn.incubator.platform.test.service.Callers.COUNTY_OFFICER;
import static cn.incubator.platform.test.service.Callers.on;
import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.incubation.base.Base;
import cn.incubator.incubation.base.BaseService;
import cn.incubator.incubation.base.ZoneKind;
import cn.incubator.incubation.cases.CaseAction;
import cn.incubator.incubation.cases.CaseService;
import cn.incubator.incubation.cases.IncubationCase;
import cn.incubator.incubation.cases.Track;
import cn.incubator.incubation.support.IncubationIT;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.rollup.NodeEndpoint;
import cn.incubator.platform.test.service.StandInDirectory;
import cn.incubator.platform.test.service.StandInNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 跨节点统计: the county's pipeline, asked of a county holding a Xingsha street node (a stand-in on loopback answering
 * the pipeline's JSON), counts the node's cases too, averages weighted by admissions; a dead node is named in
 * {@code Incubator-Partial} and this node's figures answered. This node's summed seconds are what its averages are of.
 */
class PipelineFederationIT extends IncubationIT {

    private static final Jurisdiction COUNTY = Jurisdiction.of("430121000000");
    private static final Jurisdiction XINGSHA = Jurisdiction.of("430121001000");
    private static final long DAY = 86_400;

    @Autowired
    StatisticsService statistics;
    @Autowired
    CaseService cases;
    @Autowired
    BaseService bases;

    private final LocalDate today = LocalDate.now(cn.incubator.platform.text.Display.ZONE);

    /** A resident admitted here after ten days, so that the county's average is not empty. */
    private void admittedAfterTenDays() {
        on(COUNTY_OFFICER);
        Base base = bases.create(COUNTY_OFFICER, "长沙县跨节点统计基地" + UUID.randomUUID().toString().substring(0, 4),
                "430121000000", "湖南乐创公益慈善发展中心");
        bases.addZone(COUNTY_OFFICER, base.id(), ZoneKind.RESIDENT, "入驻区", 2, "R");
        UUID organization = UUID.randomUUID();
        REGISTRY.organization(organization, "泉塘街道跨节点统计测试社", "430121002000", "REGISTERED");
        CLOCK.moveTo(Instant.now().minus(Duration.ofDays(10)));
        IncubationCase applied = cases.apply(on(COUNTY_OFFICER), new CaseService.NewApplication(Track.RESIDENT,
                base.id(), organization, null, null));
        CLOCK.reset();
        cases.perform(COUNTY_OFFICER, applied.id(), CaseAction.ADMIT_RESIDENT, "入驻评审通过");
    }

    private StatisticsService.Pipeline own() {
        return statistics.pipeline(COUNTY_OFFICER, COUNTY, today.minusDays(30), today);
    }

    private PipelineFederation federation(String node) {
        return new PipelineFederation(statistics, StandInDirectory.federation(
                "incubation", new NodeEndpoint("xingsha", XINGSHA, node), jdbc, json));
    }

    private PipelineFederation.Answer pipeline(String node) {
        return federation(node).pipeline(COUNTY_OFFICER, COUNTY, today.minusDays(30), today, null,
                StandInNode.AUTHORIZATION);
    }

    @Test
    void theCountysPipelineSumsTheNodesCasesAndWeighsTheAverages() throws IOException {
        admittedAfterTenDays();
        StatisticsService.Pipeline own = own();
        assertThat(own.admissions()).isPositive();
        assertThat(own.averageDaysApplicationToAdmission()).isEqualByComparingTo(own.secondsApplicationToAdmission()
                .divide(BigDecimal.valueOf(DAY * own.admissions()), 1, RoundingMode.HALF_UP));
        Map<String, Long> nodeStages = new LinkedHashMap<>(Map.of("IN_SHELL", 3L, "APPLIED", 2L));
        StatisticsService.Pipeline xingsha = new StatisticsService.Pipeline(COUNTY.code(), today.minusDays(30),
                today, nodeStages, 5, 3, 0, new BigDecimal("2.0"), null, new StatisticsService.Occupancy(6, 4),
                BigDecimal.valueOf(3 * 2 * DAY), BigDecimal.ZERO);
        try (StandInNode node = StandInNode.start("xingsha", "430121001000", json)
                .answers(PipelineFederation.PATH, xingsha)) {
            PipelineFederation.Answer answer = pipeline(node.base());
            assertThat(answer.partial()).isEmpty();
            StatisticsService.Pipeline county = answer.pipeline();
            assertThat(county.admissions()).isEqualTo(own.admissions() + 3);
            assertThat(county.applications()).isEqualTo(own.applications() + 5);
            assertThat(county.graduations()).isEqualTo(own.graduations());
            assertThat(county.casesByStage().get("IN_SHELL"))
                    .isEqualTo(own.casesByStage().getOrDefault("IN_SHELL", 0L) + 3);
            assertThat(county.casesByStage().get("RESIDENT")).isEqualTo(own.casesByStage().get("RESIDENT"));
            assertThat(county.workstations()).isEqualTo(new StatisticsService.Occupancy(
                    own.workstations().workstations() + 6, own.workstations().occupied() + 4));
            BigDecimal seconds = own.secondsApplicationToAdmission().add(BigDecimal.valueOf(6 * DAY));
            assertThat(county.averageDaysApplicationToAdmission()).isEqualByComparingTo(seconds.divide(
                    BigDecimal.valueOf(DAY * (own.admissions() + 3)), 1, RoundingMode.HALF_UP));
            if (own.graduations() == 0) {
                assertThat(county.averageDaysInShellToGraduation()).isNull();
            } else {
                assertThat(county.averageDaysInShellToGraduation())
                        .isEqualByComparingTo(own.averageDaysInShellToGraduation());
            }
            assertThat(node.asked()).singleElement().satisfies(uri -> assertThat(uri)
                    .startsWith(PipelineFederation.PATH + "?jurisdiction=430121000000&from=" + today.minusDays(30)
                            + "&to=" + today));
        }
    }

    @Test
    void aDeadNodeIsNamedAndThisNodesPipelineAnswered() {
        StatisticsService.Pipeline own = own();
        PipelineFederation.Answer answer = pipeline(StandInNode.deadBase());
        assertThat(answer.partial()).isEqualTo("xingsha=unavailable");
        assertThat(answer.pipeline()).isEqualTo(own);
    }
}
