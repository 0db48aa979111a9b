package cn.incubator.grants.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RankingTest {

    /** Two criteria: design weighs 60 (max 10), feasibility 40 (max 20). */
    private static final List<Ranking.Criterion> RUBRIC = List.of(
            new Ranking.Criterion("DESIGN", new BigDecimal("60"), 10),
            new Ranking.Criterion("FEASIBILITY", new BigDecimal("40"), 20));
    private static final Instant MARCH = Instant.parse("2014-03-10T02:00:00Z");

    private final Ranking ranking = new Ranking(RUBRIC, new BigDecimal("5"));

    @Test
    void anExpertsScoreIsTheWeightedShareOfTheRubricOutOfHundred() {
        // 8/10*60 + 10/20*40 = 48 + 20 = 68 out of 100
        assertThat(ranking.weighted(sheet("e1", "8", "10"))).isEqualByComparingTo("68");
        assertThat(ranking.weighted(sheet("e1", "10", "20"))).isEqualByComparingTo("100");
        assertThat(ranking.weighted(sheet("e1", "0", "0"))).isEqualByComparingTo("0");
    }

    @Test
    void fewerThanFiveExpertsAreAveragedAsTheyAre() {
        Ranking.Ranked r = ranking.score(candidate(false, "10000", sheet("a", "10", "20"), sheet("b", "5", "10"),
                sheet("c", "0", "0"), sheet("d", "5", "10")));
        assertThat(r.expertScore()).isEqualByComparingTo("50"); // (100 + 50 + 0 + 50) / 4
        assertThat(r.lowestExpertScore()).isEqualByComparingTo("0");
    }

    @Test
    void withFiveOrMoreExpertsTheHighestAndLowestAreDropped() {
        Ranking.Ranked r = ranking.score(candidate(false, "10000", sheet("a", "10", "20"), sheet("b", "5", "10"),
                sheet("c", "0", "0"), sheet("d", "5", "10"), sheet("e", "6", "12")));
        // 100 and 0 dropped: (50 + 50 + 60) / 3 = 53.3333
        assertThat(r.expertScore()).isEqualByComparingTo("53.3333");
    }

    @Test
    void priorityAddsTheBonusToTheTotalOnly() {
        Ranking.Ranked r = ranking.score(candidate(true, "10000", sheet("a", "8", "10")));
        assertThat(r.expertScore()).isEqualByComparingTo("68");
        assertThat(r.total()).isEqualByComparingTo("73");
    }

    @Test
    void higherTotalRanksFirstAndABonusCanLiftAProposalAboveABetterScoredOne() {
        Ranking.Candidate plain = candidate(false, "10000", sheet("a", "9", "10")); // 74
        Ranking.Candidate starred = candidate(true, "10000", sheet("a", "8", "10")); // 68 + 5
        Ranking.Candidate weak = candidate(false, "10000", sheet("a", "5", "10")); // 50
        assertThat(ranks(ranking.rank(List.of(weak, starred, plain)))).containsExactly(plain.proposalId(),
                starred.proposalId(), weak.proposalId());
        Ranking.Candidate starredBetter = candidate(true, "10000", sheet("a", "9", "10")); // 79
        assertThat(ranking.rank(List.of(plain, starredBetter)).get(0).candidate()).isEqualTo(starredBetter);
    }

    @Test
    void tiesGoToPriorityFirst() {
        Ranking noBonus = new Ranking(RUBRIC, BigDecimal.ZERO);
        Ranking.Candidate plain = candidate(false, "10000", sheet("a", "8", "10"));
        Ranking.Candidate starred = candidate(true, "10000", sheet("a", "8", "10"));
        assertThat(noBonus.rank(List.of(plain, starred)).get(0).candidate()).isEqualTo(starred);
    }

    @Test
    void thenToTheHigherLowestExpertScore() {
        Ranking.Candidate split = candidate(false, "10000", sheet("a", "10", "20"), sheet("b", "5", "10")); // 100, 50
        Ranking.Candidate even = candidate(false, "10000", sheet("a", "7.5", "15"), sheet("b", "7.5", "15")); // 75, 75
        assertThat(ranking.rank(List.of(split, even)).get(0).candidate()).isEqualTo(even);
    }

    @Test
    void thenToTheSmallerRequest() {
        Ranking.Candidate large = candidate(false, "30000", sheet("a", "8", "10"));
        Ranking.Candidate small = candidate(false, "9000", sheet("a", "8", "10"));
        assertThat(ranking.rank(List.of(large, small)).get(0).candidate()).isEqualTo(small);
    }

    @Test
    void thenToTheEarlierSubmissionAndFinallyTheId() {
        Ranking.Candidate late = new Ranking.Candidate(UUID.randomUUID(), new BigDecimal("10000"),
                new BigDecimal("10000"), MARCH.plusSeconds(60), false, List.of(sheet("a", "8", "10")));
        Ranking.Candidate early = new Ranking.Candidate(UUID.randomUUID(), new BigDecimal("10000"),
                new BigDecimal("10000"), MARCH, false, List.of(sheet("a", "8", "10")));
        assertThat(ranking.rank(List.of(late, early)).get(0).candidate()).isEqualTo(early);

        UUID low = new UUID(0, 1);
        UUID high = new UUID(0, 2);
        Ranking.Candidate second = new Ranking.Candidate(high, BigDecimal.TEN, BigDecimal.TEN, MARCH, false,
                List.of(sheet("a", "8", "10")));
        Ranking.Candidate first = new Ranking.Candidate(low, BigDecimal.TEN, BigDecimal.TEN, MARCH, false,
                List.of(sheet("a", "8", "10")));
        assertThat(ranks(ranking.rank(List.of(second, first)))).containsExactly(low, high);
    }

    @Test
    void idsCompareAsTheirTextAndTheDatabaseOrderThem() {
        // UUID.compareTo takes the halves as signed numbers and would put 8baf… before 1a1a…
        UUID text1 = UUID.fromString("1a1a55a9-d1c7-4974-a4cd-a8eebd36b899");
        UUID text8 = UUID.fromString("8baf2c34-6b1b-46a0-a423-dd04825b9724");
        UUID text8low = UUID.fromString("8baf2c34-6b1b-46a0-0423-dd04825b9724");
        List<Ranking.Candidate> tied = new ArrayList<>();
        for (UUID id : List.of(text8, text1, text8low)) {
            tied.add(new Ranking.Candidate(id, BigDecimal.TEN, BigDecimal.TEN, MARCH, false,
                    List.of(sheet("a", "8", "10"))));
        }
        assertThat(ranks(ranking.rank(tied))).containsExactly(text1, text8low, text8);
    }

    @Test
    void ranksAreNumberedFromOneWithoutGaps() {
        List<Ranking.Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            candidates.add(candidate(false, "10000", sheet("a", String.valueOf(i), "10")));
        }
        assertThat(ranking.rank(candidates)).extracting(Ranking.Ranked::rank).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void incompleteOrOutOfRangeSheetsAndEmptyInputsAreRefused() {
        assertThatThrownBy(() -> ranking.weighted(new Ranking.Sheet("a", Map.of("DESIGN", BigDecimal.ONE))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ranking.weighted(sheet("a", "11", "10"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ranking.weighted(sheet("a", "-1", "10"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ranking.score(candidate(false, "10"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Ranking(List.of(), BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Ranking(RUBRIC, new BigDecimal("-1"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Ranking.Criterion("X", BigDecimal.ZERO, 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Ranking.Candidate(UUID.randomUUID(), BigDecimal.ONE, BigDecimal.TEN, MARCH,
                false, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    static Ranking.Sheet sheet(String expert, String design, String feasibility) {
        return new Ranking.Sheet(expert, Map.of("DESIGN", new BigDecimal(design), "FEASIBILITY",
                new BigDecimal(feasibility)));
    }

    static Ranking.Candidate candidate(boolean priority, String requested, Ranking.Sheet... sheets) {
        return new Ranking.Candidate(UUID.randomUUID(), new BigDecimal(requested), new BigDecimal(requested), MARCH,
                priority, List.of(sheets));
    }

    private static List<UUID> ranks(List<Ranking.Ranked> ranked) {
        return ranked.stream().map(r -> r.candidate().proposalId()).toList();
    }
}
