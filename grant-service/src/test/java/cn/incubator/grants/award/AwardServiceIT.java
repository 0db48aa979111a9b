package cn.incubator.grants.award;

import cn.incubator.platform.paging.PageRequest;
import static cn.incubator.grants.GrantTestData.COUNTY_OFFICER;
import static cn.incubator.grants.GrantTestData.FEDERATION_ADMIN;
import static cn.incubator.grants.GrantTestData.LANGLI_HUB;
import static cn.incubator.grants.GrantTestData.XINGSHA_FEDERATION;
import static cn.incubator.grants.GrantTestData.XINGSHA_HUB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.grants.GrantTestData;
import cn.incubator.platform.test.service.Callers;
import cn.incubator.platform.audit.AuditEntry;
import cn.incubator.platform.identity.Role;
import cn.incubator.platform.problem.ConflictException;
import cn.incubator.platform.problem.FieldProblemException;
import cn.incubator.platform.transition.IllegalTransitionException;
import cn.incubator.platform.transition.RuleViolationException;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.test.RealPostgres;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** Awards from decision to closing against a real PostgreSQL, with the data scope of real roles. */
@SpringBootTest(properties = "spring.grpc.server.port=0")
class AwardServiceIT {

    private static final UUID SUNSHINE_ELDERLY = UUID.fromString("3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1002");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "grants_award_it");
    }

    @Autowired
    AwardService awards;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void aFinalDecisionMakesOneAwardPerLineAndTheSameDecisionAgainMakesNoMore() {
        UUID programme = GrantTestData.programme(jdbc, "长沙县第一届公益创投", "440000.00", null, null);
        List<cn.incubator.grants.award.AwardDecision.Line> lines = List.of(
                GrantTestData.line(XINGSHA_FEDERATION, "长沙县星沙街道社区社会组织联合会", "430121001000",
                        "邻里守望互助计划", "36666.67"),
                GrantTestData.line(SUNSHINE_ELDERLY, "长沙县星沙街道阳光养老服务中心", "430121001000",
                        "居家养老助餐服务", "36666.67"));

        GrantTestData.decide(transactions, events, programme, lines);
        transactions.executeWithoutResult(tx -> events.publishEvent(
                new AwardDecision(programme, UUID.randomUUID(), "county-officer", lines)));

        List<Award> made = awards.list(COUNTY_OFFICER, programme, PageRequest.first(200)).items();
        assertThat(made).hasSize(2).allSatisfy(a -> assertThat(a.status()).isEqualTo(AwardStatus.AWARDED));
        ProgrammeLedger ledger = awards.ledger(COUNTY_OFFICER, programme);
        assertThat(ledger.committed()).isEqualByComparingTo("73333.34");
        assertThat(ledger.available()).isEqualByComparingTo("366666.66");
        assertThat(awards.timeline(COUNTY_OFFICER, made.get(0).id(), cn.incubator.platform.paging.PageRequest.first(200)).items()).extracting(AuditEntry::action)
                .containsExactly("award.made");
    }

    @Test
    void awardsAreMadeInsideTheDecidingTransactionAndGoWhenItRollsBack() {
        UUID programme = GrantTestData.programme(jdbc, "长沙县第一届公益创投", "440000.00", null, null);
        AwardDecision decision = new AwardDecision(programme, UUID.randomUUID(), "county-officer", List.of(
                GrantTestData.line(XINGSHA_FEDERATION, "长沙县星沙街道社区社会组织联合会", "430121001000", "邻里守望互助计划",
                        "36666.67")));

        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
            events.publishEvent(decision);
            assertThat(awards.list(COUNTY_OFFICER, programme, PageRequest.first(200)).items()).hasSize(1);
            throw new IllegalStateException("the round's public notice could not be closed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(awards.list(COUNTY_OFFICER, programme, PageRequest.first(200)).items()).isEmpty();
        assertThat(awards.ledger(COUNTY_OFFICER, programme).committed()).isEqualByComparingTo("0.00");
    }

    @Test
    void aDecisionThatWouldCommitMoreThanThePoolIsRefusedWhole() {
        UUID programme = GrantTestData.programme(jdbc, "星沙街道微创投", "50000.00", null, null);

        assertThatThrownBy(() -> GrantTestData.decide(transactions, events, programme, List.of(
                GrantTestData.line(XINGSHA_FEDERATION, "长沙县星沙街道社区社会组织联合会", "430121001000", "亲子阅读", "30000.00"),
                GrantTestData.line(SUNSHINE_ELDERLY, "长沙县星沙街道阳光养老服务中心", "430121001000", "助老", "20000.01"))))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.slug()).isEqualTo("pool-exceeded"));

        assertThat(awards.list(COUNTY_OFFICER, programme, PageRequest.first(200)).items()).isEmpty();
        assertThat(awards.ledger(COUNTY_OFFICER, programme).committed()).isEqualByComparingTo("0.00");
    }

    @Test
    void aTrancheIsReleasedOnlyAfterItsReportIsApprovedAndPaidOncePerKey() {
        Award award = signedAward("36666.67", "18333.33", "11000.00", "7333.34");

        assertThat(awards.release(XINGSHA_HUB, award.id(), 1).status()).isEqualTo(TrancheStatus.RELEASED);
        AwardService.Paid first = awards.pay(XINGSHA_HUB, award.id(), 1, "pay-" + award.id() + "-1", "记-2026-031");
        AwardService.Paid again = awards.pay(XINGSHA_HUB, award.id(), 1, "pay-" + award.id() + "-1", "记-2026-031");
        assertThat(first.replayed()).isFalse();
        assertThat(again.replayed()).isTrue();
        assertThat(again.payment()).isEqualTo(first.payment());
        assertThatThrownBy(() -> awards.pay(XINGSHA_HUB, award.id(), 1, "another-key-" + award.id(), null))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(awards.get(COUNTY_OFFICER, award.id()).status()).isEqualTo(AwardStatus.IN_PROGRESS);

        assertThatThrownBy(() -> awards.release(XINGSHA_HUB, award.id(), 2))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.slug()).isEqualTo("tranche-awaits-report"));
        awards.submitReport(FEDERATION_ADMIN, award.id(), ReportKind.INTERIM,
                new Outcomes(20, 2600, 150, Yuan.of("5000.00")), "半年开展活动 20 场");
        assertThatThrownBy(() -> awards.release(XINGSHA_HUB, award.id(), 2)).isInstanceOf(ConflictException.class);
        awards.returnReport(XINGSHA_HUB, award.id(), ReportKind.INTERIM, "缺少活动照片和签到表");
        awards.submitReport(FEDERATION_ADMIN, award.id(), ReportKind.INTERIM,
                new Outcomes(21, 2650, 152, Yuan.of("5000.00")), "补充签到表");
        awards.approveReport(XINGSHA_HUB, award.id(), ReportKind.INTERIM);

        assertThat(awards.release(XINGSHA_HUB, award.id(), 2).status()).isEqualTo(TrancheStatus.RELEASED);
        assertThatThrownBy(() -> awards.release(XINGSHA_HUB, award.id(), 3)).isInstanceOf(ConflictException.class);
        awards.pay(XINGSHA_HUB, award.id(), 2, "pay-" + award.id() + "-2", null);

        ProgrammeLedger ledger = awards.ledger(COUNTY_OFFICER, award.programmeId());
        assertThat(ledger.pool()).isEqualByComparingTo("440000.00");
        assertThat(ledger.committed()).isEqualByComparingTo("36666.67");
        assertThat(ledger.paid()).isEqualByComparingTo("29333.33");
        assertThat(ledger.unpaid()).isEqualByComparingTo("7333.34");
        assertThat(ledger.available()).isEqualByComparingTo("403333.33");
        assertThat(awards.payments(COUNTY_OFFICER, award.id())).hasSize(2);
    }

    @Test
    void theSamePaymentRequestFromTwoThreadsAtOncePaysOnce() throws Exception {
        Award award = signedAward("20000.00", "20000.00");
        awards.release(XINGSHA_HUB, award.id(), 1);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<AwardService.Paid>> results = List.of(
                    threads.submit(() -> {
                        start.await();
                        return awards.pay(XINGSHA_HUB, award.id(), 1, "twin-" + award.id(), null);
                    }),
                    threads.submit(() -> {
                        start.await();
                        return awards.pay(XINGSHA_HUB, award.id(), 1, "twin-" + award.id(), null);
                    }));
            start.countDown();
            AwardService.Paid a = results.get(0).get();
            AwardService.Paid b = results.get(1).get();

            assertThat(a.payment()).isEqualTo(b.payment());
            assertThat(List.of(a.replayed(), b.replayed())).containsExactlyInAnyOrder(true, false);
        } finally {
            threads.shutdown();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM payment WHERE award_id = :a").param("a", award.id())
                .query(Long.class).single()).isEqualTo(1);
        ProgrammeLedger ledger = awards.ledger(COUNTY_OFFICER, award.programmeId());
        assertThat(ledger.paid()).isEqualByComparingTo("20000.00");
        assertThat(ledger.paid().add(ledger.unpaid())).isEqualByComparingTo(ledger.committed());
    }

    @Test
    void aKeyUsedForOneTrancheCannotPayAnother() {
        Award award = signedAward("20000.00", "10000.00", "10000.00");
        awards.release(XINGSHA_HUB, award.id(), 1);
        awards.pay(XINGSHA_HUB, award.id(), 1, "reuse-" + award.id(), null);
        awards.submitReport(FEDERATION_ADMIN, award.id(), ReportKind.FINAL,
                new Outcomes(8, 600, 40, Yuan.ZERO), null);
        awards.approveReport(XINGSHA_HUB, award.id(), ReportKind.FINAL);
        awards.release(XINGSHA_HUB, award.id(), 2);

        assertThatThrownBy(() -> awards.pay(XINGSHA_HUB, award.id(), 2, "reuse-" + award.id(), null))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.slug()).isEqualTo("idempotency-key-reused"));
        assertThat(awards.payments(COUNTY_OFFICER, award.id())).hasSize(1);
    }

    @Test
    void aScheduleThatDoesNotAddUpIsRefusedAndNothingIsStored() {
        Award award = awarded("30000.00");

        assertThatThrownBy(() -> awards.signAgreement(XINGSHA_HUB, award.id(), agreement(), List.of(
                new DisbursementSchedule.Planned(Yuan.of("15000.00"), null),
                new DisbursementSchedule.Planned(Yuan.of("14999.99"), ReportKind.FINAL))))
                .isInstanceOfSatisfying(FieldProblemException.class, e -> assertThat(e.fieldProblems())
                        .singleElement().satisfies(p -> assertThat(p.code()).isEqualTo("Schedule.sum")));

        assertThat(awards.get(COUNTY_OFFICER, award.id()).status()).isEqualTo(AwardStatus.AWARDED);
        assertThat(awards.tranches(COUNTY_OFFICER, award.id())).isEmpty();
    }

    @Test
    void anotherStreetSeesNoAwardAndAnotherOrganizationCannotReport() {
        Award award = signedAward("10000.00", "10000.00");

        assertThatThrownBy(() -> awards.get(LANGLI_HUB, award.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> awards.release(LANGLI_HUB, award.id(), 1)).isInstanceOf(NotFoundException.class);
        var otherAdmin = Callers.orgAdmin("elderly-admin", SUNSHINE_ELDERLY, "430121001000");
        assertThatThrownBy(() -> awards.submitReport(otherAdmin, award.id(), ReportKind.FINAL, Outcomes.NONE, null))
                .isInstanceOf(NotFoundException.class);
        var cityOfficerElsewhere = Callers.user("yucheng", Role.CIVIL_AFFAIRS, "511802000000");
        assertThat(awards.list(cityOfficerElsewhere, award.programmeId(), PageRequest.first(200)).items()).isEmpty();
        assertThat(awards.reports(COUNTY_OFFICER, award.id())).isEmpty();
    }

    @Test
    void closingNeedsTheFinalReportAndEveryTranchePaidAndTerminationGivesTheRestBack() {
        Award closing = signedAward("12000.00", "6000.00", "6000.00");
        awards.release(XINGSHA_HUB, closing.id(), 1);
        awards.pay(XINGSHA_HUB, closing.id(), 1, "close-" + closing.id() + "-1", null);
        assertThatThrownBy(() -> awards.close(XINGSHA_HUB, closing.id())).isInstanceOf(IllegalTransitionException.class);
        awards.submitReport(FEDERATION_ADMIN, closing.id(), ReportKind.FINAL,
                new Outcomes(5, 320, 25, Yuan.of("1200.00")), "结项");
        awards.approveReport(XINGSHA_HUB, closing.id(), ReportKind.FINAL);
        assertThatThrownBy(() -> awards.close(XINGSHA_HUB, closing.id()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.slug()).isEqualTo("tranches-unpaid"));
        awards.release(XINGSHA_HUB, closing.id(), 2);
        awards.pay(XINGSHA_HUB, closing.id(), 2, "close-" + closing.id() + "-2", null);
        assertThat(awards.close(XINGSHA_HUB, closing.id()).status()).isEqualTo(AwardStatus.CLOSED);

        Award stopped = signedAward("8000.00", "3000.00", "2000.00", "3000.00");
        awards.release(XINGSHA_HUB, stopped.id(), 1);
        awards.pay(XINGSHA_HUB, stopped.id(), 1, "stop-" + stopped.id(), null);
        awards.submitReport(FEDERATION_ADMIN, stopped.id(), ReportKind.INTERIM, Outcomes.NONE, null);
        awards.approveReport(XINGSHA_HUB, stopped.id(), ReportKind.INTERIM);
        awards.release(XINGSHA_HUB, stopped.id(), 2);
        ProgrammeLedger before = awards.ledger(COUNTY_OFFICER, stopped.programmeId());
        awards.terminate(XINGSHA_HUB, stopped.id(), "负责人离任，项目无法继续执行");
        ProgrammeLedger after = awards.ledger(COUNTY_OFFICER, stopped.programmeId());

        assertThat(before.committed().subtract(after.committed())).isEqualByComparingTo("5000.00");
        assertThat(after.paid()).isEqualByComparingTo(before.paid());
        assertThat(after.unpaid()).isEqualByComparingTo("0.00");
        assertThatThrownBy(() -> awards.pay(XINGSHA_HUB, stopped.id(), 2, "stop-2-" + stopped.id(), null))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> awards.release(XINGSHA_HUB, stopped.id(), 3))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(awards.ledger(COUNTY_OFFICER, stopped.programmeId())).isEqualTo(after);
    }

    private Award awarded(String amount) {
        return fixture().awarded(amount);
    }

    private Award signedAward(String amount, String... tranches) {
        return fixture().signed(amount, tranches);
    }

    private AwardFixture fixture() {
        return new AwardFixture(awards, jdbc, transactions, events);
    }

    private static Award.Agreement agreement() {
        return AwardFixture.AGREEMENT;
    }
}
