package cn.incubator.registry.organization;

import cn.incubator.platform.audit.AuditTrail;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.problem.ConflictException;
import cn.incubator.platform.problem.FieldProblemException;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.scope.DataScope;
import cn.incubator.platform.scope.DataScopes;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers organizations and finds them, always inside the caller's data scope. */
@Service
public class OrganizationService {

    static final String SUBJECT = "organization";

    private final OrganizationRepository organizations;
    private final DataScopes scopes;
    private final AuditTrail audit;
    private final Clock clock;

    OrganizationService(OrganizationRepository organizations, DataScopes scopes, AuditTrail audit, Clock clock) {
        this.organizations = organizations;
        this.scopes = scopes;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Organization create(CurrentUser user, NewOrganization request) {
        Jurisdiction jurisdiction = Jurisdiction.of(request.jurisdiction());
        scopes.of(user).requireWritable(jurisdiction, null);
        String creditCode = request.creditCode() == null || request.creditCode().isBlank() ? null
                : request.creditCode().strip().toUpperCase(java.util.Locale.ROOT);
        if (creditCode != null && creditCode.charAt(1) != request.legalForm().creditCodeType()
                && !request.legalForm().isFiled()) {
            throw new FieldProblemException("creditCode", "CreditCode.legalForm", creditCode.substring(0, 2));
        }
        if (creditCode != null && organizations.creditCodeTaken(creditCode)) {
            throw new ConflictException("credit-code-taken", creditCode);
        }
        Instant now = Instant.now(clock);
        Organization organization = new Organization(UUID.randomUUID(), request.name().strip(), request.legalForm(),
                creditCode, jurisdiction, request.category(),
                Organization.initialStatus(request.legalForm(), creditCode), now);
        organizations.insert(organization);
        audit.record(user, "organization.created", SUBJECT, organization.id(), jurisdiction.code(), null, organization);
        return organization;
    }

    @Transactional(readOnly = true)
    public Organization get(CurrentUser user, UUID id) {
        return organizations.find(id, scopes.of(user)).orElseThrow(() -> new NotFoundException("organization", id));
    }

    @Transactional(readOnly = true)
    public OrganizationRepository.Page search(CurrentUser user, OrganizationSearch search) {
        DataScope scope = scopes.of(user);
        return organizations.search(search, scope);
    }

    /**
     * Every organization a search finds (same criteria and scope as {@link #search}, name order), at most
     * {@code limit}: for exports, which take the list's query parameters.
     */
    @Transactional(readOnly = true)
    public java.util.List<Organization> searchAll(CurrentUser user, String name, LegalForm legalForm, Category category,
            OrganizationStatus status, Jurisdiction within, int limit) {
        return search(user, new OrganizationSearch(name, legalForm, category, status, within, 0, limit,
                OrganizationSearch.Sort.NAME)).items();
    }

    @Transactional(readOnly = true)
    public java.util.List<cn.incubator.platform.audit.AuditEntry> timeline(CurrentUser user, UUID id) {
        get(user, id);
        return audit.timeline(SUBJECT, id);
    }

    /** What a caller supplies to register or file an organization. */
    public record NewOrganization(String name, LegalForm legalForm, String creditCode, String jurisdiction,
            Category category) {
    }
}
