package cn.incubator.incubation.cases;

import cn.incubator.incubation.base.Base;
import cn.incubator.incubation.base.BaseService;
import cn.incubator.incubation.base.Workstation;
import cn.incubator.incubation.base.WorkstationUse;
import cn.incubator.incubation.base.ZoneKind;
import cn.incubator.incubation.remote.Registry;
import cn.incubator.platform.audit.AuditChain;
import cn.incubator.platform.audit.AuditEntry;
import cn.incubator.platform.audit.AuditTrail;
import cn.incubator.platform.events.Events;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.problem.ConflictException;
import cn.incubator.platform.problem.FieldProblemException;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.problem.ProblemException;
import cn.incubator.platform.scope.DataScopes;
import cn.incubator.platform.sql.ReadOnly;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs incubation cases: applications with the registry's eligibility check, guarded stage changes with their
 * side effects (workstations released on leaving, outbox events), workstation allocation, and the case timeline.
 * Every step is on the case's audit timeline in the same transaction as the change.
 */
@Service
public class CaseService {

    /** Audit subject type of a case: the full-process trace (全过程留痕) of one incubation. */
    public static final String SUBJECT = "incubation-case";

    /** Decided by an evaluation panel, never by a direct request. */
    static final Set<CaseAction> PANEL_DECISIONS =
            EnumSet.of(CaseAction.ADMIT, CaseAction.GRADUATE, CaseAction.RETURN_TO_SHELL);
    /** What the applicant may do to its own case. */
    static final Set<CaseAction> APPLICANT_ACTIONS = EnumSet.of(CaseAction.WITHDRAW);
    /** Reasons the registry gives that do not keep a group out of the incubation zone, which is meant for them. */
    static final Set<String> ACCEPTED_FOR_INCUBATION = Set.of("NOT_REGISTERED");

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CaseService.class);

    private final CaseRepository cases;
    private final BaseService bases;
    private final Registry registry;
    private final DataScopes scopes;
    private final AuditTrail audit;
    private final Events events;
    private final Clock clock;

    CaseService(CaseRepository cases, BaseService bases, Registry registry, DataScopes scopes, AuditTrail audit,
            Events events, Clock clock) {
        this.cases = cases;
        this.bases = bases;
        this.registry = registry;
        this.scopes = scopes;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * An application (项目申请) to a base, by an organization of the registry or by a team in preparation, which
     * gets an organization record in the registry first. Nothing is stored when the registry does not answer.
     */
    @Transactional
    public IncubationCase apply(CurrentUser user, NewApplication application) {
        Base base = bases.get(user, application.baseId());
        UUID organizationId;
        String name;
        Jurisdiction jurisdiction;
        boolean fromTeam = application.organizationId() == null;
        if (!fromTeam) {
            // Before asking the registry, which would only say "not found" for another organization.
            requireOwnOrganization(user, application.organizationId());
            Registry.OrganizationEligibility eligibility = registry.checkEligibility(application.organizationId());
            List<String> blocking = eligibility.reasons().stream()
                    .filter(r -> application.track() != Track.INCUBATION || !ACCEPTED_FOR_INCUBATION.contains(r))
                    .toList();
            if (!blocking.isEmpty()) {
                throw new ProblemException(HttpStatus.CONFLICT, "not-eligible",
                        new Object[] {eligibility.name(), String.join(", ", blocking)}, Map.of("reasons", blocking));
            }
            organizationId = eligibility.organizationId();
            name = eligibility.name();
            jurisdiction = Jurisdiction.of(eligibility.jurisdictionCode());
            requireWithinBase(base, jurisdiction);
            scopes.of(user).requireWritable(jurisdiction, organizationId);
            requireNoOpenCase(organizationId, name);
        } else {
            NewTeam team = application.team();
            if (application.track() == Track.RESIDENT) {
                throw new FieldProblemException("team", "Application.residentNeedsOrganization");
            }
            jurisdiction = Jurisdiction.of(team.jurisdiction());
            requireWithinBase(base, jurisdiction);
            if (scopes.of(user).onlyOrganization().isPresent()) {
                // An organization's own account acts for that organization only; a team (筹建团队) has none yet,
                // so its street hub or an officer applies for it (docs/decisions.md, "Who applies for incubation").
                throw new ProblemException(HttpStatus.FORBIDDEN, "team-applied-by-staff", new Object[0], Map.of());
            }
            scopes.of(user).requireWritable(jurisdiction, null);
            // The id is ours, so the registry record can be repeated and undone: if this transaction does not
            // commit, the record is deleted again and no organization is left without its case. Registered before
            // the call, so a record the registry made although its answer came too late is undone as well.
            organizationId = UUID.randomUUID();
            undoTeamUnlessCommitted(organizationId);
            name = registry.recordTeam(organizationId, team.name().strip(), team.legalForm(), jurisdiction.code(),
                    team.category()).name();
        }
        Instant now = now();
        IncubationCase created = IncubationCase.apply(UUID.randomUUID(), application.track(), organizationId, name,
                jurisdiction, base.id(), now);
        try {
            cases.insert(created, fromTeam);
        } catch (DuplicateKeyException raced) {
            throw new ConflictException("case-open", name);
        }
        audit.record(user, "case.applied", SUBJECT, created.id(), jurisdiction.code(), null,
                new Step(created, application.note()));
        events.publish(jurisdiction.code(), organizationId, CaseEvents.applicationSubmitted(created, fromTeam, now));
        return created;
    }

    /**
     * Deletes the team's registry record when the application's transaction rolls back (the case insert, its
     * timeline entry or the commit failed). A registry that cannot be reached then leaves the record behind: that
     * is logged with the id, for an officer to delete it (DELETE on the registry's organization).
     */
    private void undoTeamUnlessCommitted(UUID organizationId) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_COMMITTED) {
                    return;
                }
                try {
                    registry.deleteTeam(organizationId);
                } catch (RuntimeException failed) {
                    // Also when the registry never recorded it (it was down): the id tells an officer where to look.
                    log.error("Application not stored; its team {} may be left in the registry (delete it there): {}",
                            organizationId, failed.toString());
                }
            }
        });
    }

    /**
     * A stage change asked for directly (not one a panel decides). {@code earlyReason} records the decision to act
     * before the case's clock allows it (e.g. closing before the follow-up year is over); without it such a step is
     * refused.
     */
    @Transactional
    public IncubationCase perform(CurrentUser user, UUID caseId, CaseAction action, String note) {
        return perform(user, caseId, action, note, null);
    }

    /** {@link #perform(CurrentUser, UUID, CaseAction, String)} with the reason of an early decision, or null. */
    @Transactional
    public IncubationCase perform(CurrentUser user, UUID caseId, CaseAction action, String note, String earlyReason) {
        IncubationCase current = get(user, caseId);
        if (PANEL_DECISIONS.contains(action)) {
            throw new ProblemException(HttpStatus.CONFLICT, "decided-by-panel", new Object[] {action},
                    Map.of("action", action.name()));
        }
        // The operation declares incubation:case:apply, so that an applicant may withdraw; moving a case on is
        // incubation:case:transition.
        if (!(APPLICANT_ACTIONS.contains(action) && CaseAccess.holds(user, "incubation:case:apply"))) {
            CaseAccess.require(user, "incubation:case:transition");
        }
        IncubationCase.Grounds grounds = IncubationCase.Grounds.early(earlyReason);
        Object detail = grounds.earlyReason() == null ? note
                : new EarlyDecision(note, grounds.earlyReason());
        return move(user, current, action, grounds, detail);
    }

    /**
     * A stage change an evaluation panel decided (入壳, 出壳, or back into the shell). Graduation asks the registry
     * whether the organization is registered or filed, and before the end of the in-shell period needs the panel's
     * early-graduation reason.
     */
    @Transactional
    public IncubationCase decideByPanel(CurrentUser user, UUID caseId, CaseAction action, Object decision,
            String earlyReason) {
        IncubationCase current = get(user, caseId);
        String registryStatus = null;
        if (action == CaseAction.GRADUATE && current.allows(action)) {
            registryStatus = registry.checkEligibility(current.organizationId()).status();
        }
        return move(user, current, action, new IncubationCase.Grounds(earlyReason, registryStatus), decision);
    }

    /**
     * What this caller may do to the case now through {@code POST /cases/{id}/transitions}: the table at the case's
     * clocks, without panel decisions, narrowed to the caller's permission (staff move cases on; an applicant may
     * only withdraw its own) and data scope. With {@code early}, the steps a clock still holds that the caller may
     * take with a recorded reason.
     */
    public Set<CaseAction> actionsFor(CurrentUser user, IncubationCase c, Instant now, boolean early) {
        Set<CaseAction> actions = EnumSet.noneOf(CaseAction.class);
        actions.addAll(early ? c.earlyActions(now) : c.allowedActions(now));
        actions.removeAll(PANEL_DECISIONS);
        if (!scopes.of(user).covers(c.jurisdiction(), c.organizationId())
                || CaseAccess.expertOnly(user)) {
            return Set.of();
        }
        if (!CaseAccess.holds(user, "incubation:case:transition")) {
            actions.retainAll(CaseAccess.holds(user, "incubation:case:apply") ? APPLICANT_ACTIONS : Set.of());
        }
        return actions;
    }

    /** What the caller may do now, as {@link #actionsFor}, at this service's clock. */
    public Set<CaseAction> actionsFor(CurrentUser user, IncubationCase c, boolean early) {
        return actionsFor(user, c, now(), early);
    }

    private IncubationCase move(CurrentUser user, IncubationCase current, CaseAction action,
            IncubationCase.Grounds grounds, Object detail) {
        scopes.of(user).requireWritable(current.jurisdiction(), current.organizationId());
        Instant now = now();
        IncubationCase next = current.perform(action, now, grounds);
        if (!cases.update(next, current.version())) {
            throw new ConflictException("concurrent-change", current.id());
        }
        IncubationCase moved = next.withVersion(current.version() + 1);
        if (current.stage().admitted() && !moved.stage().admitted()) {
            cases.openAllocation(current.id()).ifPresent(allocation -> release(user, current, allocation,
                    moved.stage().name(), now));
        }
        audit.record(user, "case." + action.name().toLowerCase(Locale.ROOT).replace('_', '-'), SUBJECT, current.id(),
                current.jurisdiction().code(), current, new Step(moved, detail));
        publish(moved, action, now);
        return moved;
    }

    private static void requireWithinBase(Base base, Jurisdiction jurisdiction) {
        if (!base.jurisdiction().contains(jurisdiction)) {
            throw new FieldProblemException("baseId", "Application.baseOutside", base.name(), jurisdiction.name());
        }
    }

    /** An organization's own account (org-admin) applies for its own organization only, and is told so. */
    private void requireOwnOrganization(CurrentUser user, UUID organizationId) {
        Optional<UUID> own = scopes.of(user).onlyOrganization();
        if (own.isPresent() && !own.get().equals(organizationId)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "own-organization-only", new Object[] {organizationId},
                    Map.of("organizationId", organizationId.toString()));
        }
    }

    private void requireNoOpenCase(UUID organizationId, String name) {
        if (cases.hasOpenCase(organizationId)) {
            throw new ConflictException("case-open", name);
        }
    }

    private void publish(IncubationCase c, CaseAction action, Instant now) {
        CaseEvents.of(c, action, now).ifPresent(payload ->
                events.publish(c.jurisdiction().code(), c.organizationId(), payload));
    }

    /** Gives an admitted organization a workstation (工位) of its base: the chosen one, or the first free one. */
    @Transactional
    public Allocation allocate(CurrentUser user, UUID caseId, UUID workstationId) {
        IncubationCase c = get(user, caseId);
        Base base = bases.get(user, c.baseId());
        scopes.of(user).requireWritable(base.jurisdiction(), null);
        if (!c.stage().admitted()) {
            throw new ConflictException("not-admitted", c.stage());
        }
        ZoneKind kind = c.track() == Track.INCUBATION ? ZoneKind.INCUBATION : ZoneKind.RESIDENT;
        Optional<Allocation> held = cases.openAllocation(c.id());
        if (held.isPresent()) {
            throw new ConflictException("case-has-workstation", held.get().workstationCode());
        }
        Workstation workstation;
        if (workstationId == null) {
            workstation = bases.firstFree(user, base.id(), kind)
                    .orElseThrow(() -> new ConflictException("no-free-workstation", base.name(), kind));
        } else {
            workstation = bases.workstation(user, workstationId);
            if (!workstation.baseId().equals(c.baseId()) || workstation.zoneKind() != kind) {
                throw new FieldProblemException("workstationId", "Workstation.wrongZone", kind);
            }
            if (cases.workstationTaken(workstation.id())) {
                throw new ConflictException("workstation-taken", workstation.code());
            }
        }
        Instant now = now();
        try {
            cases.insertAllocation(UUID.randomUUID(), workstation.id(), c.id(), now);
        } catch (DuplicateKeyException raced) {
            throw new ConflictException("workstation-taken", workstation.code());
        }
        Allocation allocation = cases.openAllocation(c.id()).orElseThrow();
        audit.record(user, "workstation.allocated", SUBJECT, c.id(), c.jurisdiction().code(), null, allocation);
        return allocation;
    }

    /** Frees the case's workstation before it leaves the base (e.g. it moves out early). */
    @Transactional
    public void releaseWorkstation(CurrentUser user, UUID caseId) {
        IncubationCase c = get(user, caseId);
        scopes.of(user).requireWritable(bases.get(user, c.baseId()).jurisdiction(), null);
        Allocation allocation = cases.openAllocation(c.id())
                .orElseThrow(() -> new ConflictException("no-workstation", c.organizationName()));
        release(user, c, allocation, "RELEASED", now());
    }

    private void release(CurrentUser user, IncubationCase c, Allocation allocation, String reason,
            Instant at) {
        cases.release(allocation.id(), at, reason);
        audit.record(user, "workstation.released", SUBJECT, c.id(), c.jurisdiction().code(), allocation,
                Map.of("reason", reason, "releasedAt", at.toString()));
    }

    @ReadOnly
    public IncubationCase get(CurrentUser user, UUID id) {
        return cases.find(id, user, scopes.of(user)).orElseThrow(() -> new NotFoundException("incubation-case", id));
    }

    /**
     * The zone plan (工位平面图): every workstation of a zone the caller sees, free or occupied, naming the holding
     * case only when the caller sees that case (an organization sees its own; a base operator those of its base).
     */
    @ReadOnly
    public List<PlannedWorkstation> zonePlan(CurrentUser user, UUID zoneId) {
        List<WorkstationUse> uses = bases.uses(user, zoneId);
        Map<UUID, IncubationCase> visible = cases.visible(
                uses.stream().filter(WorkstationUse::occupied).map(WorkstationUse::caseId).toList(), user,
                scopes.of(user));
        // a free workstation has no case (and the map of visible cases takes no null key)
        return uses.stream()
                .map(use -> PlannedWorkstation.of(use, use.occupied() ? visible.get(use.caseId()) : null))
                .toList();
    }

    @ReadOnly
    public Optional<Allocation> workstationOf(CurrentUser user, UUID id) {
        return cases.openAllocation(get(user, id).id());
    }

    @ReadOnly
    public Page<IncubationCase> search(CurrentUser user, CaseSearch search, PageRequest page) {
        return cases.search(search, page, user, scopes.of(user));
    }

    /** Where each organization asked for stands in incubation; organizations without a case in scope are left out. */
    @ReadOnly
    public List<IncubationStanding> standings(CurrentUser user, java.util.Collection<UUID> organizationIds) {
        return cases.standings(organizationIds, user, scopes.of(user));
    }

    /** Cases in scope with a clock run out now: growth evaluation due, follow-up over, service evaluation due. */
    @ReadOnly
    public Page<IncubationCase> overdue(CurrentUser user, PageRequest page) {
        return cases.search(new CaseSearch(null, null, null, now()), page, user, scopes.of(user));
    }

    /** The case's full-process trace (全过程留痕), oldest first. */
    @ReadOnly
    public Page<AuditEntry> timeline(CurrentUser user, UUID id, PageRequest page) {
        return audit.timeline(SUBJECT, get(user, id).id(), page);
    }

    /**
     * Whether the case's timeline is still as written: every entry hashes to what was stored and links to the one
     * before it, so an entry changed, removed or slipped in since shows up here.
     */
    @ReadOnly
    public AuditChain.Verification verifyTimeline(CurrentUser user, UUID id) {
        return audit.verify(SUBJECT, get(user, id).id());
    }

    /**
     * Records what another service tells about the organization (e.g. training: one of its people completed a course)
     * on the timeline of each of its open cases, the full-process trace (全过程留痕); nothing when it has none.
     *
     * @param source the telling service, the entries' actor
     * @return how many timelines got the entry
     */
    @Transactional
    public int recordForOrganization(String source, UUID organizationId, String action, Object detail) {
        List<Map.Entry<UUID, String>> open = cases.openCases(organizationId);
        for (Map.Entry<UUID, String> c : open) {
            audit.record(source, action, SUBJECT, c.getKey(), c.getValue(), null, detail);
        }
        return open.size();
    }

    /** Records a step on the case's timeline, e.g. a service or a supervision finding, after checking scope. */
    @Transactional
    public IncubationCase recordStep(CurrentUser user, UUID caseId, String action, Object detail) {
        IncubationCase c = get(user, caseId);
        scopes.of(user).requireWritable(c.jurisdiction(), c.organizationId());
        audit.record(user, action, SUBJECT, c.id(), c.jurisdiction().code(), null, detail);
        return c;
    }

    /** Now, to the microsecond a timestamptz keeps, so what is returned and published equals what is stored. */
    public Instant now() {
        return Instant.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    /** What an applicant supplies: an organization of the registry, or a team in preparation. */
    public record NewApplication(Track track, UUID baseId, UUID organizationId, NewTeam team, String note) {
    }

    /** A team in preparation (筹建团队) that gets an organization record in the registry. */
    public record NewTeam(String name, String legalForm, String jurisdiction, String category) {
    }

    /** A step taken before its clock: the note and the recorded reason of the decision to act early. */
    record EarlyDecision(String note, String earlyReason) {
    }

    /** The case after a step, with what justified it (a note, an evaluation decision). */
    record Step(IncubationCase incubationCase, Object detail) {
    }
}
