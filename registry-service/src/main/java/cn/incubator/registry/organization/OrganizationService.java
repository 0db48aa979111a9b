package cn.incubator.registry.organization;

import cn.incubator.platform.audit.AuditEntry;
import cn.incubator.platform.audit.AuditTrail;
import cn.incubator.platform.change.GuardedChanges;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.identity.Role;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.jurisdiction.Tier;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.problem.ConflictException;
import cn.incubator.platform.problem.FieldProblemException;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.problem.ProblemException;
import cn.incubator.platform.scope.DataScope;
import cn.incubator.platform.scope.DataScopes;
import cn.incubator.platform.sql.ReadOnly;
import cn.incubator.platform.text.Display;
import cn.incubator.registry.field.ServiceField;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records organizations, moves them along their lifecycle and finds them, always inside the caller's data scope and
 * with every change on the timeline.
 */
@Service
public class OrganizationService {

    /** Subject type of the organization timeline, which also carries its inspections and listings. */
    public static final String SUBJECT = "organization";

    private final OrganizationRepository organizations;
    private final DataScopes scopes;
    private final AuditTrail audit;
    private final Clock clock;
    private final RegistryEvents registryEvents;
    private final GuardedChanges changes;
    private final GuardedChanges.Target<Organization> target;

    OrganizationService(OrganizationRepository organizations, DataScopes scopes, AuditTrail audit, Clock clock,
            RegistryEvents registryEvents, GuardedChanges changes) {
        this.registryEvents = registryEvents;
        this.changes = changes;
        this.target = new GuardedChanges.Target<>() {
            @Override
            public String subjectType() {
                return SUBJECT;
            }

            @Override
            public Optional<Organization> findForUpdate(Object id, DataScope scope) {
                return organizations.findForUpdate((UUID) id, scope);
            }

            @Override
            public Jurisdiction jurisdiction(Organization organization) {
                return organization.jurisdiction();
            }

            @Override
            public UUID organizationId(Organization organization) {
                return organization.id();
            }

            @Override
            public void update(Organization before, Organization after) {
                organizations.update(after, Instant.now(clock));
            }

            @Override
            public Object auditView(Organization organization) {
                return OrganizationView.of(organization);
            }
        };
        this.organizations = organizations;
        this.scopes = scopes;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records an organization: in preparation, or, with its registration (filing) date, as already registered
     * (filed). Names nearly identical to existing ones in the district come back as warnings; they never block.
     */
    @Transactional
    public Created create(CurrentUser user, NewOrganization request) {
        return insert(user, UUID.randomUUID(), request);
    }

    /**
     * Records an organization under an id the caller chose, so that a service recording one for its own record
     * (incubation, for a team in preparation) can retry, and undo it, without leaving a second record: the same
     * id with the same organization (name, legal form, jurisdiction) answers the record already made.
     */
    @Transactional
    public Created createWithId(CurrentUser user, UUID id, NewOrganization request) {
        Optional<Organization> recorded = organizations.findForUpdate(id, scopes.of(user));
        if (recorded.isPresent()) {
            Organization existing = recorded.get();
            if (existing.name().equals(request.name().strip()) && existing.legalForm() == request.legalForm()
                    && existing.jurisdiction().code().equals(Jurisdiction.of(request.jurisdiction()).code())) {
                return new Created(existing, List.of(), true);
            }
            throw new ConflictException("organization-id-taken", id);
        }
        if (organizations.exists(id)) {
            throw new ConflictException("organization-id-taken", id);
        }
        try {
            return insert(user, id, request);
        } catch (DuplicateKeyException raced) {
            // A concurrent call with the same id won; the caller retries and gets that record.
            throw new ConflictException("organization-id-taken", id);
        }
    }

    private Created insert(CurrentUser user, UUID id, NewOrganization request) {
        Jurisdiction jurisdiction = Jurisdiction.of(request.jurisdiction());
        scopes.of(user).requireWritable(jurisdiction, null);
        requireHubFilesCommunityOnly(user, request.legalForm());
        String creditCode = normalizeCreditCode(request.creditCode());
        if (request.registeredOn() != null && creditCode == null && !request.legalForm().isFiled()) {
            throw new FieldProblemException("creditCode", "Organization.creditCode.required");
        }
        if (request.registeredOn() == null && creditCode != null) {
            throw new FieldProblemException("registeredOn", "Organization.registeredOn.required");
        }
        Profile profile = request.profile() == null ? new Profile(null, null, null, null, null, null, null)
                : request.profile();
        Jurisdiction registeredBy = request.registeredBy() == null ? null : Jurisdiction.of(request.registeredBy());
        LifecycleDates.requireRecorded(profile.foundedOn(), request.registeredOn(), today());
        RegistrationAuthority.require(creditCode, jurisdiction, registeredBy);
        requireUsableCreditCode(request.legalForm(), creditCode);
        List<NameWarning> warnings = nameWarnings(request.name(), jurisdiction);
        Organization organization = new Organization(id, request.name().strip(), request.legalForm(),
                creditCode, jurisdiction, registeredBy, request.category(),
                OrganizationStatus.initial(request.legalForm(), request.registeredOn() != null), profile,
                request.registeredOn(), null, Instant.now(clock));
        organizations.insert(organization);
        audit.record(user, "organization.created", SUBJECT, organization.id(), jurisdiction.code(), null,
                OrganizationView.of(organization));
        if (organization.status() != OrganizationStatus.IN_PREPARATION) {
            registryEvents.statusChanged(organization, null, "organization.created");
        }
        return new Created(organization, warnings, false);
    }

    /**
     * Deletes an organization still in preparation (筹建) that nothing refers to: how a service undoes the record it
     * made when its own record could not be stored. Only someone who may write the organization may; the deletion
     * stays on the organization's timeline.
     */
    @Transactional
    public void deleteInPreparation(CurrentUser user, UUID id) {
        Organization organization = changes.lock(user, target, id);
        if (organization.status() != OrganizationStatus.IN_PREPARATION) {
            throw new ConflictException("organization-not-in-preparation", organization.name(),
                    organization.status().name());
        }
        if (organizations.referredTo(id)) {
            throw new ConflictException("organization-referred", organization.name());
        }
        organizations.delete(id);
        audit.record(user, "organization.deleted", SUBJECT, id, organization.jurisdiction().code(),
                OrganizationView.of(organization), null);
    }

    /** Filed community organizations (备案) and registered organizations (登记) per street under a jurisdiction. */
    @ReadOnly
    public List<StreetTotals> countByStreet(CurrentUser user, Jurisdiction within) {
        return organizations.countByStreet(within, scopes.of(user));
    }

    @ReadOnly
    public Organization get(CurrentUser user, UUID id) {
        return organizations.find(id, scopes.of(user)).orElseThrow(() -> new NotFoundException(SUBJECT, id));
    }

    /**
     * The organization's people with their phones unmasked (法定代表人、联系人): a deliberate, audited read. Only those
     * who may write the organization's record see them: the officers whose jurisdiction covers it (platform-admin,
     * civil-affairs), its street hub for a community organization, and its own
     * administrator (org-admin); the permission {@code registry:contact:read-unmasked} admits the roles, the write
     * scope the organization. Every read is an {@code organization.contacts-read} entry on the organization's
     * timeline naming the reader and what was read, never the data itself.
     */
    @Transactional
    public Contacts contacts(CurrentUser user, UUID id) {
        DataScope scope = scopes.of(user);
        Organization organization = organizations.find(id, scope).orElseThrow(() -> new NotFoundException(SUBJECT, id));
        scope.requireWritable(organization.jurisdiction(), organization.id());
        requireHubFilesCommunityOnly(user, organization.legalForm());
        Profile profile = organization.profile();
        Contacts contacts = new Contacts(profile.legalRepresentative(), profile.contact());
        List<String> read = new ArrayList<>(2);
        if (contacts.legalRepresentative() != null) {
            read.add("legalRepresentative");
        }
        if (contacts.contact() != null) {
            read.add("contact");
        }
        audit.record(user, "organization.contacts-read", SUBJECT, id, organization.jurisdiction().code(), null,
                java.util.Map.of("unmasked", read));
        return contacts;
    }

    /** An organization's people, unmasked (see {@link #contacts}). */
    public record Contacts(Person legalRepresentative, Person contact) {
    }

    /** A page of the organizations the caller sees, with its total: one statement. */
    @ReadOnly
    public OrganizationRepository.Page search(CurrentUser user, OrganizationSearch search) {
        DataScope scope = scopes.of(user);
        return organizations.search(search, scope);
    }

    /**
     * Every organization a search finds (same criteria and scope as {@link #search}, name order), at most
     * {@code limit}: for exports, which take the list's query parameters.
     */
    @ReadOnly
    public List<Organization> searchAll(CurrentUser user, Criteria criteria, int limit) {
        return search(user, new OrganizationSearch(criteria.name(), criteria.legalForm(), criteria.category(),
                criteria.status(), criteria.maturity(), criteria.serviceField(), criteria.within(), 0, limit,
                OrganizationSearch.Sort.NAME)).items();
    }

    /** The filters of an organization search, every one optional. */
    public record Criteria(String name, LegalForm legalForm, Category category, OrganizationStatus status,
            Maturity maturity, ServiceField serviceField, Jurisdiction within) {
    }

    @ReadOnly
    public Page<AuditEntry> timeline(CurrentUser user, UUID id, PageRequest page) {
        get(user, id);
        return audit.timeline(SUBJECT, id, page);
    }

    @ReadOnly
    public cn.incubator.platform.audit.AuditChain.Verification verifyTimeline(CurrentUser user, UUID id) {
        get(user, id);
        return audit.verify(SUBJECT, id);
    }

    /**
     * Name approval (名称预核) before registration: existing names in the same district-level jurisdiction that are
     * identical or nearly identical by {@link NameSimilarity}'s rule. Organization names are public record (登记信息
     * 公开), so the check looks across the whole district, but answers only with names, never with the records.
     */
    @ReadOnly
    public List<NameWarning> checkName(CurrentUser user, String name, Jurisdiction jurisdiction) {
        DataScope scope = scopes.of(user);
        if (!scope.covers(jurisdiction, null)) {
            throw new cn.incubator.platform.problem.OutOfScopeException(jurisdiction);
        }
        return nameWarnings(name, jurisdiction);
    }

    private List<NameWarning> nameWarnings(String name, Jurisdiction jurisdiction) {
        Jurisdiction district = districtOf(jurisdiction);
        Set<String> places = new LinkedHashSet<>();
        for (Jurisdiction up = district; up != null; up = up.parent().orElse(null)) {
            places.add(up.name());
        }
        district.children().forEach(street -> places.add(street.name()));
        NameSimilarity similarity = new NameSimilarity(places);
        NameSimilarity.Key key = similarity.key(name);
        if (key.grams().length == 0) {
            return List.of();
        }
        List<NameWarning> warnings = new ArrayList<>();
        for (OrganizationRepository.ExistingName existing : organizations.namesThatCanMatch(district, key)) {
            similarity.compare(name, existing.name()).ifPresent(match -> warnings.add(new NameWarning(
                    existing.name(), existing.jurisdiction(), existing.status(),
                    match.kind().name(), Math.round(match.similarity() * 100) / 100.0)));
        }
        warnings.sort(Comparator.comparingDouble(NameWarning::similarity).reversed()
                .thenComparing(NameWarning::name));
        return warnings;
    }

    /** The district-level (县级) division containing a place; a city or province stands for itself. */
    static Jurisdiction districtOf(Jurisdiction jurisdiction) {
        Jurisdiction current = jurisdiction;
        while (current.tier().compareTo(Tier.DISTRICT) > 0 && current.parent().isPresent()) {
            current = current.parent().get();
        }
        return current;
    }

    /** 登记: the organization receives its credit code and registration date. */
    @Transactional
    public Organization register(CurrentUser user, UUID id, String creditCode, Jurisdiction registeredBy,
            LocalDate registeredOn, RegistryEvents.Administrator administrator) {
        Organization registered = becomeLegal(user, id, LifecycleAction.REGISTER, creditCode, registeredBy,
                registeredOn, "registeredOn", "organization.registered");
        if (administrator != null) {
            registryEvents.administratorNamed(registered, administrator);
        }
        return registered;
    }

    /** 备案: a community organization is filed with its street; a credit code is optional. */
    @Transactional
    public Organization file(CurrentUser user, UUID id, String creditCode, Jurisdiction registeredBy,
            LocalDate filedOn) {
        return becomeLegal(user, id, LifecycleAction.FILE, creditCode, registeredBy, filedOn, "filedOn",
                "organization.filed");
    }

    private Organization becomeLegal(CurrentUser user, UUID id, LifecycleAction action, String rawCode,
            Jurisdiction registeredBy, LocalDate on, String dateField, String event) {
        String creditCode = normalizeCreditCode(rawCode);
        return change(user, id, event, current -> {
            guard(current, action);
            if (creditCode == null && action == LifecycleAction.REGISTER) {
                throw new FieldProblemException("creditCode", "Organization.creditCode.required");
            }
            requireUsableCreditCode(current.legalForm(), creditCode);
            return current.register(action, creditCode, registeredBy, on, dateField, today());
        });
    }

    /** 注销. */
    @Transactional
    public Organization cancel(CurrentUser user, UUID id, LocalDate cancelledOn) {
        return change(user, id, "organization.cancelled", current -> {
            guard(current, LifecycleAction.CANCEL);
            LocalDate lastRenewedOn = organizations.boardRenewals(id).stream().map(BoardRenewal::renewedOn)
                    .max(Comparator.naturalOrder()).orElse(null);
            return current.cancel(cancelledOn, lastRenewedOn, today());
        });
    }

    /** 换届: records the renewal and makes its legal representative, if named, the organization's. */
    @Transactional
    public BoardRenewal renewBoard(CurrentUser user, UUID id, NewBoardRenewal request) {
        List<BoardRenewal> recorded = new ArrayList<>(1);
        change(user, id, "organization.board-renewed", current -> {
            guard(current, LifecycleAction.RENEW_BOARD);
            Organization renewed = current.renewBoard(request.legalRepresentative(), request.renewedOn(), today());
            if (organizations.termRecorded(id, request.termNumber())) {
                throw new ConflictException("term-recorded", request.termNumber());
            }
            BoardRenewal renewal = new BoardRenewal(UUID.randomUUID(), id, request.renewedOn(),
                    request.termNumber(), request.termYears(), request.legalRepresentative(), user.username(),
                    Instant.now(clock));
            organizations.insertBoardRenewal(renewal);
            recorded.add(renewal);
            return renewed;
        });
        return recorded.get(0);
    }

    @ReadOnly
    public List<BoardRenewal> boardRenewals(CurrentUser user, UUID id) {
        get(user, id);
        return organizations.boardRenewals(id);
    }

    /** Profile fields (PATCH): what is given changes, the rest stays. */
    @Transactional
    public Organization updateProfile(CurrentUser user, UUID id, Category category, Profile.Change change) {
        return change(user, id, "organization.profile-updated",
                current -> current.withProfile(category, current.profile().apply(change), today()));
    }

    /** Read with a lock, check the write is allowed, apply, store, and put before and after on the timeline. */
    private Organization change(CurrentUser user, UUID id, String event, UnaryOperator<Organization> operation) {
        GuardedChanges.Changed<Organization> changed = changes.change(user, target, id, event, current -> {
            requireHubFilesCommunityOnly(user, current.legalForm());
            return operation.apply(current);
        });
        if (changed.after().status() != changed.before().status()) {
            registryEvents.statusChanged(changed.after(), changed.before().status(), event);
        }
        return changed.after();
    }

    /** Today where the dates are entered (Beijing time), whatever the machine's zone. */
    private LocalDate today() {
        return LocalDate.now(clock.withZone(Display.ZONE));
    }

    private static void guard(Organization organization, LifecycleAction action) {
        OrganizationStatus.lifecycle(organization.legalForm()).require(organization.status(), action);
    }

    /** A street hub operator (枢纽型社区社会组织) incubates and files community organizations, and nothing else. */
    private static void requireHubFilesCommunityOnly(CurrentUser user, LegalForm form) {
        if (user.hasRole(Role.HUB_OPERATOR) && !user.hasAnyRole(Role.PLATFORM_ADMIN, Role.CIVIL_AFFAIRS,
                Role.BASE_OPERATOR) && form != LegalForm.COMMUNITY_ORGANIZATION) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "hub-community-only", form.name());
        }
    }

    private static String normalizeCreditCode(String creditCode) {
        return creditCode == null || creditCode.isBlank() ? null : creditCode.strip().toUpperCase(Locale.ROOT);
    }

    private void requireUsableCreditCode(LegalForm form, String creditCode) {
        if (creditCode == null) {
            return;
        }
        if (!form.agreesWith(creditCode)) {
            throw new FieldProblemException("creditCode", "CreditCode.legalForm", creditCode.substring(0, 2));
        }
        if (organizations.creditCodeTaken(creditCode)) {
            throw new ConflictException("credit-code-taken", creditCode);
        }
    }

    /**
     * What a caller supplies to record an organization.
     *
     * @param registeredBy 12-digit code of the registration authority (登记管理机关) when it is above the
     *                     organization's district-level division (see {@link RegistrationAuthority}); else null
     * @param registeredOn registration (filing) date when recording an organization that is already registered
     *                     (filed); {@code null} for one in preparation
     */
    public record NewOrganization(String name, LegalForm legalForm, String creditCode, String jurisdiction,
            String registeredBy, Category category, Profile profile, LocalDate registeredOn) {

        /** An organization registered (filed) by the authority of its district-level division, or in preparation. */
        public NewOrganization(String name, LegalForm legalForm, String creditCode, String jurisdiction,
                Category category, Profile profile, LocalDate registeredOn) {
            this(name, legalForm, creditCode, jurisdiction, null, category, profile, registeredOn);
        }
    }

    public record NewBoardRenewal(LocalDate renewedOn, int termNumber, int termYears, Person legalRepresentative) {
    }

    /** A new organization and the name-approval warnings its name raised. */
    /** @param alreadyRecorded the id was recorded before, with the same organization: nothing was written now */
    public record Created(Organization organization, List<NameWarning> nameWarnings, boolean alreadyRecorded) {
    }

    /**
     * An existing name the proposed one resembles.
     *
     * @param match IDENTICAL, SAME_CORE or SIMILAR (see {@link NameSimilarity})
     */
    public record NameWarning(String name, Jurisdiction jurisdiction, OrganizationStatus status,
            String match, double similarity) {
    }
}
