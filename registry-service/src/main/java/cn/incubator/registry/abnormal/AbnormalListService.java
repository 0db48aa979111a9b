package cn.incubator.registry.abnormal;

import cn.incubator.platform.audit.AuditTrail;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.scope.DataScope;
import cn.incubator.platform.scope.DataScopes;
import cn.incubator.platform.sql.ReadOnly;
import cn.incubator.platform.text.Display;
import cn.incubator.registry.organization.Organization;
import cn.incubator.registry.organization.OrganizationService;
import cn.incubator.registry.organization.RegistryEvents;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts organizations on the abnormal-activity list (活动异常名录) and takes them off when the reason is cured. Every
 * listing and removal is on the organization's timeline.
 */
@Service
public class AbnormalListService {

    /** Dates of the Chinese civil-affairs calendar: "overdue" means past the due day in China. */
    static final ZoneId CHINA = Display.ZONE;

    private final AbnormalListRepository listings;
    private final OrganizationService organizations;
    private final DataScopes scopes;
    private final AuditTrail audit;
    private final Clock clock;
    private final RegistryEvents registryEvents;

    AbnormalListService(AbnormalListRepository listings, OrganizationService organizations, DataScopes scopes,
            AuditTrail audit, Clock clock, RegistryEvents registryEvents) {
        this.registryEvents = registryEvents;
        this.listings = listings;
        this.organizations = organizations;
        this.scopes = scopes;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The officer's sweep for {@code year}: every registered organization in the caller's scope that has not submitted
     * that year's annual inspection goes on the list, and so does every organization whose rectification is overdue
     * today. Reasons already on the list are not listed twice, so a sweep can be run again.
     */
    @Transactional
    public SweepResult sweep(CurrentUser user, int year) {
        if (year >= LocalDate.now(clock.withZone(CHINA)).getYear()) {
            throw new cn.incubator.platform.problem.FieldProblemException("year", "AnnualInspection.year.future", year);
        }
        DataScope scope = scopes.of(user);
        Instant now = Instant.now(clock);
        List<AbnormalListing> missing = recordListed(user,
                listings.listMissingAnnualReports(year, scope, user.username(), now));
        List<AbnormalListing> overdue = recordListed(user,
                listings.listOverdueRectifications(LocalDate.now(clock.withZone(CHINA)), scope, user.username(), now));
        return new SweepResult(year, missing, overdue);
    }

    /** A reason reported by another service (e.g. party-building), identified by its own reason code. */
    @Transactional
    public AbnormalListing report(CurrentUser user, UUID organizationId, String reasonCode, String note) {
        Organization organization = writable(user, organizationId);
        UUID id = listings.list(organizationId, organization.jurisdiction(), AbnormalReason.REPORTED, reasonCode, note,
                user.username(), Instant.now(clock));
        if (id == null) {
            return activeListing(organizationId, AbnormalReason.REPORTED, reasonCode);
        }
        return recordListed(user, List.of(id)).get(0);
    }

    /** The reporting service withdraws its reason: the organization comes off the list for it. */
    @Transactional
    public List<AbnormalListing> withdraw(CurrentUser user, UUID organizationId, String reasonCode) {
        Organization organization = writable(user, organizationId);
        return cure(user, organization, AbnormalReason.REPORTED, reasonCode, "withdrawn");
    }

    /**
     * Takes the organization off the list for one occurrence of a reason, if it is on it. Called inside the
     * transaction of the change that cures it (an inspection passed, a rectification done).
     */
    @Transactional
    public List<AbnormalListing> cure(CurrentUser user, Organization organization, AbnormalReason reason,
            String reference, String why) {
        List<UUID> removed = listings.remove(organization.id(), reason, reference, why, user.username(),
                Instant.now(clock));
        List<AbnormalListing> cured = listings.byIds(removed);
        cured.forEach(listing -> {
            audit.record(user, "abnormal-list.removed", OrganizationService.SUBJECT, listing.organizationId(),
                    listing.jurisdiction().code(), null, listing);
            registryEvents.abnormalListChanged(false, listing.toEvent());
        });
        return cured;
    }

    @ReadOnly
    public Page<AbnormalListing> active(CurrentUser user, AbnormalReason reason, PageRequest page) {
        return listings.active(scopes.of(user), reason, page);
    }

    /** The organization's listings, current and past; out of scope it does not exist. */
    @ReadOnly
    public List<AbnormalListing> ofOrganization(CurrentUser user, UUID organizationId) {
        organizations.get(user, organizationId);
        return listings.ofOrganization(organizationId);
    }

    private Organization writable(CurrentUser user, UUID organizationId) {
        Organization organization = organizations.get(user, organizationId);
        scopes.of(user).requireWritable(organization.jurisdiction(), organization.id());
        return organization;
    }

    private AbnormalListing activeListing(UUID organizationId, AbnormalReason reason, String reference) {
        return listings.ofOrganization(organizationId).stream()
                .filter(l -> l.active() && l.reason() == reason && l.reference().equals(reference))
                .findFirst().orElseThrow();
    }

    private List<AbnormalListing> recordListed(CurrentUser user, List<UUID> ids) {
        List<AbnormalListing> listed = listings.byIds(ids);
        listed.forEach(listing -> {
            audit.record(user, "abnormal-list.listed", OrganizationService.SUBJECT, listing.organizationId(),
                    listing.jurisdiction().code(), null, listing);
            registryEvents.abnormalListChanged(true, listing.toEvent());
        });
        return listed;
    }

    /** What a sweep put on the list. */
    public record SweepResult(int year, List<AbnormalListing> noAnnualReport, List<AbnormalListing> overdueRectification) {
    }
}
