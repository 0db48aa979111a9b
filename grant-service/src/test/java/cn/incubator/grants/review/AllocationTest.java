package cn.incubator.grants.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AllocationTest {

    @Test
    void theLimitIsTheTightestOfRequestPlanCapAndRoundCap() {
        assertThat(Allocation.limit(new BigDecimal("45000"), new BigDecimal("30000"), null))
                .isEqualByComparingTo("30000.00");
        assertThat(Allocation.limit(new BigDecimal("8000"), new BigDecimal("10000"))).isEqualByComparingTo("8000.00");
        assertThat(Allocation.limit(new BigDecimal("8000"), new BigDecimal("10000"), new BigDecimal("5000")))
                .isEqualByComparingTo("5000.00");
        assertThat(Allocation.limit(new BigDecimal("8000"))).isEqualByComparingTo("8000.00");
    }

    @Test
    void proposalsGetTheirLimitInRankOrderWhileThePoolLasts() {
        List<Ranking.Ranked> ranked = ranked("40000:30000", "10000:10000", "20000:20000");
        Allocation allocation = Allocation.allocate(ranked, new BigDecimal("60000"), false);
        assertThat(allocation.grants()).extracting(Allocation.Grant::amount).containsExactly(
                new BigDecimal("30000.00"), new BigDecimal("10000.00"), new BigDecimal("20000.00"));
        assertThat(allocation.total()).isEqualByComparingTo("60000.00");
    }

    @Test
    void withoutPartialGrantsAllocationStopsAtTheFirstProposalThatDoesNotFit() {
        List<Ranking.Ranked> ranked = ranked("30000:30000", "30000:30000", "5000:5000");
        Allocation allocation = Allocation.allocate(ranked, new BigDecimal("50000"), false);
        // the third would fit in the 20,000 left, but it never overtakes the second
        assertThat(allocation.grants()).extracting(Allocation.Grant::amount).containsExactly(
                new BigDecimal("30000.00"), new BigDecimal("0.00"), new BigDecimal("0.00"));
        assertThat(allocation.grants()).extracting(Allocation.Grant::funded).containsExactly(true, false, false);
    }

    @Test
    void withPartialGrantsTheFirstProposalThatDoesNotFitGetsWhatIsLeftAndAllocationStops() {
        List<Ranking.Ranked> ranked = ranked("30000:30000", "30000:30000", "5000:5000");
        Allocation allocation = Allocation.allocate(ranked, new BigDecimal("50000"), true);
        assertThat(allocation.grants()).extracting(Allocation.Grant::amount).containsExactly(
                new BigDecimal("30000.00"), new BigDecimal("20000.00"), new BigDecimal("0.00"));
        assertThat(allocation.total()).isEqualByComparingTo("50000");
    }

    @Test
    void nothingIsAllocatedFromAnEmptyPool() {
        Allocation allocation = Allocation.allocate(ranked("10000:10000"), new BigDecimal("0.00"), true);
        assertThat(allocation.total()).isEqualByComparingTo("0");
        assertThatThrownBy(() -> Allocation.allocate(ranked("1:1"), new BigDecimal("-1"), true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void amountsNeverExceedTheLimitAndTheirSumNeverExceedsThePool() {
        java.util.Random random = new java.util.Random(2014);
        for (int round = 0; round < 200; round++) {
            List<String> specs = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                int request = 1000 + random.nextInt(50_000);
                int limit = Math.min(request, 30_000);
                specs.add(request + ":" + limit);
            }
            BigDecimal pool = BigDecimal.valueOf(random.nextInt(500_000));
            Allocation allocation = Allocation.allocate(ranked(specs.toArray(String[]::new)), pool,
                    random.nextBoolean());
            assertThat(allocation.total()).isLessThanOrEqualTo(pool);
            assertThat(allocation.grants()).allSatisfy(g -> assertThat(g.amount()).isLessThanOrEqualTo(g.limit()));
        }
    }

    @Test
    void theCommitteeMayAdjustWithinLimitAndPool() {
        List<Ranking.Ranked> ranked = ranked("30000:30000", "10000:10000");
        Allocation allocation = Allocation.allocate(ranked, new BigDecimal("45000"), false);
        UUID second = allocation.grants().get(1).proposalId();

        Allocation adjusted = allocation.adjust(second, new BigDecimal("8000.50"));

        assertThat(adjusted.grants().get(1).amount()).isEqualByComparingTo("8000.50");
        assertThat(adjusted.grants().get(1).recommended()).isEqualByComparingTo("10000");
        assertThat(adjusted.total()).isEqualByComparingTo("38000.50");
        assertThat(allocation.total()).as("unchanged").isEqualByComparingTo("40000");
    }

    @Test
    void anAdjustmentAboveTheLimitAboveThePoolNegativeFractionalOrForAnotherProposalIsRefused() {
        Allocation allocation = Allocation.allocate(ranked("30000:30000", "20000:10000"), new BigDecimal("45000"),
                false);
        UUID first = allocation.grants().get(0).proposalId();
        UUID second = allocation.grants().get(1).proposalId();
        assertRefused(() -> allocation.adjust(second, new BigDecimal("10000.01")),
                Allocation.AllocationRefused.Reason.ABOVE_LIMIT);
        Allocation lowered = allocation.adjust(first, new BigDecimal("20000"));
        assertRefused(() -> Allocation.of(lowered.grants(), new BigDecimal("25000")).adjust(second,
                new BigDecimal("6000")), Allocation.AllocationRefused.Reason.ABOVE_POOL);
        assertRefused(() -> allocation.adjust(first, new BigDecimal("-1")),
                Allocation.AllocationRefused.Reason.INVALID_AMOUNT);
        assertRefused(() -> allocation.adjust(first, new BigDecimal("1.001")),
                Allocation.AllocationRefused.Reason.INVALID_AMOUNT);
        assertRefused(() -> allocation.adjust(UUID.randomUUID(), BigDecimal.ONE),
                Allocation.AllocationRefused.Reason.NOT_RANKED);
    }

    private static void assertRefused(Runnable adjustment, Allocation.AllocationRefused.Reason reason) {
        assertThatThrownBy(adjustment::run).isInstanceOfSatisfying(Allocation.AllocationRefused.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
    }

    /** "request:limit" per proposal, already in rank order. */
    static List<Ranking.Ranked> ranked(String... specs) {
        List<Ranking.Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < specs.length; i++) {
            String[] parts = specs[i].split(":");
            Ranking.Candidate candidate = new Ranking.Candidate(UUID.randomUUID(), new BigDecimal(parts[0]),
                    new BigDecimal(parts[1]), Instant.EPOCH, false, List.of());
            ranked.add(new Ranking.Ranked(candidate, i + 1, BigDecimal.TEN, BigDecimal.TEN, BigDecimal.TEN));
        }
        return ranked;
    }
}
