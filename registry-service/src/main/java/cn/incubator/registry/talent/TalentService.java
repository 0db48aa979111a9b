package cn.incubator.registry.talent;

import cn.incubator.platform.audit.AuditEntry;
import cn.incubator.platform.audit.AuditTrail;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.idnumber.IdNumberHasher;
import cn.incubator.platform.idnumber.ResidentIdNumber;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.problem.ConflictException;
import cn.incubator.platform.problem.FieldProblemException;
import cn.incubator.platform.problem.FieldProblemException.FieldProblem;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.scope.DataScopes;
import cn.incubator.platform.sql.ReadOnly;
import cn.incubator.platform.text.Masking;
import cn.incubator.registry.field.ServiceField;
import cn.incubator.registry.organization.OrganizationService;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the talent pool (人才库), always inside the caller's data scope. */
@Service
public class TalentService {

    static final String SUBJECT = "talent";

    private final TalentRepository talent;
    private final OrganizationService organizations;
    private final IdNumberHasher hasher;
    private final DataScopes scopes;
    private final AuditTrail audit;
    private final Clock clock;

    TalentService(TalentRepository talent, OrganizationService organizations, IdNumberHasher hasher,
            DataScopes scopes, AuditTrail audit, Clock clock) {
        this.talent = talent;
        this.organizations = organizations;
        this.hasher = hasher;
        this.scopes = scopes;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a caller supplies to add a person; the ID number has passed {@code @IdNumber} already. */
    public record NewTalent(String name, TalentKind kind, SocialWorkerLevel level, Set<ServiceField> fields,
            String jurisdiction, String idNumber, String phone, List<UUID> organizationIds) {
    }

    @Transactional
    public Talent create(CurrentUser user, NewTalent request) {
        Jurisdiction jurisdiction = Jurisdiction.of(request.jurisdiction());
        scopes.of(user).requireWritable(jurisdiction, null);
        Set<ServiceField> fields = request.fields() == null ? Set.of() : request.fields();
        List<FieldProblem> problems = new ArrayList<>(Talent.violations(request.kind(), request.level(), fields)
                .stream().map(v -> new FieldProblem(v.field(), v.code())).toList());
        List<UUID> organizationIds = request.organizationIds() == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(request.organizationIds()));
        problems.addAll(unknownOrganizations(user, organizationIds));
        if (!problems.isEmpty()) {
            throw new FieldProblemException(problems);
        }
        ResidentIdNumber idNumber = ResidentIdNumber.parse(request.idNumber().strip());
        String hash = hasher.hash(idNumber);
        if (talent.idNumberTaken(hash)) {
            throw new ConflictException("talent-duplicate", idNumber.masked());
        }
        Talent created = new Talent(UUID.randomUUID(), request.name().strip(), request.kind(), request.level(),
                fields, jurisdiction, idNumber.masked(), blankToNull(request.phone()), organizationIds,
                Instant.now(clock));
        talent.insert(created, hash);
        audit.record(user, "talent.created", SUBJECT, created.id(), jurisdiction.code(), null, masked(created));
        return created;
    }

    @Transactional
    public Talent affiliate(CurrentUser user, UUID id, List<UUID> organizationIds) {
        Talent before = get(user, id);
        scopes.of(user).requireWritable(before.jurisdiction(), null);
        List<UUID> distinct = List.copyOf(new LinkedHashSet<>(organizationIds));
        List<FieldProblem> problems = unknownOrganizations(user, distinct);
        if (!problems.isEmpty()) {
            throw new FieldProblemException(problems);
        }
        talent.updateOrganizations(id, distinct, Instant.now(clock));
        Talent after = new Talent(before.id(), before.name(), before.kind(), before.level(), before.fields(),
                before.jurisdiction(), before.idNumberMasked(), before.phone(), distinct, before.createdAt());
        audit.record(user, "talent.affiliated", SUBJECT, id, before.jurisdiction().code(), masked(before),
                masked(after));
        return after;
    }

    /** People of a kind, optionally with a field, within a subtree: what other services pick panels from. */
    @ReadOnly
    public List<Talent> find(CurrentUser user, TalentKind kind, ServiceField field, Jurisdiction within, int limit) {
        return talent.first(new TalentRepository.TalentSearch(kind, null, field, within, null, null), limit,
                scopes.of(user));
    }

    /** The platform accounts of these people (only those in the caller's scope are asked for by callers). */
    @ReadOnly
    public Map<UUID, String> accountUsernames(java.util.Collection<UUID> ids) {
        return talent.accountUsernames(ids);
    }

    @ReadOnly
    public Talent get(CurrentUser user, UUID id) {
        return talent.find(id, scopes.of(user)).orElseThrow(() -> new NotFoundException("talent", id));
    }

    /** The person whose platform account this is, if the caller may see them (e.g. a session's trainer). */
    @ReadOnly
    public java.util.Optional<Talent> findByAccount(CurrentUser user, String username) {
        return talent.findByAccount(username, scopes.of(user));
    }

    /** The person with this ID number, if the caller may see them; matched by hash, the number is never stored. */
    @ReadOnly
    public Talent findByIdNumber(CurrentUser user, String idNumber) {
        ResidentIdNumber number = ResidentIdNumber.parse(idNumber.strip());
        return talent.findByIdNumberHash(hasher.hash(number), scopes.of(user))
                .orElseThrow(() -> new NotFoundException("talent", number.masked()));
    }

    /**
     * The pool in scope by kind, level, field, jurisdiction subtree, organization and name; later issues pick
     * experts for review panels with {@code kind=EXPERT&field=...&jurisdiction=...}.
     */
    @ReadOnly
    public Page<Talent> search(CurrentUser user, TalentRepository.TalentSearch search, PageRequest page) {
        return talent.search(search, page, scopes.of(user));
    }

    @ReadOnly
    public Page<AuditEntry> timeline(CurrentUser user, UUID id, PageRequest page) {
        get(user, id);
        return audit.timeline(SUBJECT, id, page);
    }

    /** Affiliations must name organizations the caller can see; others look the same as ones that do not exist. */
    private List<FieldProblem> unknownOrganizations(CurrentUser user, List<UUID> organizationIds) {
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < organizationIds.size(); i++) {
            try {
                organizations.get(user, organizationIds.get(i));
            } catch (NotFoundException e) {
                problems.add(new FieldProblem("organizationIds[" + i + "]", "Talent.organization.unknown",
                        organizationIds.get(i)));
            }
        }
        return problems;
    }

    /** The timeline keeps what responses show, never the phone in full. */
    private static Talent masked(Talent t) {
        return new Talent(t.id(), t.name(), t.kind(), t.level(), t.fields(), t.jurisdiction(), t.idNumberMasked(),
                Masking.mobilePhone(t.phone()), t.organizationIds(), t.createdAt());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
