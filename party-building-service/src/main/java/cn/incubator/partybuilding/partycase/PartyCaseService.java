package cn.incubator.partybuilding.partycase;

import cn.incubator.contracts.partybuilding.events.v1.BranchFormationCure;
import cn.incubator.contracts.partybuilding.events.v1.BranchFormationCured;
import cn.incubator.contracts.partybuilding.events.v1.BranchFormationOverdue;
import cn.incubator.contracts.partybuilding.events.v1.OverdueBranchReason;
import cn.incubator.partybuilding.PartyBuildingProperties;
import cn.incubator.partybuilding.access.CaseScope;
import cn.incubator.partybuilding.access.CaseScopes;
import cn.incubator.partybuilding.structure.PartyUnit;
import cn.incubator.partybuilding.structure.PartyUnitService;
import cn.incubator.platform.audit.AuditChain;
import cn.incubator.platform.audit.AuditEntry;
import cn.incubator.platform.audit.AuditTrail;
import cn.incubator.platform.change.GuardedChanges;
import cn.incubator.platform.events.EventPayloads;
import cn.incubator.platform.events.Events;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.problem.ConflictException;
import cn.incubator.platform.problem.FieldProblemException;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.scope.DataScope;
import cn.incubator.platform.sql.ReadOnly;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Party-organization incubation cases: opened on admission, moved through their stages, covered as their member
 * count requires (instructor, joint branch, own branch), and reported when an own branch is overdue.
 */
@Service
public class PartyCaseService {

    public static final String SUBJECT = "party-case";

    private final PartyCaseRepository cases;
    private final CaseScopes scopes;
    private final PartyUnitService units;
    private final AuditTrail audit;
    private final Events events;
    private final Clock clock;
    private final PartyBuildingProperties properties;
    private final GuardedChanges changes;
    private final GuardedChanges.Target<CaseRecord> target;

    PartyCaseService(PartyCaseRepository cases, CaseScopes scopes, PartyUnitService units, AuditTrail audit,
            Events events, Clock clock, PartyBuildingProperties properties, GuardedChanges changes) {
        this.changes = changes;
        this.target = new CaseTarget(cases, scopes, clock);
        this.cases = cases;
        this.scopes = scopes;
        this.units = units;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.properties = properties;
    }

    /** An organization admitted to incubation, as the incubation service reports it (or a person enters it). */
    public record Admission(UUID organizationId, String organizationName, String jurisdiction, UUID incubationCaseId,
            UUID baseId, String track, Instant admittedAt, UUID sourceEventId) {
    }

    /** @param openedNow false when the organization already had an open case (a repeated admission) */
    public record Opening(CaseRecord partyCase, boolean openedNow) {
    }

    /** Opens the organization's case unless one is open already ("入驻一家, 覆盖一家"). */
    @Transactional
    public Opening open(String actor, Admission admission) {
        Jurisdiction jurisdiction = Jurisdiction.of(admission.jurisdiction());
        Instant now = Instant.now(clock);
        CaseRecord opened = new CaseRecord(UUID.randomUUID(), admission.organizationId(),
                admission.organizationName().strip(), jurisdiction.code(), admission.incubationCaseId(),
                admission.baseId(), admission.track(), admission.sourceEventId(),
                admission.admittedAt() == null ? now : admission.admittedAt(), now, PartyCase.opened().stage(), 0,
                null, null, null, null, null, null, null, null, null, null);
        if (!cases.insertIfNoOpenCase(opened)) {
            return new Opening(cases.findOpenByOrganization(admission.organizationId()).orElseThrow(), false);
        }
        audit.record(actor, "party-case.opened", SUBJECT, opened.id(), opened.jurisdictionCode(), null, opened);
        return new Opening(opened, true);
    }

    /** Opens a case by hand, for an organization admitted before the platform took admissions. */
    @Transactional
    public CaseRecord openByHand(CurrentUser user, Admission admission) {
        scopes.of(user).requireWritable(Jurisdiction.of(admission.jurisdiction()), admission.organizationId());
        Opening opening = open(user.username(), admission);
        if (!opening.openedNow()) {
            throw new ConflictException("case-already-open", admission.organizationName());
        }
        return opening.partyCase();
    }

    @ReadOnly
    public CaseRecord get(CurrentUser user, UUID id) {
        return cases.find(id, scopes.of(user)).orElseThrow(() -> new NotFoundException(SUBJECT, id));
    }

    @ReadOnly
    public Page<CaseRecord> search(CurrentUser user, CaseSearch search, PageRequest page) {
        return cases.search(search, page, scopes.of(user));
    }

    @ReadOnly
    public Page<AuditEntry> timeline(CurrentUser user, UUID id, PageRequest page) {
        get(user, id);
        return audit.timeline(SUBJECT, id, page);
    }

    @ReadOnly
    public AuditChain.Verification verifyTimeline(CurrentUser user, UUID id) {
        get(user, id);
        return audit.verify(SUBJECT, id);
    }

    @Transactional
    public CaseRecord transition(CurrentUser user, UUID id, StageAction action) {
        CaseRecord c = locked(user, id);
        PartyCase current = c.domain();
        if (action == StageAction.COMPLETE_FORMATION && PartyCase.STAGES.allows(current.stage(), action)
                && !current.formationComplete()) {
            Coverage coverage = current.coverage();
            throw new ConflictException("formation-incomplete", c.memberCount(), formation(coverage.required()),
                    coverage.shortfalls().stream().map(s -> s.name()).collect(Collectors.joining(", ")));
        }
        PartyCase next = current.apply(action, Instant.now(clock));
        return save(user.username(), "party-case." + slug(action), c, c.withStage(next));
    }

    /** 发展党员计划: kept for an organization without members. */
    @Transactional
    public CaseRecord keepDevelopmentPlan(CurrentUser user, UUID id, String plan) {
        CaseRecord c = writable(user, id, CaseWork.KEEP_DEVELOPMENT_PLAN);
        return save(user.username(), "party-case.development-plan-kept", c, c.withPlan(plan.strip()));
    }

    /** Assigns the organization's instructor (党建指导员), replacing the current one. */
    @Transactional
    public CaseRecord assignInstructor(CurrentUser user, UUID id, String username, boolean incubationSpecialist) {
        CaseRecord c = writable(user, id, CaseWork.ASSIGN_INSTRUCTOR);
        Instant now = Instant.now(clock);
        CaseRecord.Instructor instructor = new CaseRecord.Instructor(username.strip(), incubationSpecialist, now);
        cases.endInstructorAssignment(id, now);
        cases.insertInstructorAssignment(id, instructor, user.username());
        CaseRecord assigned = c.withInstructor(instructor);
        audit.record(user, "party-case.instructor-assigned", SUBJECT, id, c.jurisdictionCode(), c.instructor(),
                instructor);
        return assigned;
    }

    /** 结对帮扶: pairs the organization with one supervising-unit party organization. */
    @Transactional
    public CaseRecord pair(CurrentUser user, UUID id, String supervisingUnit, String partyOrganization) {
        CaseRecord c = writable(user, id, CaseWork.PAIR);
        return save(user.username(), "party-case.paired", c,
                c.withPairing(supervisingUnit.strip(), partyOrganization.strip(), Instant.now(clock)));
    }

    /** Joins (or moves to) a joint branch; allowed with 1–2 members. */
    @Transactional
    public CaseRecord joinJointBranch(CurrentUser user, UUID id, UUID jointBranchId) {
        return joinJointBranch(user, writable(user, id, CaseWork.JOIN_JOINT_BRANCH), jointBranchId);
    }

    /** Forms the organization's own branch; allowed with 3 or more members. */
    @Transactional
    public CaseRecord formOwnBranch(CurrentUser user, UUID id, String name, UUID parentId) {
        return formOwnBranch(user, writable(user, id, CaseWork.FORM_OWN_BRANCH), name, parentId);
    }

    @ReadOnly
    public List<FormationProposal> proposals(CurrentUser user, UUID id) {
        get(user, id);
        return cases.proposals(id);
    }

    /** A person's decision on a proposed move: accepting makes the move; rejecting needs a reason. */
    public record Decision(boolean accept, String reason, UUID jointBranchId, String branchName, UUID parentId) {
    }

    @Transactional
    public FormationProposal decide(CurrentUser user, UUID id, UUID proposalId, Decision decision) {
        CaseRecord c = writable(user, id, CaseWork.DECIDE_PROPOSAL);
        FormationProposal proposal = cases.proposal(id, proposalId)
                .orElseThrow(() -> new NotFoundException("formation-proposal", proposalId));
        FormationProposal.Status.LIFECYCLE.require(proposal.status(),
                decision.accept() ? FormationProposal.Action.ACCEPT : FormationProposal.Action.REJECT);
        Instant now = Instant.now(clock);
        FormationProposal decided;
        if (!decision.accept()) {
            if (decision.reason() == null || decision.reason().isBlank()) {
                throw new FieldProblemException("reason", "NotBlank");
            }
            decided = proposal.decided(FormationProposal.Status.REJECTED, user.username(), now,
                    decision.reason().strip());
        } else {
            switch (proposal.to()) {
                case JOINT_BRANCH -> {
                    if (decision.jointBranchId() == null) {
                        throw new FieldProblemException("jointBranchId", "NotNull");
                    }
                    joinJointBranch(user, c, decision.jointBranchId());
                }
                case OWN_BRANCH -> {
                    if (decision.branchName() == null || decision.branchName().isBlank()) {
                        throw new FieldProblemException("branchName", "NotBlank");
                    }
                    formOwnBranch(user, c, decision.branchName(), decision.parentId());
                }
                case INSTRUCTOR_AND_DEVELOPMENT -> leaveBranches(user, c);
            }
            decided = proposal.decided(FormationProposal.Status.ACCEPTED, user.username(), now,
                    decision.reason() == null || decision.reason().isBlank() ? null : decision.reason().strip());
        }
        cases.decide(decided);
        audit.record(user, "party-case.proposal-" + decided.status().name().toLowerCase(Locale.ROOT), SUBJECT, id,
                c.jurisdictionCode(), proposal, decided);
        return decided;
    }

    /**
     * Applies the formation rules after the member feature changed the count of a case it locked: keeps the
     * own-branch deadline, proposes the move when a threshold is crossed, and takes the organization off the
     * overdue report when it no longer needs a branch.
     */
    @Transactional
    public CaseRecord membersChanged(String actor, CaseRecord locked, int count) {
        Instant now = Instant.now(clock);
        boolean ownBranchRequired = count >= Formation.OWN_BRANCH_MINIMUM && locked.ownBranchId() == null;
        Instant requiredSince = !ownBranchRequired ? null
                : locked.ownBranchRequiredSince() != null ? locked.ownBranchRequiredSince() : now;
        CaseRecord changed = locked.withMembers(count, requiredSince);
        if (!ownBranchRequired && locked.overdueReportedAt() != null) {
            changed = cured(actor, changed, BranchFormationCure.NO_LONGER_REQUIRED);
        }
        save(actor, "party-case.member-count-changed", locked, changed);
        if (Formation.requiredFor(locked.memberCount()) != Formation.requiredFor(count)) {
            cases.supersedePending(locked.id(), now);
        }
        FormationRules.onCountChange(locked.memberCount(), changed.coverage()).ifPresent(move -> {
            FormationProposal proposal = new FormationProposal(UUID.randomUUID(), locked.id(), move.from(),
                    move.to(), move.memberCount(), now, FormationProposal.Status.PENDING, null, null, null);
            cases.insertProposal(proposal);
            audit.record(actor, "party-case.formation-proposed", SUBJECT, locked.id(), locked.jurisdictionCode(),
                    null, proposal);
        });
        return changed;
    }

    /**
     * Reports every organization whose own branch is overdue (3+ members for longer than the configured period)
     * for the registry's abnormal-activity list, once each.
     *
     * @return how many were reported
     */
    @Transactional
    public int reportOverdueBranches(Instant now) {
        List<CaseRecord> overdue = cases.overdueUnreported(now.minus(properties.branchFormationPeriod()));
        for (CaseRecord c : overdue) {
            events.publish(c.jurisdictionCode(), c.organizationId(), BranchFormationOverdue.newBuilder()
                    .setOrganizationId(c.organizationId().toString())
                    .setOrganizationName(c.organizationName())
                    .setReason(OverdueBranchReason.PARTY_BRANCH_NOT_FORMED)
                    .setSince(EventPayloads.timestamp(c.ownBranchRequiredSince()))
                    .setMemberCount(c.memberCount())
                    .setPartyCaseId(c.id().toString())
                    .build());
            CaseRecord reported = c.withOverdueReported(now);
            cases.update(reported, now);
            audit.record("branch-formation-check", "party-case.branch-formation-overdue", SUBJECT, c.id(),
                    c.jurisdictionCode(), c, reported);
        }
        return overdue.size();
    }

    /** The case of the caller's scope, locked, after checking the caller may write it and its stage allows the work. */
    public CaseRecord writable(CurrentUser user, UUID id, CaseWork work) {
        CaseRecord c = locked(user, id);
        c.domain().require(work);
        return c;
    }

    private CaseRecord locked(CurrentUser user, UUID id) {
        return changes.lock(user, target, id);
    }

    /**
     * A case as a guarded record: found in the caller's {@link CaseScope} (a party instructor only among the cases
     * assigned to them).
     */
    private record CaseTarget(PartyCaseRepository cases, CaseScopes scopes, Clock clock)
            implements GuardedChanges.Target<CaseRecord> {

        @Override
        public String subjectType() {
            return SUBJECT;
        }

        @Override
        public Optional<CaseRecord> findForUpdate(Object id, DataScope scope) {
            return cases.findForUpdate((UUID) id, new CaseScope(scope, Optional.empty()));
        }

        @Override
        public Optional<CaseRecord> findForUpdate(Object id, DataScope scope, CurrentUser user) {
            return cases.findForUpdate((UUID) id, scopes.of(user));
        }

        @Override
        public Jurisdiction jurisdiction(CaseRecord c) {
            return Jurisdiction.of(c.jurisdictionCode());
        }

        @Override
        public UUID organizationId(CaseRecord c) {
            return c.organizationId();
        }

        @Override
        public void update(CaseRecord before, CaseRecord after) {
            cases.update(after, Instant.now(clock));
        }
    }

    private CaseRecord joinJointBranch(CurrentUser user, CaseRecord c, UUID jointBranchId) {
        requireAllowed(c, Formation.JOINT_BRANCH);
        PartyUnit branch = units.requireJointBranchFor(user, jointBranchId, c.jurisdictionCode());
        if (branch.id().equals(c.jointBranchId())) {
            return c;
        }
        return move(user, c, c.withBranches(branch.id(), null), "party-case.joint-branch-joined");
    }

    private CaseRecord formOwnBranch(CurrentUser user, CaseRecord c, String name, UUID parentId) {
        if (c.ownBranchId() != null) {
            throw new ConflictException("own-branch-exists", c.organizationName());
        }
        requireAllowed(c, Formation.OWN_BRANCH);
        PartyUnit branch = units.formOwnBranch(user, c.organizationId(), c.jurisdictionCode(), name, parentId,
                c.jointBranchId());
        CaseRecord formed = c.withBranches(null, branch.id()).withMembers(c.memberCount(), null);
        if (c.overdueReportedAt() != null) {
            formed = cured(user.username(), formed, BranchFormationCure.BRANCH_FORMED);
        }
        return move(user, c, formed, "party-case.own-branch-formed");
    }

    private CaseRecord leaveBranches(CurrentUser user, CaseRecord c) {
        requireAllowed(c, Formation.INSTRUCTOR_AND_DEVELOPMENT);
        if (c.jointBranchId() == null && c.ownBranchId() == null) {
            return c;
        }
        return move(user, c, c.withBranches(null, null), "party-case.branches-left");
    }

    /** Saves a branch move and records it on the case and on both branches' timelines. */
    private CaseRecord move(CurrentUser user, CaseRecord before, CaseRecord after, String action) {
        save(user.username(), action, before, after);
        java.util.UUID left = before.jointBranchId() != null ? before.jointBranchId() : before.ownBranchId();
        java.util.UUID joined = after.jointBranchId() != null ? after.jointBranchId() : after.ownBranchId();
        if (left == null ? joined != null : !left.equals(joined)) {
            units.recordMove(user.username(), before.id(), before.organizationId(), before.organizationName(), left,
                    joined);
        }
        return after;
    }

    private CaseRecord cured(String actor, CaseRecord c, BranchFormationCure cure) {
        Instant now = Instant.now(clock);
        events.publish(c.jurisdictionCode(), c.organizationId(), BranchFormationCured.newBuilder()
                .setOrganizationId(c.organizationId().toString())
                .setOrganizationName(c.organizationName())
                .setReason(OverdueBranchReason.PARTY_BRANCH_NOT_FORMED)
                .setCure(cure)
                .setReportedAt(EventPayloads.timestamp(c.overdueReportedAt()))
                .setCuredAt(EventPayloads.timestamp(now))
                .setPartyCaseId(c.id().toString())
                .build());
        Map<String, Object> cured = new LinkedHashMap<>();
        cured.put("reason", OverdueBranchReason.PARTY_BRANCH_NOT_FORMED.name());
        cured.put("cure", cure.name());
        cured.put("reportedAt", c.overdueReportedAt());
        cured.put("curedAt", now);
        audit.record(actor, "party-case.branch-formation-cured", SUBJECT, c.id(), c.jurisdictionCode(), null,
                cured);
        return c.withOverdueReported(null);
    }

    private void requireAllowed(CaseRecord c, Formation target) {
        if (!FormationRules.allows(target, c.memberCount())) {
            throw new ConflictException("formation-rule", c.memberCount(),
                    formation(Formation.requiredFor(c.memberCount())), formation(target));
        }
    }

    private CaseRecord save(String actor, String action, CaseRecord before, CaseRecord after) {
        cases.update(after, Instant.now(clock));
        audit.record(actor, action, SUBJECT, after.id(), after.jurisdictionCode(), before, after);
        return after;
    }

    /** The formation's name in the caller's language, resolved when the problem is rendered. */
    private static DefaultMessageSourceResolvable formation(Formation formation) {
        return new DefaultMessageSourceResolvable(new String[] {"formation." + formation.name()}, formation.name());
    }

    private static String slug(StageAction action) {
        return action.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
