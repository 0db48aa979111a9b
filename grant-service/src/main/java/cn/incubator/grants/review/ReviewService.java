package cn.incubator.grants.review;

import cn.incubator.grants.remote.Registry;
import cn.incubator.grants.round.GrantEvents;
import cn.incubator.grants.round.Proposal;
import cn.incubator.grants.round.ProposalAccess;
import cn.incubator.grants.round.ProposalService;
import cn.incubator.grants.round.ProposalStatus;
import cn.incubator.grants.round.Round;
import cn.incubator.grants.round.RoundService;
import cn.incubator.grants.round.RoundStatus;
import cn.incubator.grants.round.RoundWork;
import cn.incubator.grants.round.RubricCriterion;
import cn.incubator.platform.audit.AuditTrail;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.problem.ConflictException;
import cn.incubator.platform.problem.FieldProblemException;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.problem.ProblemException;
import cn.incubator.platform.sql.ReadOnly;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Initial review (初审) and expert review (专家评审): screening decisions on computed checks, the panel from the
 * talent pool, conflicts of interest (affiliation with the applicant, or declared) enforced on every score, and score
 * sheets per criterion of the round's rubric.
 */
@Service
public class ReviewService {


    private final ReviewRepository reviews;
    private final RoundService rounds;
    private final ProposalService proposals;
    private final Registry registry;
    private final AuditTrail audit;
    private final Clock clock;
    private final GrantEvents events;

    ReviewService(ReviewRepository reviews, RoundService rounds, ProposalService proposals,
            Registry registry, AuditTrail audit, Clock clock, GrantEvents events) {
        this.events = events;
        this.reviews = reviews;
        this.rounds = rounds;
        this.proposals = proposals;
        this.registry = registry;
        this.audit = audit;
        this.clock = clock;
    }

    /** The computed checks of initial review, for the officer to confirm. */
    @ReadOnly
    public List<String> screeningChecks(CurrentUser user, UUID proposalId) {
        Proposal proposal = proposals.get(user, proposalId);
        return Screening.checks(rounds.get(user, proposal.roundId()), proposal);
    }

    /**
     * Passes or fails a proposal at initial review. A proposal failing a computed check cannot pass; a failure keeps
     * the computed reasons and the officer's own.
     */
    @Transactional
    public Proposal screen(CurrentUser user, UUID proposalId, boolean passed, List<String> reasons, String comment) {
        Proposal proposal = proposals.get(user, proposalId);
        rounds.managed(user, proposal.roundId());
        Round round = rounds.getHeld(user, proposal.roundId());
        if (round.status() != RoundStatus.INITIAL_REVIEW) {
            throw new ConflictException("initial-review-closed", round.status());
        }
        List<String> computed = Screening.checks(round, proposal);
        if (passed && !computed.isEmpty()) {
            throw new ConflictException("ineligible", String.join(", ", computed));
        }
        Set<String> all = new LinkedHashSet<>(computed);
        if (reasons != null) {
            reasons.stream().map(String::strip).filter(r -> !r.isEmpty()).forEach(all::add);
        }
        if (!passed && all.isEmpty()) {
            throw new FieldProblemException("reasons", "InitialReview.reasons.required");
        }
        return proposals.recordScreening(user, proposalId, passed, passed ? List.of() : List.copyOf(all), comment);
    }

    /** Seats an expert of the talent pool on the round's panel (idempotent). */
    @Transactional
    public PanelMember addExpert(CurrentUser user, UUID roundId, String talentId) {
        Round round = rounds.managed(user, roundId);
        RoundStatus.WORK.require(round.status(), RoundWork.ADD_EXPERT);
        Registry.PoolPerson person = registry.people(List.of(talentId)).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("talent", talentId));
        if (!"EXPERT".equals(person.kind())) {
            throw new ConflictException("not-an-expert", person.name());
        }
        PanelMember member = new PanelMember(person.id(), person.name(), person.username(),
                person.affiliatedOrganizationIds(), user.username(), Instant.now(clock));
        if (reviews.addMember(roundId, member)) {
            audit.record(user, "round.expert-added", RoundService.SUBJECT, roundId, round.jurisdictionCode(), null,
                    member);
            events.expertAssigned(round, member.talentId(), member.name(), member.username(), member.addedAt());
        }
        return reviews.member(roundId, person.id()).orElseThrow();
    }

    /**
     * The committee's decision to rank without a named panel expert (免评), with its reason on the round's timeline:
     * during expert review; the expert's sheets are then neither required nor counted at ranking.
     */
    @Transactional
    public PanelMember excuse(CurrentUser user, UUID roundId, String talentId, String reason) {
        rounds.managed(user, roundId);
        Round round = rounds.getHeld(user, roundId);
        RoundStatus.WORK.require(round.status(), RoundWork.EXCUSE_EXPERT);
        PanelMember member = reviews.member(roundId, talentId)
                .orElseThrow(() -> new ConflictException("not-on-panel"));
        if (reviews.excuse(roundId, talentId, reason.strip(), user.username(), Instant.now(clock))) {
            audit.record(user, "round.expert-excused", RoundService.SUBJECT, roundId, round.jurisdictionCode(), null,
                    Map.of("talentId", talentId, "expert", member.name(), "reason", reason.strip()));
        }
        return reviews.member(roundId, talentId).orElseThrow();
    }

    @ReadOnly
    public List<PanelMember> panel(CurrentUser user, UUID roundId) {
        rounds.managedForReading(user, roundId);
        return reviews.panel(roundId);
    }

    /**
     * Records a conflict of interest (利益冲突回避): by the expert for themselves, or by an officer for a panel member.
     * Any scores the expert already gave the proposal are withdrawn with it.
     */
    @Transactional
    public void declareConflict(CurrentUser user, UUID proposalId, String talentId, String reason) {
        Proposal proposal = proposals.get(user, proposalId);
        Round round = rounds.getHeld(user, proposal.roundId());
        PanelMember member = seat(user, round, talentId).member();
        if (round.status() != RoundStatus.INITIAL_REVIEW && round.status() != RoundStatus.EXPERT_REVIEW) {
            throw new ConflictException("expert-review-closed", round.status());
        }
        if (reviews.declareConflict(proposalId, member.talentId(), reason.strip(), user.username(),
                Instant.now(clock))) {
            reviews.deleteSheet(proposalId, member.talentId());
            audit.record(user, "proposal.conflict-declared", ProposalService.SUBJECT, proposalId,
                    proposal.jurisdictionCode(), null, Map.of("talentId", member.talentId(), "reason", reason.strip()));
        }
    }

    /**
     * Records (or replaces) an expert's score sheet: every criterion of the rubric, each between 0 and its maximum.
     * An expert scores only as themselves (a sheet naming another expert: 403); an officer who runs the round may
     * enter a panel member's paper sheet, which the sheet ({@code enteredBy}) and the timeline record as such. An
     * expert affiliated with the applicant, or who declared a conflict, is refused (409).
     */
    @Transactional
    public ScoreSheet score(CurrentUser user, UUID proposalId, String talentId, Map<String, BigDecimal> scores,
            Map<String, String> comments) {
        Proposal proposal = proposalToScore(user, proposalId);
        Round round = rounds.getHeld(user, proposal.roundId());
        Seat seat = seat(user, round, talentId);
        PanelMember member = seat.member();
        if (round.status() != RoundStatus.EXPERT_REVIEW) {
            throw new ConflictException("expert-review-closed", round.status());
        }
        if (proposal.status() != ProposalStatus.PASSED) {
            throw new ConflictException("not-reviewable", proposal.status());
        }
        if (member.affiliatedOrganizations().contains(proposal.organizationId())) {
            throw new ConflictException("conflict-of-interest", "AFFILIATED");
        }
        if (reviews.conflictDeclared(proposalId, member.talentId())) {
            throw new ConflictException("conflict-of-interest", "DECLARED");
        }
        checkSheet(round, scores);
        Map<String, String> kept = comments == null ? Map.of() : comments;
        boolean paper = seat.authorship() == SheetAuthorship.PAPER_SHEET;
        reviews.replaceSheet(proposalId, member.talentId(), scores, kept, user.username(), Instant.now(clock),
                paper ? user.username() : null);
        ScoreSheet sheet = reviews.sheets(proposalId, member.talentId()).get(0);
        audit.record(user, paper ? "proposal.paper-sheet-entered" : "proposal.scored", ProposalService.SUBJECT,
                proposalId, proposal.jurisdictionCode(), null, paper
                        ? Map.of("expert", member.name(), "talentId", member.talentId(), "enteredBy", user.username(),
                                "sheet", sheet)
                        : sheet);
        return sheet;
    }

    /** Score sheets of a proposal: all of them for an officer, only their own for an expert. */
    @ReadOnly
    public List<ScoreSheet> sheets(CurrentUser user, UUID proposalId) {
        Proposal proposal = proposals.get(user, proposalId);
        if (ProposalAccess.expertOnly(user)) {
            PanelMember me = reviews.memberByUsername(proposal.roundId(), user.username())
                    .orElseThrow(() -> new NotFoundException(ProposalService.SUBJECT, proposalId));
            return reviews.sheets(proposalId, me.talentId());
        }
        rounds.managedForReading(user, proposal.roundId());
        return reviews.sheets(proposalId, null);
    }

    /**
     * The proposal an expert means to score: found on the panel's rounds without hiding conflicts, so that a
     * conflicted expert hears "conflict of interest" (409) rather than "not found".
     */
    private Proposal proposalToScore(CurrentUser user, UUID proposalId) {
        if (!ProposalAccess.expertOnly(user)) {
            return proposals.get(user, proposalId);
        }
        return proposals.getForPanel(user, proposalId);
    }

    /**
     * The panel seat a sheet (or a conflict declaration) is written for, by {@link SheetAuthorship}: an expert only
     * their own (naming another expert is 403 {@code score-as-self}); an officer who runs the round a named panel
     * member's (a paper sheet).
     */
    private Seat seat(CurrentUser user, Round round, String talentId) {
        boolean expertOnly = ProposalAccess.expertOnly(user);
        Optional<PanelMember> own = expertOnly ? reviews.memberByUsername(round.id(), user.username())
                : Optional.empty();
        SheetAuthorship authorship = SheetAuthorship.of(expertOnly, own.map(PanelMember::talentId).orElse(null),
                ProposalAccess.manages(user), talentId);
        return switch (authorship) {
            case ANOTHER_EXPERT -> throw new ProblemException(HttpStatus.FORBIDDEN, "score-as-self", talentId);
            case NOT_PERMITTED -> throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden");
            case EXPERT_UNNAMED -> throw new FieldProblemException("talentId", "Review.talentId.required");
            case OWN_SHEET -> new Seat(own.orElseThrow(() -> new ConflictException("not-on-panel")), authorship);
            case PAPER_SHEET -> {
                rounds.managed(user, round.id());
                yield new Seat(reviews.member(round.id(), talentId)
                        .orElseThrow(() -> new ConflictException("not-on-panel")), authorship);
            }
        };
    }

    /** A panel member and how the caller writes for them. */
    private record Seat(PanelMember member, SheetAuthorship authorship) {
    }

    private static void checkSheet(Round round, Map<String, BigDecimal> scores) {
        List<FieldProblemException.FieldProblem> problems = new ArrayList<>();
        for (String code : scores.keySet()) {
            if (round.criterion(code).isEmpty()) {
                problems.add(new FieldProblemException.FieldProblem("scores." + code, "Score.criterion.unknown", code));
            }
        }
        for (RubricCriterion criterion : round.rubric()) {
            BigDecimal score = scores.get(criterion.code());
            if (score == null) {
                problems.add(new FieldProblemException.FieldProblem("scores." + criterion.code(),
                        "Score.criterion.missing", criterion.name()));
            } else if (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(criterion.maxScore())) > 0
                    || score.scale() > 2) {
                problems.add(new FieldProblemException.FieldProblem("scores." + criterion.code(), "Score.outOfRange",
                        criterion.maxScore()));
            }
        }
        if (!problems.isEmpty()) {
            throw new FieldProblemException(problems);
        }
    }
}
