package cn.incubator.grants.award;

import cn.incubator.grants.round.GrantEvents;
import cn.incubator.grants.webhook.PartnerNotifications;
import cn.incubator.platform.audit.AuditEntry;
import cn.incubator.platform.audit.AuditTrail;
import cn.incubator.platform.change.GuardedChanges;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.problem.ConflictException;
import cn.incubator.platform.problem.FieldProblemException;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.scope.DataScopes;
import cn.incubator.platform.sql.ReadOnly;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Awards from a round's final decision to closing: agreement and schedule, reports, release and payment of tranches,
 * every step under the caller's data scope and on the award's timeline.
 */
@Service
public class AwardService {

    /** Subject type of the award timeline, which carries its tranches, reports and payments too. */
    public static final String SUBJECT = "award";

    private final AwardRepository awards;
    private final DataScopes scopes;
    private final AuditTrail audit;
    private final Clock clock;
    private final PartnerNotifications partners;
    private final TrackingRepository tracking;
    private final GuardedChanges changes;
    private final GuardedChanges.Target<Award> target;
    private final GrantEvents events;

    AwardService(AwardRepository awards, DataScopes scopes, AuditTrail audit, Clock clock,
            PartnerNotifications partners, TrackingRepository tracking, GuardedChanges changes, GrantEvents events) {
        this.events = events;
        this.tracking = tracking;
        this.changes = changes;
        this.target = GuardedChanges.target(SUBJECT, (id, scope) -> awards.findForUpdate((UUID) id, scope),
                award -> Jurisdiction.of(award.jurisdictionCode()), Award::organizationId, awards::update,
                AwardView::of);
        this.awards = awards;
        this.scopes = scopes;
        this.audit = audit;
        this.clock = clock;
        this.partners = partners;
    }

    /**
     * Makes one award per funded proposal, in the transaction that makes the round's decision final (a synchronous
     * listener, not after commit): a refusal here (the pool would be exceeded) undoes the decision too. A decision
     * delivered again makes no second award.
     */
    @EventListener
    @Transactional
    public void on(AwardDecision decision) {
        AwardRepository.Programme programme = awards.lockProgramme(decision.programmeId())
                .orElseThrow(() -> new IllegalStateException("Unknown programme " + decision.programmeId()));
        ProgrammeLedger ledger = awards.ledger(programme.id());
        Instant now = now();
        for (AwardDecision.Line line : decision.lines()) {
            Award award = new Award(UUID.randomUUID(), programme.id(), decision.roundId(), line.proposalId(),
                    line.organizationId(), line.organizationName(), Jurisdiction.of(line.jurisdictionCode()).code(),
                    line.projectTitle(), line.planCode(), Yuan.of(line.amount()), AwardStatus.AWARDED, null, null,
                    decision.decidedBy(), now, now);
            ProgrammeLedger after = ledger.commit(award.amount());
            if (awards.insertIfAbsent(award)) {
                ledger = after;
                audit.record(decision.decidedBy(), "award.made", SUBJECT, award.id(), award.jurisdictionCode(),
                        null, AwardView.of(award));
                partners.notify(programme.id(), "award.made", Map.of("awardId", award.id(),
                        "programmeId", programme.id(), "organizationName", award.organizationName(),
                        "projectTitle", award.projectTitle(), "amount", award.amount()));
            }
        }
    }

    @ReadOnly
    public Award get(CurrentUser user, UUID id) {
        return awards.find(id, scopes.of(user)).orElseThrow(() -> new NotFoundException(SUBJECT, id));
    }

    @ReadOnly
    public Page<Award> list(CurrentUser user, UUID programmeId, PageRequest page) {
        return awards.list(programmeId, scopes.of(user), page);
    }

    @ReadOnly
    public List<Tranche> tranches(CurrentUser user, UUID id) {
        return awards.tranches(get(user, id).id());
    }

    @ReadOnly
    public List<Report> reports(CurrentUser user, UUID id) {
        return awards.reports(get(user, id).id());
    }

    @ReadOnly
    public List<Payment> payments(CurrentUser user, UUID id) {
        return awards.payments(get(user, id).id());
    }

    @ReadOnly
    public Page<AuditEntry> timeline(CurrentUser user, UUID id, PageRequest page) {
        return audit.timeline(SUBJECT, get(user, id).id(), page);
    }

    /** The ledger of a programme in the caller's scope. */
    @ReadOnly
    public ProgrammeLedger ledger(CurrentUser user, UUID programmeId) {
        AwardRepository.Programme programme = awards.programme(programmeId, scopes.of(user))
                .orElseThrow(() -> new NotFoundException("programme", programmeId));
        return awards.ledger(programme.id());
    }

    /**
     * 签订协议: the agreement, the dates its reports are due and its disbursement schedule; the first tranche becomes
     * releasable at once. Every broken rule of the dates and the schedule is answered at once, field by field.
     */
    @Transactional
    public Award signAgreement(CurrentUser user, UUID id, Award.Agreement agreement,
            List<DisbursementSchedule.Planned> planned) {
        Award award = lockWritable(user, id);
        List<FieldProblemException.FieldProblem> problems = new ArrayList<>(dueDateProblems(agreement, planned));
        DisbursementSchedule schedule = null;
        try {
            schedule = DisbursementSchedule.of(planned, award.amount());
        } catch (DisbursementSchedule.Invalid e) {
            problems.add(new FieldProblemException.FieldProblem("tranches", e.code(),
                    award.amount().toPlainString()));
        }
        if (!problems.isEmpty()) {
            throw new FieldProblemException(problems);
        }
        Award signed = award.signed(agreement, now());
        awards.update(signed);
        List<Tranche> tranches = new ArrayList<>();
        for (int i = 0; i < schedule.tranches().size(); i++) {
            DisbursementSchedule.Planned tranche = schedule.tranches().get(i);
            tranches.add(new Tranche(UUID.randomUUID(), id, i + 1, tranche.amount(), tranche.dependsOn(),
                    i == 0 ? TrancheStatus.SCHEDULED.after(TrancheStatus.Action.UNLOCK) : TrancheStatus.SCHEDULED,
                    null, null));
        }
        tranches.forEach(awards::insertTranche);
        audit.record(user, "award.agreement-signed", SUBJECT, id, award.jurisdictionCode(), AwardView.of(award),
                Map.of("award", AwardView.of(signed), "tranches", tranches));
        return signed;
    }

    /**
     * The report due dates' rules: the final report is always due on a date, the interim report whenever a tranche
     * waits for it (otherwise it may be asked for or not); each after the signing date, the final not before the
     * interim.
     */
    static List<FieldProblemException.FieldProblem> dueDateProblems(Award.Agreement agreement,
            List<DisbursementSchedule.Planned> planned) {
        List<FieldProblemException.FieldProblem> problems = new ArrayList<>();
        LocalDate signedOn = agreement.signedOn();
        LocalDate interim = agreement.interimReportDueOn();
        LocalDate last = agreement.finalReportDueOn();
        if (interim == null && planned.stream().anyMatch(t -> t.dependsOn() == ReportKind.INTERIM)) {
            problems.add(new FieldProblemException.FieldProblem("interimReportDueOn", "Agreement.interimDueRequired"));
        }
        if (interim != null && signedOn != null && !interim.isAfter(signedOn)) {
            problems.add(new FieldProblemException.FieldProblem("interimReportDueOn", "Agreement.dueAfterSigning",
                    signedOn.toString()));
        }
        if (last == null) {
            problems.add(new FieldProblemException.FieldProblem("finalReportDueOn", "Agreement.finalDueRequired"));
        } else if (signedOn != null && !last.isAfter(signedOn)) {
            problems.add(new FieldProblemException.FieldProblem("finalReportDueOn", "Agreement.dueAfterSigning",
                    signedOn.toString()));
        } else if (interim != null && last.isBefore(interim)) {
            problems.add(new FieldProblemException.FieldProblem("finalReportDueOn", "Agreement.finalAfterInterim",
                    interim.toString()));
        }
        return problems;
    }

    /**
     * Releases a tranche for payment (核准拨付); one that waits for a report not yet approved is refused with a 409
     * naming the report.
     */
    @Transactional
    public Tranche release(CurrentUser user, UUID id, int seq) {
        Award award = lockWritable(user, id);
        award.status().after(AwardStatus.Action.RELEASE_TRANCHE);
        Tranche tranche = tranche(award, seq);
        if (tranche.status() == TrancheStatus.SCHEDULED) {
            throw new ConflictException("tranche-awaits-report", seq, tranche.dependsOn());
        }
        Tranche released = tranche.released(user.username(), now());
        awards.updateTranche(released);
        audit.record(user, "award.tranche-released", SUBJECT, id, award.jurisdictionCode(), tranche, released);
        return released;
    }

    /** What a payment request got: the payment, and whether an earlier request with the same key made it. */
    public record Paid(Payment payment, boolean replayed) {
    }

    /**
     * Pays a released tranche once per idempotency key. The award row lock orders concurrent requests for the award;
     * the unique tranche and key constraints decide which insert counts, so a retry answers the payment already made
     * and a second key for a paid tranche is refused.
     */
    @Transactional
    public Paid pay(CurrentUser user, UUID id, int seq, String idempotencyKey, String voucherNumber) {
        Award award = lockWritable(user, id);
        var earlier = awards.paymentByKey(idempotencyKey);
        if (earlier.isPresent()) {
            return replay(earlier.get(), award, seq);
        }
        // A terminated award gave its unpaid rest back to the pool; paying it now would spend money twice.
        award.status().after(AwardStatus.Action.PAY_TRANCHE);
        Tranche tranche = tranche(award, seq);
        Tranche paidTranche = tranche.after(TrancheStatus.Action.PAY);
        AwardRepository.Programme programme = awards.lockProgramme(award.programmeId()).orElseThrow();
        awards.ledger(programme.id()).pay(tranche.amount());
        Payment payment = new Payment(UUID.randomUUID(), tranche.id(), id, award.programmeId(), idempotencyKey,
                tranche.amount(), voucherNumber, user.username(), now());
        if (!awards.insertPaymentIfAbsent(payment)) {
            return awards.paymentByKey(idempotencyKey).map(p -> replay(p, award, seq))
                    .orElseThrow(() -> TrancheStatus.LIFECYCLE.refusal(TrancheStatus.PAID, TrancheStatus.Action.PAY));
        }
        awards.updateTranche(paidTranche);
        if (award.status() == AwardStatus.AGREED) {
            awards.update(award.with(AwardStatus.AGREED.after(AwardStatus.Action.START), payment.paidAt()));
        }
        audit.record(user, "award.tranche-paid", SUBJECT, id, award.jurisdictionCode(), tranche, payment);
        events.tranchePaid(award.jurisdictionCode(), award.organizationId(), award.organizationName(), id,
                award.roundId(), seq, payment.amount(), payment.paidAt());
        return new Paid(payment, false);
    }

    private Paid replay(Payment earlier, Award award, int seq) {
        Tranche tranche = tranche(award, seq);
        if (!earlier.trancheId().equals(tranche.id())) {
            throw new ConflictException("idempotency-key-reused");
        }
        return new Paid(earlier, true);
    }

    /** The organization (its org-admin) reports; a returned report is corrected and submitted again. */
    @Transactional
    public Report submitReport(CurrentUser user, UUID id, ReportKind kind, Outcomes outcomes, String narrative) {
        Award award = lockWritable(user, id);
        award.status().after(AwardStatus.Action.SUBMIT_REPORT);
        Instant now = now();
        var existing = awards.report(id, kind);
        Report report;
        if (existing.isPresent()) {
            report = existing.get().resubmitted(outcomes, narrative, user.username(), now);
            awards.updateReport(report);
        } else {
            report = new Report(UUID.randomUUID(), id, kind, ReportStatus.SUBMITTED, outcomes, narrative, null,
                    user.username(), now, null, null);
            awards.insertReport(report);
        }
        audit.record(user, "award.report-submitted", SUBJECT, id, award.jurisdictionCode(),
                existing.orElse(null), report);
        return report;
    }

    /**
     * Approves a report: the tranches waiting for it become releasable, and an approved final report moves the award
     * on. Partners co-funding the programme are notified.
     */
    @Transactional
    public Report approveReport(CurrentUser user, UUID id, ReportKind kind) {
        Award award = lockWritable(user, id);
        // Reports are decided only while the agreement runs, never for a terminated or closed award.
        award.status().after(AwardStatus.Action.SUBMIT_REPORT);
        Report report = awards.report(id, kind).orElseThrow(() -> new NotFoundException("report", kind));
        Report approved = report.decided(ReportStatus.Action.APPROVE, null, user.username(), now());
        if (kind == ReportKind.FINAL) {
            awards.update(award.with(award.status().after(AwardStatus.Action.APPROVE_FINAL_REPORT),
                    approved.decidedAt()));
        }
        awards.updateReport(approved);
        for (Tranche tranche : awards.tranches(id)) {
            if (tranche.dependsOn() == kind && tranche.status() == TrancheStatus.SCHEDULED) {
                awards.updateTranche(tranche.after(TrancheStatus.Action.UNLOCK));
            }
        }
        audit.record(user, "award.report-approved", SUBJECT, id, award.jurisdictionCode(), report, approved);
        partners.notify(award.programmeId(), "report.approved", Map.of("awardId", id,
                "programmeId", award.programmeId(), "kind", kind.name(), "outcomes", approved.outcomes()));
        return approved;
    }

    @Transactional
    public Report returnReport(CurrentUser user, UUID id, ReportKind kind, String reason) {
        Award award = lockWritable(user, id);
        award.status().after(AwardStatus.Action.SUBMIT_REPORT);
        Report report = awards.report(id, kind).orElseThrow(() -> new NotFoundException("report", kind));
        Report returned = report.decided(ReportStatus.Action.RETURN, reason, user.username(), now());
        awards.updateReport(returned);
        audit.record(user, "award.report-returned", SUBJECT, id, award.jurisdictionCode(), report, returned);
        return returned;
    }

    /** 结项: only after the final report is approved and every tranche is paid. */
    @Transactional
    public Award close(CurrentUser user, UUID id) {
        return changes.change(user, target, id, "award.closed", award -> {
            Award closed = award.with(award.status().after(AwardStatus.Action.CLOSE), now());
            long unpaid = awards.tranches(id).stream().filter(t -> t.status() != TrancheStatus.PAID).count();
            if (unpaid > 0) {
                throw new ConflictException("tranches-unpaid", unpaid);
            }
            return closed;
        }).after();
    }

    /** 终止: what was not paid returns to the programme's pool. */
    @Transactional
    public Award terminate(CurrentUser user, UUID id, String reason) {
        return changes.change(user, target, id, "award.terminated", award -> award.terminated(reason, now())).after();
    }

    /**
     * What a partner may see of a programme it co-funds: its awards, payments and the outcomes of approved reports.
     * Partners have no data scope of their own; the partner API checks the co-funding before asking.
     */
    @ReadOnly
    public CoFunded coFunded(UUID programmeId) {
        return new CoFunded(awards.ofProgramme(programmeId).stream().map(AwardView::of).toList(),
                awards.paymentsOfProgramme(programmeId), awards.approvedOutcomes(programmeId),
                tracking.totals(programmeId), awards.ledger(programmeId));
    }

    /**
     * A co-funded programme's awards, payments, the outcomes of its approved reports, the activities its projects
     * logged, and its ledger.
     */
    public record CoFunded(List<AwardView> awards, List<Payment> payments, Outcomes outcomes,
            Tracking.ActivityTotals activities, ProgrammeLedger ledger) {
    }

    /** Now, to the microsecond a timestamptz keeps, so a replayed answer equals the first one. */
    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Reads the award with a lock, in scope (404 otherwise), and refuses a write the caller may not make (403), for a
     * write on what the award owns (tranches, reports, payments, tracking).
     */
    Award lockWritable(CurrentUser user, UUID id) {
        return changes.lock(user, target, id);
    }

    private Tranche tranche(Award award, int seq) {
        return awards.tranches(award.id()).stream().filter(t -> t.seq() == seq).findFirst()
                .orElseThrow(() -> new NotFoundException("tranche", seq));
    }
}
