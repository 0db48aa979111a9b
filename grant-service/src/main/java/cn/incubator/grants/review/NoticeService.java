package cn.incubator.grants.review;

import cn.incubator.grants.award.AwardDecision;
import cn.incubator.grants.round.ProposalService;
import cn.incubator.grants.round.Round;
import cn.incubator.grants.round.RoundAction;
import cn.incubator.grants.round.RoundService;
import cn.incubator.grants.round.RoundStatus;
import cn.incubator.platform.audit.AuditTrail;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.problem.ConflictException;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.sql.ReadOnly;
import cn.incubator.platform.transition.RuleViolationException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public notice (公示): objections (异议) lodged while the result is on notice and resolved with an outcome, and the
 * finalization once the notice period is over and no objection is open. Finalizing publishes the round's
 * {@link AwardDecision} in the same transaction, so the award module makes the awards with it or not at all.
 */
@Service
public class NoticeService {

    private final ReviewRepository reviews;
    private final RoundService rounds;
    private final ProposalService proposals;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    NoticeService(ReviewRepository reviews, RoundService rounds, ProposalService proposals,
            ApplicationEventPublisher events, AuditTrail audit, Clock clock) {
        this.reviews = reviews;
        this.rounds = rounds;
        this.proposals = proposals;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** How a refusal names the end of the notice: China time, to the minute. */
    private static final java.time.format.DateTimeFormatter NOTICE_END =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private static Map<String, Object> summary(Objection objection) {
        Map<String, Object> summary = new java.util.LinkedHashMap<>();
        summary.put("id", objection.id());
        summary.put("objector", objection.objector());
        summary.put("lodgedAt", objection.lodgedAt());
        if (objection.proposalId() != null) {
            summary.put("proposalId", objection.proposalId());
        }
        return summary;
    }

    /**
     * Records an objection while the round is on notice (until it is finalized: an objection that arrives on the
     * last day is still heard). An organization may object for itself; officers record objections received by
     * letter or phone.
     */
    @Transactional
    public Objection lodge(CurrentUser user, UUID roundId, UUID proposalId, String objector, String content) {
        Round round = rounds.get(user, roundId);
        if (round.status() != RoundStatus.PUBLIC_NOTICE) {
            throw new ConflictException("notice-closed", round.status());
        }
        if (proposalId != null && !proposals.get(user, proposalId).roundId().equals(roundId)) {
            throw new NotFoundException(ProposalService.SUBJECT, proposalId);
        }
        Objection objection = new Objection(UUID.randomUUID(), roundId, proposalId, objector.strip(), content.strip(),
                user.username(), Instant.now(clock), Objection.Status.OPEN, null, null, null);
        reviews.insertObjection(objection);
        audit.record(user, "round.objection-lodged", RoundService.SUBJECT, roundId, round.jurisdictionCode(), null,
                objection);
        return objection;
    }

    /**
     * Resolves an objection. An upheld objection against a proposal may withdraw its funding (amount 0, with the
     * resolution as the reason); the money stays in the pool.
     */
    @Transactional
    public Objection resolve(CurrentUser user, UUID roundId, UUID objectionId, Objection.Status outcome,
            String resolution, boolean withdrawFunding) {
        Round round = rounds.managed(user, roundId);
        Objection before = reviews.objection(objectionId).filter(o -> o.roundId().equals(roundId))
                .orElseThrow(() -> new NotFoundException("objection", objectionId));
        if (round.status() != RoundStatus.PUBLIC_NOTICE) {
            throw new ConflictException("notice-closed", round.status());
        }
        if (before.status() != Objection.Status.OPEN) {
            throw new ConflictException("objection-resolved");
        }
        if (outcome == Objection.Status.OPEN) {
            throw new cn.incubator.platform.problem.FieldProblemException("outcome", "Objection.outcome");
        }
        Objection after = new Objection(before.id(), roundId, before.proposalId(), before.objector(), before.content(),
                before.recordedBy(), before.lodgedAt(), outcome, resolution.strip(), user.username(),
                Instant.now(clock));
        reviews.resolveObjection(after);
        if (outcome == Objection.Status.UPHELD && withdrawFunding && before.proposalId() != null) {
            reviews.adjust(roundId, before.proposalId(), java.math.BigDecimal.ZERO.setScale(2), resolution.strip(),
                    user.username(), Instant.now(clock));
        }
        audit.record(user, "round.objection-resolved", RoundService.SUBJECT, roundId, round.jurisdictionCode(), before,
                Map.of("objection", after, "fundingWithdrawn", outcome == Objection.Status.UPHELD && withdrawFunding));
        return after;
    }

    @ReadOnly
    public List<Objection> objections(CurrentUser user, UUID roundId) {
        rounds.managedForReading(user, roundId);
        return reviews.objections(roundId);
    }

    /**
     * Makes the allocation final after the notice period ({@link Round#noticeOverAt}), with no objection open, and
     * hands it to the awards. A refusal says until when the notice runs ({@code notice-not-over}, with
     * {@code noticeEndsAt}) or which objections are open ({@code objections-open}, with {@code openObjections}).
     */
    @Transactional
    public Round finalizeRound(CurrentUser user, UUID roundId) {
        return rounds.advance(user, roundId, RoundAction.FINALIZE, round -> {
            Instant now = Instant.now(clock);
            if (!round.noticeOverAt(now)) {
                Instant ends = round.noticeEndsAt();
                throw new RuleViolationException("notice-not-over", new Object[] {ends == null ? "—"
                        : NOTICE_END.format(ends.atZone(Round.CHINA))},
                        ends == null ? Map.of() : Map.of("noticeEndsAt", ends));
            }
            List<Objection> open = reviews.objections(roundId).stream()
                    .filter(o -> o.status() == Objection.Status.OPEN).toList();
            if (!open.isEmpty()) {
                throw new RuleViolationException("objections-open", new Object[] {open.size(),
                        String.join(", ", open.stream().map(Objection::objector).toList())},
                        Map.of("openObjections", open.stream().map(NoticeService::summary).toList()));
            }
            List<AwardDecision.Line> lines = reviews.allocation(roundId).stream()
                    .filter(row -> row.amount().signum() > 0)
                    .map(row -> new AwardDecision.Line(row.proposalId(), row.organizationId(), row.organizationName(),
                            row.jurisdictionCode(), row.title(), row.planCode(), row.amount()))
                    .toList();
            events.publishEvent(new AwardDecision(round.programmeId(), roundId, user.username(), lines));
            audit.record(user, "round.award-decision", RoundService.SUBJECT, roundId, round.jurisdictionCode(), null,
                    Map.of("funded", lines.size(), "total", lines.stream().map(AwardDecision.Line::amount)
                            .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)));
            return round;
        });
    }
}
