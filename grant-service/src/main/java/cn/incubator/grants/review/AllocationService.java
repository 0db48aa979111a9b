package cn.incubator.grants.review;

import cn.incubator.grants.programme.ProgrammeService;
import cn.incubator.grants.remote.Standings;
import cn.incubator.grants.round.Proposal;
import cn.incubator.grants.round.ProposalService;
import cn.incubator.grants.round.ProposalStatus;
import cn.incubator.grants.round.Round;
import cn.incubator.grants.round.RoundAction;
import cn.incubator.grants.round.RoundService;
import cn.incubator.grants.round.RoundStatus;
import cn.incubator.grants.round.RoundWork;
import cn.incubator.grants.round.RubricCriterion;
import cn.incubator.platform.audit.AuditTrail;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.problem.ConflictException;
import cn.incubator.platform.problem.FieldProblemException;
import cn.incubator.platform.sql.ReadOnly;
import cn.incubator.platform.transition.RuleViolationException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ranking and allocation of a round (排序与分配) by the rules of {@link Ranking} and {@link Allocation}, stored in
 * {@code round_allocation}, and the committee's adjustments. Priority (party star rating, incubation graduation) is
 * asked of party-building and incubation over gRPC; when one does not answer, the caller gets a 503 and the round
 * stays as it was.
 */
@Service
public class AllocationService {

    private static final Set<RoundStatus> PUBLIC = Set.of(RoundStatus.PUBLIC_NOTICE, RoundStatus.FINAL);

    private final ReviewRepository reviews;
    private final RoundService rounds;
    private final ProposalService proposals;
    private final ProgrammeService programmes;
    private final Standings standings;
    private final AuditTrail audit;
    private final Clock clock;

    AllocationService(ReviewRepository reviews, RoundService rounds, ProposalService proposals,
            ProgrammeService programmes, Standings standings, AuditTrail audit, Clock clock) {
        this.reviews = reviews;
        this.rounds = rounds;
        this.proposals = proposals;
        this.programmes = programmes;
        this.standings = standings;
        this.audit = audit;
        this.clock = clock;
    }

    /** Ranks the proposals that passed initial review and allocates the pool available to the round. */
    @Transactional
    public RoundAllocation rank(CurrentUser user, UUID roundId) {
        rounds.advance(user, roundId, RoundAction.RANK, round -> {
            programmes.lockForAllocation(round.programmeId());
            List<Proposal.Ranked> passed = proposals.forRanking(user, roundId, ProposalStatus.PASSED);
            Map<UUID, Map<String, Map<String, BigDecimal>>> scores = reviews.roundScores(roundId);
            Set<UUID> prioritized = prioritized(round, passed);
            Map<String, BigDecimal> caps = new HashMap<>();
            programmes.get(user, round.programmeId()).plans().forEach(plan -> caps.put(plan.code(), plan.cap()));
            BigDecimal available = available(round);
            Outcome outcome = rankAndAllocate(round.rubric(), round.priorityBonus(), round.awardCap(),
                    round.partialLastGrant(), caps, passed, reviews.panel(roundId), reviews.declaredConflicts(roundId),
                    scores, prioritized, available);
            List<AllocationRow> rows = outcome.rows();
            Allocation allocation = outcome.allocation();
            List<Ranking.Ranked> ranked = outcome.ranked();
            reviews.replaceAllocation(roundId, rows);
            audit.record(user, "round.allocated", RoundService.SUBJECT, roundId, round.jurisdictionCode(), null,
                    Map.of("ranked", ranked.size(), "funded", allocation.grants().stream()
                            .filter(Allocation.Grant::funded).count(), "total", allocation.total(),
                            "available", available));
            return round;
        });
        return allocation(user, roundId);
    }

    /**
     * The rule of {@link #rank}, without the database: ranks the passed proposals by their complete score sheets
     * ({@link Ranking}) and shares what is available ({@link Allocation}); the lines to store. The demo data's rounds
     * are ranked by this too ({@code DemoRoundsRanking}), so their published figures are its outputs.
     *
     * @param panel    the round's panel: every expert not excused owes a complete sheet for every passed proposal they
     *                 may score ({@link ReviewCompleteness}); an excused expert's sheets are not counted
     * @param declared proposal → experts who declared a conflict on it
     * @param scores   proposal → expert → criterion → score; a sheet that lacks a criterion of the rubric is left out
     * @throws RuleViolationException {@code review-incomplete} naming each expert who still owes sheets and how many
     * @throws ConflictException {@code scores-missing} when a proposal has no complete sheet to rank it by
     */
    static Outcome rankAndAllocate(List<RubricCriterion> rubric, BigDecimal priorityBonus, BigDecimal awardCap,
            boolean partialLastGrant, Map<String, BigDecimal> planCaps, List<Proposal.Ranked> passed,
            List<PanelMember> panel, Map<UUID, Set<String>> declared,
            Map<UUID, Map<String, Map<String, BigDecimal>>> scores, Set<UUID> prioritized, BigDecimal available) {
        Set<String> criteria = new java.util.HashSet<>(rubric.stream().map(RubricCriterion::code).toList());
        Set<String> excused = new java.util.HashSet<>(panel.stream().filter(PanelMember::excused)
                .map(PanelMember::talentId).toList());
        Map<UUID, List<Ranking.Sheet>> sheets = new HashMap<>();
        Map<UUID, Set<String>> completeBy = new HashMap<>();
        for (Proposal.Ranked p : passed) {
            List<Ranking.Sheet> complete = scores.getOrDefault(p.id(), Map.of()).entrySet().stream()
                    .filter(e -> !excused.contains(e.getKey()) && e.getValue().keySet().equals(criteria))
                    .map(e -> new Ranking.Sheet(e.getKey(), e.getValue())).toList();
            sheets.put(p.id(), complete);
            completeBy.put(p.id(), new java.util.HashSet<>(complete.stream().map(Ranking.Sheet::expertId).toList()));
        }
        List<ReviewCompleteness.Missing> missing = ReviewCompleteness.missing(panel, passed.stream()
                .map(p -> new ReviewCompleteness.Applicant(p.id(), p.organizationId())).toList(), declared,
                completeBy);
        if (!missing.isEmpty()) {
            throw new RuleViolationException("review-incomplete", new Object[] {missing.size(),
                    String.join(", ", missing.stream().map(m -> m.name() + " (" + m.missingSheets() + ")").toList())},
                    Map.of("missing", missing.stream().map(m -> Map.<String, Object>of("talentId", m.talentId(),
                            "name", m.name(), "missingSheets", m.missingSheets())).toList()));
        }
        long unscored = sheets.values().stream().filter(List::isEmpty).count();
        if (unscored > 0) {
            throw new ConflictException("scores-missing", unscored);
        }
        List<Ranking.Candidate> candidates = passed.stream().map(p -> new Ranking.Candidate(p.id(),
                p.requested(), Allocation.limit(p.requested(), p.planCode() == null ? null : planCaps.get(p.planCode()),
                        awardCap), p.submittedAt(), prioritized.contains(p.organizationId()),
                sheets.get(p.id()))).toList();
        List<Ranking.Ranked> ranked = new Ranking(rubric.stream()
                .map(c -> new Ranking.Criterion(c.code(), c.weight(), c.maxScore())).toList(),
                priorityBonus).rank(candidates);
        Allocation allocation = Allocation.allocate(ranked, available, partialLastGrant);
        List<AllocationRow> rows = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Ranking.Ranked r = ranked.get(i);
            Allocation.Grant g = allocation.grants().get(i);
            rows.add(new AllocationRow(g.proposalId(), null, null, null, null, null, r.candidate().requested(),
                    g.rank(), r.total(), r.candidate().priority(), g.limit(), g.recommended(), g.amount(), null,
                    null, null));
        }
        return new Outcome(ranked, allocation, rows);
    }

    /** What {@link #rankAndAllocate} computed: the ranking, the allocation and the lines to store. */
    record Outcome(List<Ranking.Ranked> ranked, Allocation allocation, List<AllocationRow> rows) {
    }

    /** The committee's change of one amount, with its reason: within the proposal's limit and the pool. */
    @Transactional
    public RoundAllocation adjust(CurrentUser user, UUID roundId, UUID proposalId, BigDecimal amount, String reason) {
        rounds.managed(user, roundId);
        // round first, then programme: the order ranking takes them in, so the two never deadlock
        Round round = rounds.getHeld(user, roundId);
        programmes.lockForAllocation(round.programmeId());
        RoundStatus.WORK.require(round.status(), RoundWork.ADJUST_ALLOCATION);
        BigDecimal available = available(round);
        List<AllocationRow> rows = reviews.allocation(roundId);
        Allocation current = Allocation.of(rows.stream().map(r -> new Allocation.Grant(r.proposalId(), r.rank(),
                r.limit(), r.recommended(), r.amount())).toList(), available);
        AllocationRow before = rows.stream().filter(r -> r.proposalId().equals(proposalId)).findFirst()
                .orElseThrow(() -> new ConflictException("not-ranked"));
        try {
            current.adjust(proposalId, amount);
        } catch (Allocation.AllocationRefused refused) {
            if (refused.reason() == Allocation.AllocationRefused.Reason.INVALID_AMOUNT) {
                throw new FieldProblemException("amount", "Allocation.amount");
            }
            throw new ConflictException("allocation-refused", before.limit(), available);
        }
        reviews.adjust(roundId, proposalId, amount.setScale(2), reason.strip(), user.username(), Instant.now(clock));
        audit.record(user, "round.allocation-adjusted", RoundService.SUBJECT, roundId, round.jurisdictionCode(),
                Map.of("proposalId", proposalId, "amount", before.amount()),
                Map.of("proposalId", proposalId, "amount", amount.setScale(2), "reason", reason.strip()));
        return allocation(user, roundId);
    }

    /**
     * The ranking and allocation: to those who run the round at any time, and to everyone who sees the round once it
     * is published for public notice (公示 is public).
     */
    @ReadOnly
    public RoundAllocation allocation(CurrentUser user, UUID roundId) {
        Round round = rounds.get(user, roundId);
        if (!PUBLIC.contains(round.status())) {
            rounds.managedForReading(user, roundId);
        }
        List<AllocationRow> rows = reviews.allocation(roundId);
        BigDecimal total = rows.stream().map(AllocationRow::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return new RoundAllocation(roundId, round.status(), reviews.pool(round.programmeId()),
                reviews.committedByOtherRounds(round.programmeId(), roundId), available(round), total,
                round.partialLastGrant(), rows);
    }

    /** What the round may allocate: the programme's pool less what its other rounds (not cancelled) committed. */
    private BigDecimal available(Round round) {
        BigDecimal left = reviews.pool(round.programmeId())
                .subtract(reviews.committedByOtherRounds(round.programmeId(), round.id()));
        return left.signum() < 0 ? BigDecimal.ZERO.setScale(2) : left;
    }

    private Set<UUID> prioritized(Round round, List<Proposal.Ranked> passed) {
        Set<UUID> organizations = new java.util.HashSet<>();
        List<UUID> applicants = passed.stream().map(Proposal.Ranked::organizationId).distinct().toList();
        if (applicants.isEmpty()) {
            return organizations;
        }
        if (round.priorityMinStars() != null) {
            standings.latestStars(applicants).forEach((organization, stars) -> {
                if (stars >= round.priorityMinStars()) {
                    organizations.add(organization);
                }
            });
        }
        if (round.priorityGraduates()) {
            // each organization asked of the incubation holding its place (a street node's, once it joined)
            Map<UUID, Jurisdiction> places = new java.util.LinkedHashMap<>();
            passed.forEach(p -> places.putIfAbsent(p.organizationId(), Jurisdiction.of(p.jurisdictionCode())));
            organizations.addAll(standings.graduated(places));
        }
        return organizations;
    }

    /** A round's ranking and allocation with the pool it was made from. */
    public record RoundAllocation(UUID roundId, RoundStatus status, BigDecimal pool, BigDecimal committedByOtherRounds,
            BigDecimal available, BigDecimal total, boolean partialLastGrant, List<AllocationRow> lines) {
    }
}
