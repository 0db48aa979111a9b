package cn.incubator.grants.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.identity.Role;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.rollup.NodeEndpoint;
import cn.incubator.platform.test.RealPostgres;
import cn.incubator.platform.test.service.Callers;
import cn.incubator.platform.test.service.StandInDirectory;
import cn.incubator.platform.test.service.StandInNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Grant statistics on the demo data: Ejin Horo's first round (March 2014) had 52 proposals, of which 12 were funded,
 * sharing 440,000 yuan; every figure of a prefix and period is checked against a plain SQL count of the tables, and a
 * place outside the caller's scope is not found.
 */
@SpringBootTest(properties = {"spring.grpc.server.port=0",
        "spring.flyway.locations=classpath:db/migration,classpath:db/platform,classpath:db/demo"})
class GrantStatisticsIT {

    private static final CurrentUser EJIN_HORO_OFFICER = Callers.user("ejin-horo-officer", Role.CIVIL_AFFAIRS,
            "150627000000");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "grants_statistics_it");
    }

    @Autowired
    GrantStatistics statistics;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    @Test
    void ejinHorosFirstRoundApplied52Awarded12Sharing440000() {
        GrantStatistics.Figures banner = statistics.figures(EJIN_HORO_OFFICER, null, null, null);

        assertThat(banner.jurisdiction().code()).isEqualTo("150627000000");
        assertThat(banner.applied().proposals()).isEqualTo(52);
        assertThat(banner.awarded().awards()).isEqualTo(12);
        assertThat(banner.awarded().amount()).isEqualTo(new BigDecimal("440000.00"));
        assertThat(banner.disbursed().amount()).isLessThanOrEqualTo(banner.awarded().amount());
    }

    @Test
    void aCountysFiguresAreThoseOfItsTables() {
        GrantStatistics.Figures county = statistics.figures(Callers.COUNTY_OFFICER, Jurisdiction.of("430121000000"),
                null, null);

        assertThat(county.applied().proposals()).isEqualTo(count(
                "SELECT count(*) FROM proposal WHERE submitted_at IS NOT NULL AND jurisdiction_code LIKE '430121%'"));
        assertThat(county.applied().requested()).isEqualByComparingTo(sum("""
                SELECT COALESCE(SUM(requested_amount), 0) FROM proposal
                WHERE submitted_at IS NOT NULL AND jurisdiction_code LIKE '430121%'"""));
        assertThat(county.awarded().awards()).isEqualTo(count(
                "SELECT count(*) FROM award WHERE jurisdiction_code LIKE '430121%'"));
        assertThat(county.awarded().amount()).isEqualByComparingTo(sum(
                "SELECT COALESCE(SUM(amount), 0) FROM award WHERE jurisdiction_code LIKE '430121%'"));
        assertThat(county.disbursed().amount()).isEqualByComparingTo(sum("""
                SELECT COALESCE(SUM(p.amount), 0) FROM payment p JOIN award a ON a.id = p.award_id
                WHERE a.jurisdiction_code LIKE '430121%'"""));
        assertThat(county.awarded().amount().scale()).as("yuan to the fen").isEqualTo(2);
    }

    @Test
    void aPeriodCountsEachFigureByTheDateOfItsOwnEvent() {
        LocalDate first = jdbc.sql("""
                SELECT min((submitted_at AT TIME ZONE 'Asia/Shanghai')::date) FROM proposal
                WHERE submitted_at IS NOT NULL AND jurisdiction_code LIKE '150627%'""").query(LocalDate.class).single();
        GrantStatistics.Figures day = statistics.figures(EJIN_HORO_OFFICER, null, first, first);
        GrantStatistics.Figures before = statistics.figures(EJIN_HORO_OFFICER, null, null, first.minusDays(1));

        assertThat(day.applied().proposals()).isPositive().isEqualTo(jdbc.sql("""
                SELECT count(*) FROM proposal WHERE jurisdiction_code LIKE '150627%'
                AND (submitted_at AT TIME ZONE 'Asia/Shanghai')::date = :day""").param("day", first)
                .query(Long.class).single());
        assertThat(before.applied().proposals()).isZero();
        assertThat(before.awarded().awards()).as("no award before the first proposal").isZero();
    }

    @Test
    void aPlaceOutsideTheCallersScopeIsNotFound() {
        assertThatThrownBy(() -> statistics.figures(Callers.XINGSHA_HUB, Jurisdiction.of("430121000000"), null, null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> statistics.figures(EJIN_HORO_OFFICER, Jurisdiction.of("430121000000"), null, null))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aCountyHoldingAStreetNodeCountsTheNodesRecordsTooToTheFen() throws java.io.IOException {
        Jurisdiction county = Jurisdiction.of("430121000000");
        GrantStatistics.Figures own = statistics.figures(Callers.COUNTY_OFFICER, county, null, null);
        GrantStatistics.Figures xingsha = new GrantStatistics.Figures(county, null, null,
                new GrantStatistics.Applied(3, new BigDecimal("150000.10")),
                new GrantStatistics.Awarded(2, new BigDecimal("80000.05")),
                new GrantStatistics.Disbursed(1, new BigDecimal("0.01")),
                new GrantStatistics.Outcomes(1, 4, 120, 30, new BigDecimal("12345.67")));
        try (StandInNode node = StandInNode.start("xingsha", "430121001000", json)
                .answers(GrantStatisticsFederation.PATH, xingsha)) {
            GrantStatisticsFederation.Answer answer = federation(node.base()).figures(Callers.COUNTY_OFFICER, county,
                    null, null, null, StandInNode.AUTHORIZATION);
            assertThat(answer.partial()).isEmpty();
            GrantStatistics.Figures figures = answer.figures();
            assertThat(figures.jurisdiction()).isEqualTo(county);
            assertThat(figures.applied()).isEqualTo(new GrantStatistics.Applied(own.applied().proposals() + 3,
                    own.applied().requested().add(new BigDecimal("150000.10"))));
            assertThat(figures.awarded()).isEqualTo(new GrantStatistics.Awarded(own.awarded().awards() + 2,
                    own.awarded().amount().add(new BigDecimal("80000.05"))));
            assertThat(figures.disbursed()).isEqualTo(new GrantStatistics.Disbursed(own.disbursed().payments() + 1,
                    own.disbursed().amount().add(new BigDecimal("0.01"))));
            assertThat(figures.outcomes()).isEqualTo(new GrantStatistics.Outcomes(own.outcomes().awards() + 1,
                    own.outcomes().activitiesHeld() + 4, own.outcomes().personTimesServed() + 120,
                    own.outcomes().volunteerPersonTimes() + 30,
                    own.outcomes().fundsLeveraged().add(new BigDecimal("12345.67"))));
            assertThat(figures.awarded().amount().scale()).as("yuan to the fen").isEqualTo(2);
            assertThat(node.asked()).singleElement().isEqualTo(GrantStatisticsFederation.PATH
                    + "?jurisdiction=430121000000");
        }

        GrantStatisticsFederation.Answer dead = federation(StandInNode.deadBase()).figures(Callers.COUNTY_OFFICER,
                county,
                LocalDate.of(2020, 1, 1), null, null, StandInNode.AUTHORIZATION);
        assertThat(dead.partial()).isEqualTo("xingsha=unavailable");
        assertThat(dead.figures()).isEqualTo(statistics.figures(Callers.COUNTY_OFFICER, county,
                LocalDate.of(2020, 1, 1), null));
    }

    private GrantStatisticsFederation federation(String node) {
        return new GrantStatisticsFederation(statistics, StandInDirectory.federation("grants",
                new NodeEndpoint("xingsha", Jurisdiction.of("430121001000"), node), jdbc, json));
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private BigDecimal sum(String sql) {
        return jdbc.sql(sql).query(BigDecimal.class).single();
    }
}
