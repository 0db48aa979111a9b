package cn.incubator.grants.review;

import static cn.incubator.platform.test.service.Callers.COUNTY_OFFICER;
import static cn.incubator.platform.test.service.Callers.on;
import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.grants.programme.Programme;
import cn.incubator.grants.programme.ProgrammeService;
import cn.incubator.grants.round.Round;
import cn.incubator.grants.round.RoundAction;
import cn.incubator.grants.round.RoundService;
import cn.incubator.grants.support.Fixtures;
import cn.incubator.grants.support.GrantIT;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A round larger than a page of proposals (1,000) is ranked and allocated whole, in the documented order: ties on the
 * score go to the smaller request, then the earlier submission, then the id in the order of its text (as the
 * database sorts ids); the request is the sum of the budget lines; the pool is filled in rank order.
 */
class LargeRoundRankingIT extends GrantIT {

    private static final int PROPOSALS = 1_200;
    private static final Instant SUBMITTED = Instant.parse("2026-05-20T02:00:00Z");

    @Autowired
    ProgrammeService programmes;
    @Autowired
    RoundService rounds;
    @Autowired
    AllocationService allocations;
    @Autowired
    JdbcTemplate jdbc;

    /** What the test put in, and the order the rule gives it. */
    private record Entry(UUID id, BigDecimal score, BigDecimal requested, Instant submittedAt) {
    }

    @Test
    void everyPassedProposalIsRankedInTheDocumentedOrderAndThePoolFilledInThatOrder() {
        on(COUNTY_OFFICER);
        Programme programme = programmes.create(COUNTY_OFFICER, Fixtures.ventureProgramme("长沙县公益创投（大轮次）",
                "100000"));
        Round round = rounds.create(COUNTY_OFFICER, programme.id(),
                Fixtures.round("2026年大轮次", LocalDate.now().plusDays(5), 0, 7));
        rounds.act(COUNTY_OFFICER, round.id(), RoundAction.PUBLISH);
        rounds.act(COUNTY_OFFICER, round.id(), RoundAction.CLOSE, "申报已满，提前截止");
        rounds.act(COUNTY_OFFICER, round.id(), RoundAction.START_INITIAL_REVIEW);
        List<Entry> entries = insertPassedProposals(round.id());
        rounds.act(COUNTY_OFFICER, round.id(), RoundAction.START_EXPERT_REVIEW);

        AllocationService.RoundAllocation ranked = allocations.rank(COUNTY_OFFICER, round.id());

        List<Entry> expected = entries.stream().sorted(Comparator.comparing(Entry::score).reversed()
                .thenComparing(Entry::requested).thenComparing(Entry::submittedAt)
                .thenComparing(e -> e.id().toString())).toList();
        assertThat(ranked.lines()).hasSize(PROPOSALS);
        assertThat(ranked.lines()).extracting(AllocationRow::proposalId)
                .containsExactlyElementsOf(expected.stream().map(Entry::id).toList());
        assertThat(ranked.lines()).extracting(AllocationRow::rank)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, PROPOSALS).boxed().toList());
        List<BigDecimal> amounts = new ArrayList<>();
        BigDecimal left = new BigDecimal("100000.00");
        boolean stopped = false;
        for (Entry e : expected) {
            stopped = stopped || e.requested().compareTo(left) > 0;
            amounts.add(stopped ? new BigDecimal("0.00") : e.requested());
            left = stopped ? left : left.subtract(e.requested());
        }
        assertThat(ranked.lines()).extracting(AllocationRow::limit)
                .containsExactlyElementsOf(expected.stream().map(Entry::requested).toList());
        assertThat(ranked.lines()).extracting(AllocationRow::amount).containsExactlyElementsOf(amounts);
        assertThat(ranked.total()).isEqualByComparingTo(new BigDecimal("100000.00").subtract(left));
        assertThat(ranked.lines().get(0).totalScore()).isEqualByComparingTo("100.0000");
    }

    /**
     * 1,200 proposals that passed initial review, each with one complete sheet: 100 scores from 100 down in half
     * points, twelve proposals on each; among those four requests; and two of every three share their submission,
     * so only the id tells them apart. Random ids, so about half start with 8 to f.
     */
    private List<Entry> insertPassedProposals(UUID roundId) {
        List<Entry> entries = new ArrayList<>();
        List<Object[]> proposals = new ArrayList<>();
        List<Object[]> lines = new ArrayList<>();
        List<Object[]> scores = new ArrayList<>();
        for (int n = 0; n < PROPOSALS; n++) {
            UUID id = UUID.randomUUID();
            BigDecimal deficit = BigDecimal.valueOf(n / 12 * 5L, 1);
            BigDecimal design = new BigDecimal("40").subtract(deficit.min(new BigDecimal("40")));
            BigDecimal need = new BigDecimal("30").subtract(deficit.subtract(new BigDecimal("40")).max(BigDecimal.ZERO));
            BigDecimal requested = BigDecimal.valueOf(5_000 + n % 12 / 3 * 1_000L).setScale(2);
            Instant submitted = SUBMITTED.plusSeconds(n % 3 == 0 ? n : n - n % 3 + 1);
            entries.add(new Entry(id, need.add(design).add(new BigDecimal("30")), requested, submitted));
            proposals.add(new Object[] {id, roundId, UUID.randomUUID(), "星沙街道社区社会组织" + n, "430121001000",
                    "社区服务项目" + n, requested, Timestamp.from(submitted)});
            // the request is the sum of the lines: 60 % activities, the rest personnel
            BigDecimal activities = requested.multiply(new BigDecimal("0.6")).setScale(2);
            lines.add(new Object[] {id, 1, "ACTIVITY", "活动费", activities});
            lines.add(new Object[] {id, 2, "PERSONNEL", "人员费", requested.subtract(activities)});
            Map.of("NEED", need, "DESIGN", design, "CAPACITY", new BigDecimal("30")).forEach((code, score) ->
                    scores.add(new Object[] {id, "large-" + roundId.toString().substring(0, 8), code, score}));
        }
        jdbc.batchUpdate("""
                INSERT INTO proposal (id, round_id, organization_id, organization_name, jurisdiction_code, title,
                                      requested_amount, status, submitted_at, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'PASSED', ?, 'county-officer', now())""", proposals);
        jdbc.batchUpdate("""
                INSERT INTO proposal_budget_line (proposal_id, line_no, category, description, amount)
                VALUES (?, ?, ?, ?, ?)""", lines);
        jdbc.batchUpdate("""
                INSERT INTO expert_score (proposal_id, talent_id, criterion_code, score, scored_by, scored_at)
                VALUES (?, ?, ?, ?, 'county-officer', now())""", scores);
        return entries;
    }
}
