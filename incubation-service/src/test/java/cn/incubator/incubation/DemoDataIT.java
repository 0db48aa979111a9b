package cn.incubator.incubation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.incubation.base.BaseService;
import cn.incubator.incubation.base.ZoneKind;
import cn.incubator.incubation.cases.CaseService;
import cn.incubator.incubation.cases.IncubationCase;
import cn.incubator.incubation.cases.Stage;
import cn.incubator.incubation.hub.HubService;
import cn.incubator.platform.test.service.Callers;
import cn.incubator.incubation.support.FakeRegistry;
import cn.incubator.platform.audit.AuditChain;
import cn.incubator.platform.audit.AuditEntry;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.test.RealPostgres;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The demo data loads and shows what the articles report. */
@SpringBootTest(properties = {"spring.grpc.server.port=0",
        "spring.flyway.locations=classpath:db/migration,classpath:db/platform,classpath:db/demo"})
class DemoDataIT {

    /** The registry as its demo data counts Changsha County's filings (registry-service ChangshaDemoDataIT). */
    private static final FakeRegistry REGISTRY = new FakeRegistry();

    static {
        Map.ofEntries(Map.entry("430121001000", 112), Map.entry("430121002000", 86), Map.entry("430121003000", 74),
                Map.entry("430121004000", 81), Map.entry("430121005000", 69), Map.entry("430121102000", 64),
                Map.entry("430121104000", 58), Map.entry("430121105000", 61), Map.entry("430121106000", 57),
                Map.entry("430121107000", 55), Map.entry("430121108000", 59), Map.entry("430121109000", 62),
                Map.entry("430121110000", 60), Map.entry("430121111000", 53), Map.entry("430121112000", 52),
                Map.entry("430121113000", 63), Map.entry("430121114000", 50), Map.entry("430121116000", 68))
                .forEach((street, filed) -> REGISTRY.street(street, filed, 0));
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "incubation_demo_it");
        registry.add("spring.grpc.client.channels.registry.address", REGISTRY::grpcAddress);
        registry.add("incubator.services.registry", REGISTRY::httpUrl);
    }

    @Autowired
    HubService hubs;

    @Autowired
    BaseService bases;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    cn.incubator.incubation.statistics.StatisticsService statistics;

    @Autowired
    CaseService cases;

    @Test
    void everyDemoCaseHasATimelineToItsStageWhoseHashChainVerifies() {
        List<UUID> demoCases = jdbc.sql("SELECT id FROM incubation_case WHERE id::text LIKE 'c0000000-%' ORDER BY id")
                .query(UUID.class).list();
        assertThat(demoCases).hasSizeGreaterThanOrEqualTo(Stage.values().length);

        for (UUID id : demoCases) {
            AuditChain.Verification verification = cases.verifyTimeline(Callers.ADMIN, id);
            assertThat(verification.intact()).as("chain of %s", id).isTrue();
            assertThat(verification.entries()).as("entries of %s", id).isPositive();
            List<AuditEntry> timeline = cases.timeline(Callers.ADMIN, id, cn.incubator.platform.paging.PageRequest.first(200)).items();
            assertThat(timeline.get(0).action()).isEqualTo("case.applied");
            assertThat(timeline.get(timeline.size() - 1).after()).contains(cases.get(Callers.ADMIN, id).stage().name());
        }
    }

    @Test
    void everyDemoCasesClocksAgreeWithTheRules() {
        List<UUID> demoCases = jdbc.sql("SELECT id FROM incubation_case WHERE id::text LIKE 'c0000000-%' ORDER BY id")
                .query(UUID.class).list();
        for (UUID id : demoCases) {
            IncubationCase c = cases.get(Callers.ADMIN, id);
            if (c.graduatedAt() != null) {
                assertThat(c.graduatedAt()).as("%s graduated after its in-shell period", c.organizationName())
                        .isAfterOrEqualTo(c.inShellEndsAt());
            }
            if (c.stage() == Stage.CLOSED) {
                assertThat(c.endedAt()).as("%s closed after its follow-up year", c.organizationName())
                        .isAfterOrEqualTo(c.followUpEndsAt());
            }
            if (c.stage() == Stage.GROWTH_EVALUATION) {
                assertThat(c.inShellEndsAt()).as("%s is evaluated once its in-shell period is over",
                        c.organizationName()).isBefore(java.time.Instant.now());
            }
        }
    }

    @Test
    void theCountyPipelineShowsEveryStageAndTheYearsAdmissions() {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        var pipeline = statistics.pipeline(Callers.COUNTY_OFFICER, Jurisdiction.of("430121000000"),
                today.minusYears(1), today);

        assertThat(pipeline.casesByStage()).containsEntry("IN_SHELL", 3L).containsEntry("FOLLOW_UP", 1L)
                .doesNotContainKey("RESIDENT");
        // Admitted within the year: 90, 120, 330 days ago (in shell), 340 (growth evaluation), 260 (terminated).
        assertThat(pipeline.admissions()).isEqualTo(5);
        assertThat(pipeline.graduations()).isEqualTo(2);
        assertThat(pipeline.averageDaysApplicationToAdmission()).isEqualByComparingTo("33.0");
        assertThat(pipeline.workstations().workstations()).isEqualTo(26);
        assertThat(pipeline.workstations().occupied()).isEqualTo(4);
    }

    @Test
    void changshaCountyHasAHubInAllEighteenStreetsWith1184FiledOrganizations() {
        HubService.Coverage coverage = hubs.coverage(Callers.on(Callers.COUNTY_OFFICER),
                Jurisdiction.of("430121000000"));

        assertThat(coverage.streets()).isEqualTo(18);
        assertThat(coverage.streetsWithHub()).isEqualTo(18);
        assertThat(coverage.coveragePercent()).isEqualByComparingTo("100");
        assertThat(coverage.communityOrganizationsFiled()).isEqualTo(1184);
    }

    @Test
    void thereAreCasesInEveryStageAndTwoHundredFreeWorkstationsAtTheCityBase() {
        List<String> stages = jdbc.sql("SELECT DISTINCT stage FROM incubation_case").query(String.class).list();
        assertThat(stages).containsExactlyInAnyOrderElementsOf(Arrays.stream(Stage.values()).map(Enum::name).toList());

        UUID city = UUID.fromString("b0000000-0000-4000-8000-000000000001");
        assertThat(bases.occupancy(Callers.ADMIN, city)).filteredOn(z -> z.kind() == ZoneKind.INCUBATION)
                .singleElement().satisfies(z -> assertThat(z.workstations()).isEqualTo(200));
    }
}
