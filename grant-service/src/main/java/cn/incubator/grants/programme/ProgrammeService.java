package cn.incubator.grants.programme;

import cn.incubator.platform.audit.AuditEntry;
import cn.incubator.platform.audit.AuditTrail;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.identity.Role;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.jurisdiction.Tier;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.permission.PermissionTable;
import cn.incubator.platform.problem.FieldProblemException;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.problem.ProblemException;
import cn.incubator.platform.scope.DataScopes;
import cn.incubator.platform.sql.ReadOnly;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Funding programmes, their pools (fundings) and capped plans, inside the caller's scope, every change audited. */
@Service
public class ProgrammeService {

    public static final String SUBJECT = "programme";
    static final String WRITE = "grants:programme:write";
    static final String MANAGE_ROUNDS = "grants:round:manage";

    private final ProgrammeRepository programmes;
    private final DataScopes scopes;
    private final AuditTrail audit;
    private final Clock clock;

    ProgrammeService(ProgrammeRepository programmes, DataScopes scopes, AuditTrail audit, Clock clock) {
        this.programmes = programmes;
        this.scopes = scopes;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Programme create(CurrentUser user, NewProgramme request) {
        Jurisdiction jurisdiction = Jurisdiction.of(request.jurisdiction());
        scopes.of(user).requireWritable(jurisdiction, null);
        if (request.kind() == ProgrammeKind.MICRO_VENTURE
                && jurisdiction.tier().compareTo(Tier.STREET) < 0) {
            throw new FieldProblemException("jurisdiction", "Programme.microVenture.street");
        }
        requireHubMicroVenture(user, request.kind(), WRITE);
        List<NewPlan> plans = request.plans() == null ? List.of() : request.plans();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < plans.size(); i++) {
            if (!codes.add(plans.get(i).code())) {
                throw new FieldProblemException("plans[" + i + "].code", "Programme.plan.duplicate");
            }
        }
        List<NewFunding> fundings = request.fundings() == null ? List.of() : request.fundings();
        for (int i = 0; i < fundings.size(); i++) {
            checkFunding("fundings[" + i + "].", fundings.get(i));
        }
        Instant now = Instant.now(clock);
        UUID id = UUID.randomUUID();
        programmes.insert(new Programme(id, jurisdiction.code(), request.name().strip(), request.kind(),
                request.description(), List.of(), List.of(), BigDecimal.ZERO, user.username(), now));
        fundings.forEach(f -> programmes.insertFunding(id, funding(user, f, now)));
        plans.forEach(p -> programmes.insertPlan(id, new Programme.Plan(p.code(), p.name().strip(), p.cap())));
        Programme created = get(user, id);
        audit.record(user, "programme.created", SUBJECT, id, jurisdiction.code(), null, created);
        return created;
    }

    @ReadOnly
    public Programme get(CurrentUser user, UUID id) {
        return programmes.find(id, scopes.of(user)).orElseThrow(() -> new NotFoundException(SUBJECT, id));
    }

    @ReadOnly
    public Page<Programme> search(CurrentUser user, ProgrammeKind kind, PageRequest page) {
        return programmes.search(kind, scopes.of(user), page);
    }

    /** Adds money to the pool (government or a partner). */
    @Transactional
    public Programme addFunding(CurrentUser user, UUID id, NewFunding request) {
        Programme before = writable(user, id, WRITE);
        checkFunding("", request);
        programmes.insertFunding(id, funding(user, request, Instant.now(clock)));
        Programme after = get(user, id);
        audit.record(user, "programme.funded", SUBJECT, id, before.jurisdictionCode(), before.pool(), after.pool());
        return after;
    }

    /** Adds a capped plan; plans are never changed once added, so no award ever exceeds a cap it was made under. */
    @Transactional
    public Programme addPlan(CurrentUser user, UUID id, NewPlan request) {
        Programme before = writable(user, id, WRITE);
        if (programmes.planExists(id, request.code())) {
            throw new FieldProblemException("code", "Programme.plan.duplicate");
        }
        Programme.Plan plan = new Programme.Plan(request.code(), request.name().strip(), request.cap());
        programmes.insertPlan(id, plan);
        audit.record(user, "programme.plan-added", SUBJECT, id, before.jurisdictionCode(), null, plan);
        return get(user, id);
    }

    @ReadOnly
    public Page<AuditEntry> timeline(CurrentUser user, UUID id, PageRequest page) {
        get(user, id);
        return audit.timeline(SUBJECT, id, page);
    }

    /**
     * A programme whose rounds the caller means to run: in the caller's scope (404 otherwise) and writable by them
     * (403); rounds belong to their programme's jurisdiction.
     */
    public Programme writable(CurrentUser user, UUID id) {
        return writable(user, id, MANAGE_ROUNDS);
    }

    private Programme writable(CurrentUser user, UUID id, String permission) {
        Programme programme = get(user, id);
        scopes.of(user).requireWritable(Jurisdiction.of(programme.jurisdictionCode()), null);
        requireHubMicroVenture(user, programme.kind(), permission);
        return programme;
    }

    /**
     * A hub operator sets up and runs street micro-ventures only, unless another of their roles holds the permission
     * for every kind of programme.
     */
    private static void requireHubMicroVenture(CurrentUser user, ProgrammeKind kind, String permission) {
        boolean hubOnly = user.hasRole(Role.HUB_OPERATOR) && user.roles().stream()
                .filter(role -> role != Role.HUB_OPERATOR)
                .noneMatch(role -> PermissionTable.rolesGranted(permission).contains(role.wireName()));
        if (hubOnly && kind != ProgrammeKind.MICRO_VENTURE) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "hub-micro-venture-only");
        }
    }

    /**
     * The plans and kind of a programme whose round the caller has already been allowed to see (an organization
     * applying to a call sees the call, not the programme's books).
     */
    @ReadOnly
    public Optional<Programme.Plan> planOfVisibleRound(UUID programmeId, String code) {
        return programmes.plans(programmeId).stream().filter(p -> p.code().equals(code)).findFirst();
    }

    /** Serializes allocations within one programme; call inside the allocating transaction. */
    public void lockForAllocation(UUID programmeId) {
        programmes.lock(programmeId);
    }

    private static void checkFunding(String prefix, NewFunding f) {
        List<FieldProblemException.FieldProblem> problems = new ArrayList<>();
        if (f.source() == Programme.Source.PARTNER && (f.partnerId() == null || f.partnerId().isBlank())) {
            problems.add(new FieldProblemException.FieldProblem(prefix + "partnerId", "Programme.partnerId.required"));
        }
        if (f.source() == Programme.Source.GOVERNMENT && f.partnerId() != null) {
            problems.add(new FieldProblemException.FieldProblem(prefix + "partnerId", "Programme.partnerId.government"));
        }
        if (!problems.isEmpty()) {
            throw new FieldProblemException(problems);
        }
    }

    private static Programme.Funding funding(CurrentUser user, NewFunding f, Instant now) {
        return new Programme.Funding(UUID.randomUUID(), f.source(), f.funderName().strip(), f.partnerId(), f.amount(),
                f.committedOn(), user.username(), now);
    }

    public record NewProgramme(String jurisdiction, String name, ProgrammeKind kind, String description,
            List<NewFunding> fundings, List<NewPlan> plans) {
    }

    public record NewFunding(Programme.Source source, String funderName, String partnerId, BigDecimal amount,
            LocalDate committedOn) {
    }

    public record NewPlan(String code, String name, BigDecimal cap) {
    }
}
