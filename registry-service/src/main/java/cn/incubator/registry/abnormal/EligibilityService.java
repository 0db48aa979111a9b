package cn.incubator.registry.abnormal;

import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.registry.organization.Organization;
import cn.incubator.registry.organization.OrganizationService;
import cn.incubator.registry.organization.OrganizationStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether an organization may take part in what other services offer (incubation, venture philanthropy, subsidies):
 * it must be registered or filed, and not on the abnormal-activity list. The caller's data scope applies: an
 * organization outside it does not exist.
 */
@Service
public class EligibilityService {

    private final OrganizationService organizations;
    private final AbnormalListRepository listings;

    EligibilityService(OrganizationService organizations, AbnormalListRepository listings) {
        this.organizations = organizations;
        this.listings = listings;
    }

    @Transactional(readOnly = true)
    public Eligibility check(CurrentUser user, UUID organizationId) {
        Organization organization = organizations.get(user, organizationId);
        List<Reason> reasons = listings.ofOrganization(organizationId).stream()
                .filter(AbnormalListing::active)
                .map(l -> new Reason(l.reason(), l.reference(), l.note(), l.listedAt()))
                .toList();
        return new Eligibility(organizationId, organization.status(), !reasons.isEmpty(), reasons,
                organization.status().isActive() && reasons.isEmpty());
    }

    /**
     * @param onAbnormalList whether any reason currently holds
     * @param eligible       registered or filed, and on the list for no reason
     */
    public record Eligibility(UUID organizationId, OrganizationStatus status, boolean onAbnormalList,
            List<Reason> reasons, boolean eligible) {
    }

    public record Reason(AbnormalReason reason, String reference, String note, Instant listedAt) {
    }
}
