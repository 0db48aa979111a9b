package cn.incubator.grants.round;

import cn.incubator.grants.programme.Programme;
import cn.incubator.grants.programme.ProgrammeService;
import cn.incubator.platform.audit.AuditEntry;
import cn.incubator.platform.audit.AuditTrail;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.problem.ConflictException;
import cn.incubator.platform.problem.FieldProblemException;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.scope.DataScopes;
import cn.incubator.platform.scope.ScopeFilter;
import cn.incubator.platform.sql.ReadOnly;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Rounds of a programme: the call, its lifecycle and settings; every change on the round's timeline. */
@Service
@EnableConfigurationProperties(NoticeMinimums.class)
public class RoundService {

    public static final String SUBJECT = "grant-round";

    /** Actions with their own endpoint and rules (ranking, finalization): not through {@link #act}. */
    private static final Set<RoundAction> DEDICATED = Set.of(RoundAction.RANK, RoundAction.FINALIZE);

    /** The notice period of a round that does not say. */
    static final int DEFAULT_NOTICE_DAYS = 7;

    private final RoundRepository rounds;
    private final ProposalRepository proposals;
    private final ProgrammeService programmes;
    private final DataScopes scopes;
    private final AuditTrail audit;
    private final Clock clock;
    private final NoticeMinimums notice;
    private final GrantEvents events;

    RoundService(RoundRepository rounds, ProposalRepository proposals, ProgrammeService programmes, DataScopes scopes,
            AuditTrail audit, Clock clock, NoticeMinimums notice, GrantEvents events) {
        this.notice = notice;
        this.events = events;
        this.rounds = rounds;
        this.proposals = proposals;
        this.programmes = programmes;
        this.scopes = scopes;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Round create(CurrentUser user, UUID programmeId, NewRound request) {
        Programme programme = programmes.writable(user, programmeId);
        Jurisdiction programmeJurisdiction = Jurisdiction.of(programme.jurisdictionCode());
        String eligible = request.eligibleJurisdiction() == null ? programme.jurisdictionCode()
                : request.eligibleJurisdiction();
        if (!programmeJurisdiction.contains(Jurisdiction.of(eligible))) {
            throw new FieldProblemException("eligibleJurisdiction", "Round.eligibleJurisdiction.outside",
                    programme.jurisdictionCode());
        }
        if (request.closesOn().isBefore(request.opensOn())) {
            throw new FieldProblemException("closesOn", "Round.closesOn.beforeOpening");
        }
        int minimumNotice = notice.minimumFor(programme.kind());
        int noticeDays = request.noticeDays() == null ? Math.max(DEFAULT_NOTICE_DAYS, minimumNotice)
                : request.noticeDays();
        if (noticeDays < minimumNotice) {
            throw new FieldProblemException("noticeDays", "Round.noticeDays.minimum", minimumNotice,
                    programme.kind());
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < request.rubric().size(); i++) {
            if (!codes.add(request.rubric().get(i).code())) {
                throw new FieldProblemException("rubric[" + i + "].code", "Round.rubric.duplicate");
            }
        }
        Round round = new Round(UUID.randomUUID(), programmeId, programme.kind(), programme.jurisdictionCode(),
                request.title().strip(), RoundStatus.DRAFT, request.priorityAreas(),
                new EligibilityRules(request.allowedLegalForms(), request.minimumMaturity(), eligible),
                request.opensOn(), request.closesOn(), request.graceDays(), request.awardCap(),
                request.partialLastGrant(), noticeDays, request.priorityMinStars(),
                request.priorityGraduates(), request.priorityBonus(), request.rubric(), null, null, null,
                user.username(), Instant.now(clock));
        rounds.insert(round);
        audit.record(user, "round.created", SUBJECT, round.id(), round.jurisdictionCode(), null, round);
        return round;
    }

    @ReadOnly
    public Round get(CurrentUser user, UUID id) {
        return rounds.find(id, visible(user))
                .orElseThrow(() -> new NotFoundException(SUBJECT, id));
    }

    /**
     * A round the caller means to change: 404 when they cannot see it, 403 when they see it (a published call of a
     * tier above them) but do not run it.
     */
    @ReadOnly
    public Round managed(CurrentUser user, UUID id) {
        Round round = get(user, id);
        scopes.of(user).requireWritable(Jurisdiction.of(round.jurisdictionCode()), null);
        programmes.writable(user, round.programmeId());
        return round;
    }

    /** A round the caller reads as one who runs it (panel, scores, objections); 404 for anyone else. */
    @ReadOnly
    public Round managedForReading(CurrentUser user, UUID id) {
        Round round = get(user, id);
        if (!ProposalAccess.manages(user)
                || !scopes.of(user).covers(Jurisdiction.of(round.jurisdictionCode()), null)) {
            throw new NotFoundException(SUBJECT, id);
        }
        return round;
    }

    @ReadOnly
    public Page<Round> search(CurrentUser user, UUID programmeId, RoundStatus status, PageRequest page) {
        return rounds.search(programmeId, status, visible(user), page);
    }

    /**
     * The published rounds of a programme, for a reader whose right to it was established otherwise (a partner that
     * co-funds it: see {@code PartnerReads}); drafts stay with those who run rounds.
     */
    @ReadOnly
    public Page<Round> publishedRoundsOf(UUID programmeId, PageRequest page) {
        return rounds.search(programmeId, null, new ScopeFilter("r.status <> 'DRAFT'", Map.of()), page);
    }

    @ReadOnly
    public Page<AuditEntry> timeline(CurrentUser user, UUID id, PageRequest page) {
        get(user, id);
        return audit.timeline(SUBJECT, id, page);
    }

    /**
     * The round as it stands, held in that status until the caller's transaction ends: work that depends on the
     * status (submitting, screening, scoring) never races a transition (closing, ranking).
     */
    @Transactional
    public Round getHeld(CurrentUser user, UUID id) {
        get(user, id);
        rounds.lockShared(id);
        return get(user, id);
    }

    /** The minimum public notice of a round of {@code kind} (what a new round's {@code noticeDays} may not go below). */
    public int minimumNoticeDays(cn.incubator.grants.programme.ProgrammeKind kind) {
        return notice.minimumFor(kind);
    }

    /** {@link #act(CurrentUser, UUID, RoundAction, String)} without a reason. */
    @Transactional
    public Round act(CurrentUser user, UUID id, RoundAction action) {
        return act(user, id, action, null);
    }

    /**
     * Publishes, closes, moves to a review stage, returns a ranked round to expert review, opens the public notice or
     * cancels. Closing before the published closing date and returning to expert review need a {@code reason}, which
     * goes on the round's timeline; a close before the date also puts a notice on every draft's timeline.
     */
    @Transactional
    public Round act(CurrentUser user, UUID id, RoundAction action, String reason) {
        if (DEDICATED.contains(action)) {
            throw new FieldProblemException("action", "Round.action.dedicated", action);
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        Instant now = Instant.now(clock);
        Round after = advance(user, id, action, round -> switch (action) {
            case CLOSE -> {
                if (round.closesEarlyAt(now)) {
                    closeEarly(user, round, why);
                }
                yield round;
            }
            case REOPEN_REVIEW -> {
                if (why == null) {
                    throw new FieldProblemException("reason", "Round.reopen.reasonRequired");
                }
                audit.record(user, "round.review-reopened", SUBJECT, id, round.jurisdictionCode(), null,
                        Map.of("reason", why));
                yield round;
            }
            case PUBLISH -> {
                if (round.kind().needsPlan() && programmes.get(user, round.programmeId()).plans().isEmpty()) {
                    throw new ConflictException("plans-missing");
                }
                yield round;
            }
            case START_EXPERT_REVIEW -> {
                long unscreened = proposals.count(id, ProposalStatus.SUBMITTED);
                if (unscreened > 0) {
                    throw new ConflictException("screening-incomplete", unscreened);
                }
                yield round;
            }
            case PUBLISH_NOTICE -> round.with(round.status(), now, now.plus(Duration.ofDays(round.noticeDays())), null);
            default -> round;
        });
        // Organizations of the place (and its officers) are told through the registry's notices (站内信).
        if (action == RoundAction.PUBLISH) {
            events.callOpened(after, now);
        } else if (action == RoundAction.CLOSE) {
            events.callClosed(after, after.closesEarlyAt(now), why, now);
        }
        return after;
    }

    /**
     * A close before the published date (提前截止): refused without a reason; the reason goes on the round's timeline
     * and a notice on the timeline of every draft, which its applicant reads (the service has no other channel to
     * applicants: it publishes no events).
     */
    private void closeEarly(CurrentUser user, Round round, String reason) {
        if (reason == null) {
            throw new FieldProblemException("reason", "Round.close.reasonRequired", round.closesOn());
        }
        List<Proposal> drafts = proposals.drafts(round.id());
        audit.record(user, "round.closed-early", SUBJECT, round.id(), round.jurisdictionCode(), null,
                Map.of("reason", reason, "closesOn", round.closesOn(), "draftsNotified", drafts.size()));
        for (Proposal draft : drafts) {
            audit.record(user, "proposal.round-closed-early", ProposalService.SUBJECT, draft.id(),
                    draft.jurisdictionCode(), null, Map.of("roundId", round.id(), "closesOn", round.closesOn(),
                            "reason", reason, "organizationId", draft.organizationId()));
        }
    }

    /**
     * Moves a round by one action under a lock on its row: the caller must be able to manage its programme, the
     * action must be allowed in the round's status, and {@code effect} (run in the same transaction, before the
     * status is written) may refuse or carry the action's own changes. Ranking and finalization use it too.
     */
    @Transactional
    public Round advance(CurrentUser user, UUID id, RoundAction action, UnaryOperator<Round> effect) {
        managed(user, id);
        rounds.lock(id);
        Round before = get(user, id);
        RoundStatus next = before.status().after(action);
        Round after = effect.apply(before).withStatus(next);
        if (action == RoundAction.FINALIZE) {
            after = after.with(next, after.noticeStartsAt(), after.noticeEndsAt(), Instant.now(clock));
        }
        rounds.updateStatus(after);
        audit.record(user, "round." + action.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), SUBJECT, id,
                after.jurisdictionCode(), before.status(), after.status());
        return after;
    }

    /**
     * What a new round needs; priorities and caps are optional, and {@code noticeDays} left out is a week (or the
     * kind's minimum, when that is longer).
     */
    public record NewRound(String title, List<String> priorityAreas, Set<String> allowedLegalForms,
            String minimumMaturity, String eligibleJurisdiction, LocalDate opensOn, LocalDate closesOn, int graceDays,
            BigDecimal awardCap, boolean partialLastGrant, Integer noticeDays, Integer priorityMinStars,
            boolean priorityGraduates, BigDecimal priorityBonus, List<RubricCriterion> rubric) {
    }

    /** The rounds a caller sees; an expert only those whose panel they sit on (what their assignments need). */
    private ScopeFilter visible(CurrentUser user) {
        ScopeFilter visible = RoundRepository.visible(scopes.of(user), ProposalAccess.manages(user));
        return ProposalAccess.expertOnly(user) ? ProposalAccess.seatedOn(user, visible) : visible;
    }
}
