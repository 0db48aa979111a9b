package cn.incubator.grants.review;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.grants.round.ProposalStatus;
import cn.incubator.grants.round.Round;
import cn.incubator.grants.round.RoundService;
import cn.incubator.grants.round.RoundStatus;
import cn.incubator.platform.test.service.Callers;
import cn.incubator.platform.test.RealPostgres;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The demo rounds load and show the figures of the articles, computed: the demo data holds proposals and expert score
 * sheets, and {@link DemoRoundsRanking} ranks and allocates them with the service's rule. Each round's ranking is
 * checked against an independent computation in SQL from the sheets, and its allocation against the rule applied in
 * rank order; the seed figures are then asserted of those outputs. Ejin Horo and Ya'an lie outside this (Hunan) node,
 * so their figures are read from the tables; Xingsha's through the services, as its hub sees them.
 */
@SpringBootTest(properties = {"spring.grpc.server.port=0",
        "spring.flyway.locations=classpath:db/migration,classpath:db/platform,classpath:db/demo"})
class DemoRoundsIT {

    private static final UUID EJIN_HORO = UUID.fromString("e1000000-2014-4000-8000-000000000002");
    private static final UUID YAAN = UUID.fromString("ea000000-2016-4000-8000-000000000002");
    private static final UUID XINGSHA = UUID.fromString("5a000000-2025-4000-8000-000000000002");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "grants_rounds_demo_it");
    }

    @Autowired
    AllocationService allocations;
    @Autowired
    RoundService rounds;
    @Autowired
    JdbcClient jdbc;

    @Test
    void ejinHorosFirstRoundFunded12Of52Sharing440000() {
        assertThat(proposals(EJIN_HORO, null)).isEqualTo(52);
        assertThat(status(EJIN_HORO)).isEqualTo("FINAL");
        assertThat(funded(EJIN_HORO)).isEqualTo(12);
        assertThat(allocated(EJIN_HORO)).isEqualByComparingTo("440000.00");
        assertThat(jdbc.sql("SELECT p.title FROM round_allocation a JOIN proposal p ON p.id = a.proposal_id"
                + " WHERE a.round_id = :r AND a.amount > 0").param("r", EJIN_HORO).query(String.class).list())
                .anyMatch(title -> title.contains("蒙古族刺绣"));
    }

    @Test
    void everyDemoRoundHasCompletePaperSheetsAndANoticeOfAtLeastTheMinimum() {
        for (UUID round : new UUID[] {EJIN_HORO, YAAN, XINGSHA}) {
            long panel = jdbc.sql("SELECT count(*) FROM panel_member WHERE round_id = :r AND excused_at IS NULL")
                    .param("r", round).query(Long.class).single();
            long criteria = jdbc.sql("SELECT count(*) FROM round_criterion WHERE round_id = :r").param("r", round)
                    .query(Long.class).single();
            long expected = panel * criteria * proposals(round, ProposalStatus.PASSED);
            long rows = jdbc.sql("""
                    SELECT count(*) FROM expert_score s JOIN proposal p ON p.id = s.proposal_id
                    WHERE p.round_id = :r AND p.status = 'PASSED' AND s.entered_by IS NOT NULL""")
                    .param("r", round).query(Long.class).single();
            assertThat(panel).as("five experts").isEqualTo(5);
            assertThat(rows).as("every expert, every passed proposal, every criterion, entered from paper")
                    .isEqualTo(expected);
        }
        for (UUID round : new UUID[] {EJIN_HORO, YAAN, XINGSHA,
                UUID.fromString("c5000000-2026-4000-8000-000000000002")}) {
            Map<String, Object> row = jdbc.sql("""
                    SELECT notice_days, notice_starts_at, notice_ends_at, finalized_at, status FROM grant_round
                    WHERE id = :r""").param("r", round).query().singleRow();
            assertThat((Integer) row.get("notice_days")).as(round.toString()).isGreaterThanOrEqualTo(5);
            if (row.get("notice_starts_at") != null) {
                assertThat(((Timestamp) row.get("notice_ends_at")).toInstant()).isEqualTo(
                        ((Timestamp) row.get("notice_starts_at")).toInstant()
                                .plus(Duration.ofDays((Integer) row.get("notice_days"))));
            }
            if ("FINAL".equals(row.get("status"))) {
                assertThat(((Timestamp) row.get("finalized_at")).toInstant()).as("finalized after the notice")
                        .isAfterOrEqualTo(((Timestamp) row.get("notice_ends_at")).toInstant());
            }
        }
    }

    @Test
    void everyDemoRoundIsRankedFromItsSheetsByTheRoundsRule() {
        for (UUID round : new UUID[] {EJIN_HORO, YAAN, XINGSHA}) {
            assertThat(jdbc.sql("SELECT count(*) FROM expert_score s JOIN proposal p ON p.id = s.proposal_id"
                    + " WHERE p.round_id = :r").param("r", round).query(Long.class).single()).isPositive();
            // every passed proposal is ranked, once
            assertThat(jdbc.sql("""
                    SELECT count(*) = count(a.proposal_id) AND count(DISTINCT a.rank) = count(*)
                    FROM proposal p LEFT JOIN round_allocation a ON a.proposal_id = p.id AND a.round_id = p.round_id
                    WHERE p.round_id = :r AND p.status = 'PASSED'
                    """).param("r", round).query(Boolean.class).single()).isTrue();
            // the stored total is the mean of the weighted sheets, the highest and lowest dropped (5 experts), plus
            // the bonus for priority, recomputed here without the service's code
            assertThat(jdbc.sql("""
                    WITH sheet AS (
                        SELECT s.proposal_id, s.talent_id,
                               SUM(s.score * c.weight / c.max_score) * 100 / SUM(c.weight) AS value
                        FROM expert_score s JOIN proposal p ON p.id = s.proposal_id
                        JOIN round_criterion c ON c.round_id = p.round_id AND c.code = s.criterion_code
                        WHERE p.round_id = :r GROUP BY s.proposal_id, s.talent_id),
                    ordered AS (
                        SELECT proposal_id, value, row_number() OVER (PARTITION BY proposal_id ORDER BY value) AS k,
                               count(*) OVER (PARTITION BY proposal_id) AS n FROM sheet),
                    expected AS (
                        SELECT proposal_id, AVG(value) FILTER (WHERE n < 5 OR (k > 1 AND k < n)) AS mean
                        FROM ordered GROUP BY proposal_id)
                    SELECT count(*) FROM round_allocation a JOIN grant_round r ON r.id = a.round_id
                    JOIN expected e ON e.proposal_id = a.proposal_id
                    WHERE a.round_id = :r
                      AND abs(a.total_score - e.mean - CASE WHEN a.priority THEN r.priority_bonus ELSE 0 END) > 0.001
                    """).param("r", round).query(Long.class).single()).as("totals differing from the sheets").isZero();
            // ranks follow the totals
            assertThat(jdbc.sql("""
                    SELECT count(*) FROM round_allocation a JOIN round_allocation b ON b.round_id = a.round_id
                    WHERE a.round_id = :r AND a.rank < b.rank AND a.total_score < b.total_score
                    """).param("r", round).query(Long.class).single()).isZero();
            // the pool is given in rank order: once a proposal gets less than its limit, everyone below gets nothing
            assertThat(jdbc.sql("""
                    SELECT count(*) FROM round_allocation a JOIN round_allocation b ON b.round_id = a.round_id
                    WHERE a.round_id = :r AND a.rank < b.rank AND a.amount < a.cap AND b.amount > 0
                    """).param("r", round).query(Long.class).single()).isZero();
            assertThat(jdbc.sql("SELECT count(*) FROM round_allocation WHERE round_id = :r AND amount <> recommended")
                    .param("r", round).query(Long.class).single()).isZero();
        }
    }

    @Test
    void yaansFirstSubsidyRoundRecommended800000Of1310000WithinEveryCap() {
        assertThat(proposals(YAAN, null)).isEqualTo(96);
        assertThat(jdbc.sql("SELECT sum(requested_amount) FROM proposal WHERE round_id = :r").param("r", YAAN)
                .query(BigDecimal.class).single()).isEqualByComparingTo("1310000.00");
        assertThat(jdbc.sql("""
                SELECT count(*) FROM proposal p JOIN round_allocation a ON a.proposal_id = p.id
                JOIN programme_plan pl ON pl.code = p.plan_code
                    AND pl.programme_id = 'ea000000-2016-4000-8000-000000000001'
                WHERE a.amount > LEAST(pl.cap, p.requested_amount) OR a.amount > a.cap
                """).query(Long.class).single()).isZero();
        assertThat(status(YAAN)).isEqualTo("PUBLIC_NOTICE");
        assertThat(allocated(YAAN)).isEqualByComparingTo("800000.00");
        // in rank order: everything funded ranks above everything unfunded
        assertThat(jdbc.sql("""
                SELECT max(rank) FILTER (WHERE amount > 0) < min(rank) FILTER (WHERE amount = 0)
                FROM round_allocation WHERE round_id = :r
                """).param("r", YAAN).query(Boolean.class).single()).isTrue();
    }

    @Test
    void xingshaSelected8MicroProjectsWith40ActivitiesExpected() {
        Round round = rounds.get(Callers.XINGSHA_HUB, XINGSHA);
        assertThat(round.status()).isEqualTo(RoundStatus.FINAL);
        AllocationService.RoundAllocation allocation = allocations.allocation(Callers.XINGSHA_HUB, XINGSHA);
        assertThat(allocation.lines().stream().filter(l -> l.amount().signum() > 0)).hasSize(8);
        assertThat(allocation.lines().stream().filter(AllocationRow::priority)).hasSize(2);
        assertThat(allocated(XINGSHA)).isEqualByComparingTo("80000.00");
        assertThat(allocation.lines()).allSatisfy(l -> assertThat(l.amount()).isLessThanOrEqualTo(
                new BigDecimal("10000.00")));
        assertThat(jdbc.sql("""
                SELECT sum(p.expected_activities) FROM proposal p JOIN round_allocation a ON a.proposal_id = p.id
                WHERE a.round_id = :r AND a.amount > 0
                """).param("r", XINGSHA).query(Long.class).single()).isEqualTo(40L);
        assertThat(proposals(XINGSHA, ProposalStatus.FAILED)).isEqualTo(3);
    }

    private String status(UUID round) {
        return jdbc.sql("SELECT status FROM grant_round WHERE id = :r").param("r", round).query(String.class).single();
    }

    private long funded(UUID round) {
        return jdbc.sql("SELECT count(*) FROM round_allocation WHERE round_id = :r AND amount > 0").param("r", round)
                .query(Long.class).single();
    }

    private BigDecimal allocated(UUID round) {
        return jdbc.sql("SELECT sum(amount) FROM round_allocation WHERE round_id = :r").param("r", round)
                .query(BigDecimal.class).single();
    }

    private long proposals(UUID round, ProposalStatus status) {
        return jdbc.sql("SELECT count(*) FROM proposal WHERE round_id = :r"
                        + (status == null ? "" : " AND status = '" + status.name() + "'"))
                .param("r", round).query(Long.class).single();
    }
}
