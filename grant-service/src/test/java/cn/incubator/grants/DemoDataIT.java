package cn.incubator.grants;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.grants.award.AwardService;
import cn.incubator.grants.award.ProgrammeLedger;
import cn.incubator.grants.award.ReportReminders;
import cn.incubator.grants.award.Tracking;
import cn.incubator.grants.award.TrackingService;
import cn.incubator.grants.custody.CustodyService;
import cn.incubator.platform.test.service.Callers;
import cn.incubator.platform.identity.Role;
import cn.incubator.platform.test.RealPostgres;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The demo data loads on the real schema and tells the domain's figures. */
@SpringBootTest(properties = {"spring.grpc.server.port=0",
        "spring.flyway.locations=classpath:db/migration,classpath:db/platform,classpath:db/demo"})
class DemoDataIT {

    private static final UUID XINGSHA_MICRO_VENTURE = UUID.fromString("6d1e0000-0000-4000-8000-000000000003");
    private static final UUID XINGSHA_MICRO_VENTURE_2025 = UUID.fromString("5a000000-2025-4000-8000-000000000001");
    private static final UUID COUNTY_VENTURE = UUID.fromString("6d1e0000-0000-4000-8000-000000000001");
    private static final UUID DRAGON_BOAT_CUSTODY = UUID.fromString("6d1e0000-0000-4000-8004-000000000001");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "grants_demo_it");
    }

    @Autowired
    TrackingService tracking;

    @Autowired
    AwardService awards;

    @Autowired
    CustodyService custody;

    @Autowired
    ReportReminders reminders;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theFinalDemoRoundsHaveBecomeTheirAwardsAndTheLedgersBalance() {
        record Awards(long count, BigDecimal total) {
        }
        Awards ejinHoro = jdbc.sql("SELECT count(*), sum(amount) FROM award WHERE round_id = :r")
                .param("r", UUID.fromString("e1000000-2014-4000-8000-000000000002"))
                .query((rs, n) -> new Awards(rs.getLong(1), rs.getBigDecimal(2))).single();
        assertThat(ejinHoro.count()).isEqualTo(12);
        assertThat(ejinHoro.total()).isEqualByComparingTo("440000.00");

        ProgrammeLedger xingsha2025 = awards.ledger(GrantTestData.XINGSHA_HUB, XINGSHA_MICRO_VENTURE_2025);
        assertThat(xingsha2025.pool()).isEqualByComparingTo("80000.00");
        assertThat(xingsha2025.committed()).isEqualByComparingTo("80000.00");
        assertThat(xingsha2025.paid()).isEqualByComparingTo("80000.00");
        assertThat(xingsha2025.available()).isEqualByComparingTo("0.00");
        assertThat(xingsha2025.unpaid()).isEqualByComparingTo("0.00");
    }

    @Test
    void theMicroVentureReportsAreDueHalfAYearAndAYearAfterSigningAndTheOverdueInterimOnesAreReminded() {
        record Due(LocalDate signedOn, LocalDate interim, LocalDate last) {
        }
        List<Due> dues = jdbc.sql("""
                SELECT signed_on, interim_report_due_on, final_report_due_on FROM award WHERE programme_id = :p""")
                .param("p", XINGSHA_MICRO_VENTURE)
                .query((rs, n) -> new Due(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class))).list();
        assertThat(dues).hasSize(8).allSatisfy(d -> {
            assertThat(d.interim()).isEqualTo(d.signedOn().plusMonths(6));
            assertThat(d.last()).isEqualTo(d.signedOn().plusYears(1));
        });

        // The day after the interim reports were due: all eight are reminded, the demo org-admin's organization's too.
        LocalDate dayAfter = dues.get(0).interim().plusDays(1);
        reminders.remind(dayAfter, Instant.now());
        List<String> reminded = jdbc.sql("""
                SELECT a.organization_id::text FROM report_reminder m JOIN award a ON a.id = m.award_id
                WHERE a.programme_id = :p AND m.kind = 'INTERIM'""")
                .param("p", XINGSHA_MICRO_VENTURE).query(String.class).list();
        assertThat(reminded).hasSize(8).contains(GrantTestData.XINGSHA_FEDERATION.toString());
    }

    @Test
    void xingshasMicroVentureRanEightProjectsWithFortyActivities() {
        Tracking.ActivityTotals totals = tracking.activityTotals(GrantTestData.XINGSHA_HUB, XINGSHA_MICRO_VENTURE);

        assertThat(totals.projects()).isEqualTo(8);
        assertThat(totals.activities()).isEqualTo(40);
        assertThat(totals.personTimes()).isGreaterThanOrEqualTo(5000);
        assertThat(totals.volunteerPersonTimes()).isGreaterThanOrEqualTo(300);
    }

    @Test
    void theCountyVentureIsCoFundedAndTheDragonBoatMoneyIsHeld() {
        ProgrammeLedger ledger = awards.ledger(GrantTestData.COUNTY_OFFICER, COUNTY_VENTURE);
        assertThat(ledger.pool()).isEqualByComparingTo("400000.00");
        assertThat(ledger.committed()).isEqualByComparingTo("73333.34");

        var langli = Callers.user("langli-hub", Role.HUB_OPERATOR, "430121004000");
        assertThat(custody.get(langli, DRAGON_BOAT_CUSTODY).balance()).isEqualByComparingTo("190000.00");
        assertThat(custody.entries(langli, DRAGON_BOAT_CUSTODY)).singleElement()
                .satisfies(e -> assertThat(e.balanceAfter()).isEqualByComparingTo("190000.00"));
    }
}
