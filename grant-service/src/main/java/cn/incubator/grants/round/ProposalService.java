package cn.incubator.grants.round;

import cn.incubator.grants.programme.ProgrammeService;
import cn.incubator.grants.remote.Registry;
import cn.incubator.platform.audit.AuditEntry;
import cn.incubator.platform.audit.AuditTrail;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.problem.ConflictException;
import cn.incubator.platform.problem.FieldProblemException;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.problem.OutOfScopeException;
import cn.incubator.platform.scope.DataScope;
import cn.incubator.platform.scope.DataScopes;
import cn.incubator.platform.sql.ReadOnly;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposals to a round: drafted by an org-admin for their organization (or by an officer on its behalf), submitted
 * before the deadline (closing day plus grace days) with the registry asked about the applicant at that moment.
 * When the registry does not answer, the caller gets a 503 and nothing changes.
 */
@Service
public class ProposalService {

    public static final String SUBJECT = "proposal";

    private final ProposalRepository proposals;
    private final RoundService rounds;
    private final ProgrammeService programmes;
    private final Registry registry;
    private final DataScopes scopes;
    private final AuditTrail audit;
    private final Clock clock;

    ProposalService(ProposalRepository proposals, RoundService rounds, ProgrammeService programmes, Registry registry,
            DataScopes scopes, AuditTrail audit, Clock clock) {
        this.proposals = proposals;
        this.rounds = rounds;
        this.programmes = programmes;
        this.registry = registry;
        this.scopes = scopes;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Proposal create(CurrentUser user, UUID roundId, UUID organizationId, Content content) {
        Round round = rounds.getHeld(user, roundId);
        requireAccepting(round);
        UUID applicant = organizationId != null ? organizationId : user.orgId().orElseThrow(
                () -> new FieldProblemException("organizationId", "Proposal.organizationId.required"));
        DataScope scope = scopes.of(user);
        if (scope.onlyOrganization().isPresent() && !scope.onlyOrganization().get().equals(applicant)) {
            throw new OutOfScopeException(Jurisdiction.of(round.jurisdictionCode()));
        }
        checkContent(round, content);
        Registry.OrganizationEligibility organization = registry.checkEligibility(applicant);
        scope.requireWritable(Jurisdiction.of(organization.jurisdictionCode()), applicant);
        if (proposals.exists(roundId, applicant)) {
            throw new ConflictException("proposal-exists", organization.name());
        }
        Proposal proposal = new Proposal(UUID.randomUUID(), roundId, applicant, organization.name(),
                organization.jurisdictionCode(), content.title().strip(), content.summary(), content.priorityArea(),
                content.planCode(), content.budget(), content.expectedOutcomes(), ProposalStatus.DRAFT, null, null,
                List.of(), null, null, null, user.username(), Instant.now(clock));
        proposals.insert(proposal);
        audit.record(user, "proposal.drafted", SUBJECT, proposal.id(), proposal.jurisdictionCode(), null, proposal);
        return proposal;
    }

    @Transactional
    public Proposal update(CurrentUser user, UUID id, UUID organizationId, Content content) {
        Proposal before = writable(user, id);
        if (organizationId != null && !organizationId.equals(before.organizationId())) {
            throw new FieldProblemException("organizationId", "Proposal.organizationId.fixed");
        }
        before.status().after(ProposalStatus.Action.EDIT);
        Round round = rounds.getHeld(user, before.roundId());
        requireAccepting(round);
        checkContent(round, content);
        Proposal after = new Proposal(before.id(), before.roundId(), before.organizationId(),
                before.organizationName(), before.jurisdictionCode(), content.title().strip(), content.summary(),
                content.priorityArea(), content.planCode(), content.budget(), content.expectedOutcomes(),
                before.status(), null, null, List.of(), null, null, null, before.createdBy(), before.createdAt());
        proposals.updateContent(after);
        audit.record(user, "proposal.edited", SUBJECT, id, before.jurisdictionCode(), before, after);
        return after;
    }

    /** Submits a draft: only while the call accepts proposals; the registry's answer is kept for initial review. */
    @Transactional
    public Proposal submit(CurrentUser user, UUID id) {
        Proposal before = writable(user, id);
        ProposalStatus next = before.status().after(ProposalStatus.Action.SUBMIT);
        requireAccepting(rounds.getHeld(user, before.roundId()));
        Registry.OrganizationEligibility answer = registry.checkEligibility(before.organizationId());
        EligibilityRules.Applicant applicant = new EligibilityRules.Applicant(answer.legalForm(), answer.maturity(),
                answer.jurisdictionCode(), answer.onAbnormalList(), answer.eligible(), answer.reasons());
        Proposal after = new Proposal(before.id(), before.roundId(), before.organizationId(), answer.name(),
                answer.jurisdictionCode(), before.title(), before.summary(), before.priorityArea(),
                before.planCode(), before.budget(), before.expectedOutcomes(), next, applicant, Instant.now(clock),
                List.of(), null, null, null, before.createdBy(), before.createdAt());
        proposals.updateSubmission(after);
        audit.record(user, "proposal.submitted", SUBJECT, id, after.jurisdictionCode(), before.status(), applicant);
        return after;
    }

    @ReadOnly
    public Proposal get(CurrentUser user, UUID id) {
        return proposals.find(id, ProposalAccess.filter(user, scopes.of(user)))
                .orElseThrow(() -> new NotFoundException(SUBJECT, id));
    }

    /**
     * A proposal in an expert's scope that passed initial review in a round whose panel they sit on, conflicts not
     * hidden: for scoring, which must answer a conflicted expert with 409 rather than 404.
     */
    @ReadOnly
    public Proposal getForPanel(CurrentUser user, UUID id) {
        return proposals.find(id, ProposalAccess.panelFilter(user, scopes.of(user)))
                .orElseThrow(() -> new NotFoundException(SUBJECT, id));
    }

    @ReadOnly
    public Page<Proposal> search(CurrentUser user, UUID roundId, ProposalStatus status, PageRequest page) {
        rounds.get(user, roundId);
        return proposals.search(roundId, status, ProposalAccess.filter(user, scopes.of(user)), page);
    }

    /**
     * The proposals in the caller's scope across rounds (申报记录): an org-admin's are its organization's, an expert's
     * those assigned to them; the console's list of "my proposals".
     */
    @ReadOnly
    public Page<Proposal> searchAll(CurrentUser user, ProposalStatus status, PageRequest page) {
        return proposals.search(null, status, ProposalAccess.filter(user, scopes.of(user)), page);
    }

    /**
     * Every proposal of the round in that status within the caller's scope, with what ranking needs: the whole round,
     * unlike {@link #search}, which answers one page.
     */
    @ReadOnly
    public List<Proposal.Ranked> forRanking(CurrentUser user, UUID roundId, ProposalStatus status) {
        rounds.get(user, roundId);
        return proposals.forRanking(roundId, status, ProposalAccess.filter(user, scopes.of(user)));
    }

    /** What an expert has to score now: proposals assigned to them in rounds under expert review. */
    @ReadOnly
    public Page<Proposal> assignments(CurrentUser user, PageRequest page) {
        if (!ProposalAccess.expertOnly(user)) {
            return Page.of(List.of(), page, 0);
        }
        return proposals.inExpertReview(ProposalAccess.filter(user, scopes.of(user)), page);
    }

    @ReadOnly
    public Page<AuditEntry> timeline(CurrentUser user, UUID id, PageRequest page) {
        get(user, id);
        return audit.timeline(SUBJECT, id, page);
    }

    /**
     * Records the initial-review (初审) decision; used by the review module, which has checked the round's stage and
     * the computed reasons.
     */
    @Transactional
    public Proposal recordScreening(CurrentUser user, UUID id, boolean passed, List<String> reasons, String comment) {
        Proposal before = get(user, id);
        scopes.of(user).requireWritable(Jurisdiction.of(before.jurisdictionCode()), before.organizationId());
        proposals.lock(id);
        ProposalStatus.Action action = passed ? ProposalStatus.Action.PASS : ProposalStatus.Action.FAIL;
        ProposalStatus next = before.status().after(action);
        Proposal after = new Proposal(before.id(), before.roundId(), before.organizationId(),
                before.organizationName(), before.jurisdictionCode(), before.title(), before.summary(),
                before.priorityArea(), before.planCode(), before.budget(), before.expectedOutcomes(), next,
                before.applicant(), before.submittedAt(), reasons, comment, user.username(), Instant.now(clock),
                before.createdBy(), before.createdAt());
        proposals.updateScreening(after);
        audit.record(user, passed ? "proposal.passed-initial-review" : "proposal.failed-initial-review", SUBJECT, id,
                before.jurisdictionCode(), before.status(), new Screening(next, reasons, comment));
        return after;
    }

    /** A proposal the caller may change: in scope (404) and writable by them (403). */
    private Proposal writable(CurrentUser user, UUID id) {
        Proposal proposal = get(user, id);
        if (ProposalAccess.expertOnly(user)) {
            throw new OutOfScopeException(Jurisdiction.of(proposal.jurisdictionCode()));
        }
        scopes.of(user).requireWritable(Jurisdiction.of(proposal.jurisdictionCode()), proposal.organizationId());
        proposals.lock(id);
        return get(user, id);
    }

    private void requireAccepting(Round round) {
        if (!round.acceptsProposalsAt(Instant.now(clock))) {
            throw new ConflictException("round-not-accepting", round.status(), round.submissionDeadline());
        }
    }

    private void checkContent(Round round, Content content) {
        if (round.kind().needsPlan()) {
            if (content.planCode() == null) {
                throw new FieldProblemException("planCode", "Proposal.planCode.required");
            }
            if (programmes.planOfVisibleRound(round.programmeId(), content.planCode()).isEmpty()) {
                throw new FieldProblemException("planCode", "Proposal.planCode.unknown", content.planCode());
            }
        } else if (content.planCode() != null) {
            throw new FieldProblemException("planCode", "Proposal.planCode.notApplicable");
        }
        if (content.priorityArea() != null && !round.priorityAreas().isEmpty()
                && !round.priorityAreas().contains(content.priorityArea())) {
            throw new FieldProblemException("priorityArea", "Proposal.priorityArea.unknown",
                    String.join("、", round.priorityAreas()));
        }
    }

    /** What an applicant writes. */
    public record Content(String title, String summary, String priorityArea, String planCode,
            List<Proposal.BudgetLine> budget, Proposal.Outcomes expectedOutcomes) {
    }

    /** The screening decision as the timeline records it. */
    record Screening(ProposalStatus status, List<String> reasons, String comment) {
    }
}
