package cn.incubator.grants.custody;

import cn.incubator.platform.paging.PageRequest;
import static cn.incubator.grants.GrantTestData.COUNTY_OFFICER;
import static cn.incubator.grants.GrantTestData.LANGLI_HUB;
import static cn.incubator.grants.GrantTestData.XINGSHA_HUB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.grants.GrantTestData;
import cn.incubator.grants.award.Yuan;
import cn.incubator.platform.test.service.Callers;
import cn.incubator.platform.audit.AuditEntry;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.problem.ConflictException;
import cn.incubator.platform.transition.IllegalTransitionException;
import cn.incubator.platform.transition.RuleViolationException;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.problem.OutOfScopeException;
import cn.incubator.platform.test.RealPostgres;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Fund custody for the Langli dragon-boat association against a real PostgreSQL. */
@SpringBootTest(properties = "spring.grpc.server.port=0")
class CustodyServiceIT {

    private static final UUID DRAGON_BOAT = UUID.fromString("3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1003");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "grants_award_it");
    }

    @Autowired
    CustodyService custody;

    @Test
    void theHubHoldsTheAssociationsMoneyAndSpendingNeverExceedsTheBalance() {
        CustodyAgreement agreement = dragonBoatAgreement();
        custody.record(LANGLI_HUB, agreement.id(), CustodyEntry.Kind.DEPOSIT, Yuan.of("190000.00"),
                "端午龙舟赛社会捐赠", "㮾梨收-2026-001", LocalDate.of(2026, 5, 6));
        CustodyEntry spent = custody.record(LANGLI_HUB, agreement.id(), CustodyEntry.Kind.SPENDING,
                Yuan.of("60000.00"), "龙舟维修及桨具购置", "㮾梨支-2026-001", LocalDate.of(2026, 5, 20));
        assertThat(spent.balanceAfter()).isEqualByComparingTo("130000.00");

        assertThatThrownBy(() -> custody.record(LANGLI_HUB, agreement.id(), CustodyEntry.Kind.SPENDING,
                Yuan.of("130000.01"), "超额支出", "㮾梨支-2026-002", LocalDate.of(2026, 5, 21)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.slug()).isEqualTo("custody-insufficient"));
        assertThat(custody.entries(LANGLI_HUB, agreement.id())).hasSize(2);
        assertThat(custody.get(LANGLI_HUB, agreement.id()).balance()).isEqualByComparingTo("130000.00");
        assertThatThrownBy(() -> custody.end(LANGLI_HUB, agreement.id()))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.slug()).isEqualTo("custody-balance-remaining"));

        custody.record(LANGLI_HUB, agreement.id(), CustodyEntry.Kind.SPENDING, Yuan.of("130000.00"),
                "端午龙舟赛办赛支出", "㮾梨支-2026-003", LocalDate.of(2026, 6, 1));
        assertThat(custody.end(LANGLI_HUB, agreement.id()).status()).isEqualTo(CustodyStatus.ENDED);
        assertThatThrownBy(() -> custody.record(LANGLI_HUB, agreement.id(), CustodyEntry.Kind.DEPOSIT,
                Yuan.of("1.00"), "协议终止后存入", "㮾梨收-2026-009", LocalDate.of(2026, 6, 2)))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(custody.timeline(COUNTY_OFFICER, agreement.id(), cn.incubator.platform.paging.PageRequest.first(200)).items()).extracting(AuditEntry::action).containsExactly(
                "custody.agreement-signed", "custody.deposited", "custody.spent", "custody.spent", "custody.ended");
    }

    @Test
    void twoSpendingsAtOnceThatTogetherExceedTheBalanceCannotBothPass() throws Exception {
        CustodyAgreement agreement = dragonBoatAgreement();
        custody.record(LANGLI_HUB, agreement.id(), CustodyEntry.Kind.DEPOSIT, Yuan.of("190000.00"), "捐赠",
                "㮾梨收-2026-101", LocalDate.of(2026, 5, 6));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<Future<?>> results = new ArrayList<>();
        try {
            for (String voucher : List.of("㮾梨支-2026-101", "㮾梨支-2026-102")) {
                results.add(threads.submit(() -> {
                    start.await();
                    return custody.record(LANGLI_HUB, agreement.id(), CustodyEntry.Kind.SPENDING,
                            Yuan.of("100000.00"), "龙舟赛办赛支出", voucher, LocalDate.of(2026, 6, 1));
                }));
            }
            start.countDown();
            int refused = 0;
            for (Future<?> result : results) {
                try {
                    result.get();
                } catch (ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOfSatisfying(RuleViolationException.class,
                            refusal -> assertThat(refusal.slug()).isEqualTo("custody-insufficient"));
                    refused++;
                }
            }
            assertThat(refused).isEqualTo(1);
        } finally {
            threads.shutdown();
        }
        assertThat(custody.get(LANGLI_HUB, agreement.id()).balance()).isEqualByComparingTo("90000.00");
        assertThat(custody.entries(LANGLI_HUB, agreement.id())).hasSize(2).last()
                .satisfies(e -> assertThat(e.balanceAfter()).isEqualByComparingTo("90000.00"));
    }

    @Test
    void anotherStreetNeitherSeesNorWritesAndTheAssociationReadsItsOwn() {
        CustodyAgreement agreement = dragonBoatAgreement();
        var associationAdmin = Callers.orgAdmin("dragon-boat-admin", DRAGON_BOAT, "430121004000");
        var otherAdmin = Callers.orgAdmin("federation-admin", UUID.randomUUID(), "430121004000");

        assertThat(custody.get(associationAdmin, agreement.id()).organizationName()).isEqualTo("长沙县㮾梨街道龙舟协会");
        assertThatThrownBy(() -> custody.get(otherAdmin, agreement.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> custody.get(XINGSHA_HUB, agreement.id())).isInstanceOf(NotFoundException.class);
        assertThat(custody.list(XINGSHA_HUB, PageRequest.first(200)).items()).extracting(CustodyAgreement::id).doesNotContain(agreement.id());
        assertThatThrownBy(() -> custody.create(XINGSHA_HUB, newAgreement("XS-DG-" + UUID.randomUUID())))
                .isInstanceOf(OutOfScopeException.class);
    }

    private CustodyAgreement dragonBoatAgreement() {
        return custody.create(LANGLI_HUB, newAgreement("LL-DG-" + UUID.randomUUID()));
    }

    private static CustodyService.NewAgreement newAgreement(String number) {
        return new CustodyService.NewAgreement(DRAGON_BOAT, "长沙县㮾梨街道龙舟协会",
                Jurisdiction.of("430121004000"), "㮾梨街道㮾梨社区居委会", "㮾梨街道社区社会组织联合会", number,
                LocalDate.of(2026, 5, 1), "代管端午龙舟赛社会捐赠资金，专款专用");
    }
}
