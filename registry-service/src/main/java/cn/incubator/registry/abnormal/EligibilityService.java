package cn.incubator.registry.abnormal;

import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.sql.ReadOnly;
import cn.incubator.registry.organization.Organization;
import cn.incubator.registry.organization.OrganizationService;
import cn.incubator.registry.organization.OrganizationStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

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

    /** Whether the organization is eligible, and every reason why not: its status first, then its listings. */
    @ReadOnly
    public Eligibility check(CurrentUser user, UUID organizationId) {
        Organization organization = organizations.get(user, organizationId);
        List<Reason> reasons = new java.util.ArrayList<>();
        switch (organization.status()) {
            case CANCELLED -> reasons.add(new Reason(Reason.Kind.STATUS, "CANCELLED", null, null, null));
            case IN_PREPARATION -> reasons.add(new Reason(Reason.Kind.STATUS, "NOT_REGISTERED", null, null, null));
            default -> { }
        }
        listings.ofOrganization(organizationId).stream()
                .filter(AbnormalListing::active)
                .map(l -> new Reason(Reason.Kind.ABNORMAL_LIST, l.reason().name(), l.reference(), l.note(),
                        l.listedAt()))
                .forEach(reasons::add);
        boolean listed = reasons.stream().anyMatch(r -> r.kind() == Reason.Kind.ABNORMAL_LIST);
        return new Eligibility(organizationId, organization.status(), listed, List.copyOf(reasons),
                reasons.isEmpty());
    }

    /**
     * @param onAbnormalList whether any listing currently holds
     * @param reasons        why it is not eligible: empty exactly when it is
     * @param eligible       registered or filed, and on the list for no reason
     */
    public record Eligibility(UUID organizationId, OrganizationStatus status, boolean onAbnormalList,
            List<Reason> reasons, boolean eligible) {
    }

    /**
     * One reason against eligibility: the organization's status ({@code NOT_REGISTERED} while in preparation,
     * {@code CANCELLED}), or an active listing on the abnormal-activity list (its {@link AbnormalReason}, with the
     * reference, note and date of the listing).
     */
    public record Reason(Kind kind, String reason, String reference, String note, Instant listedAt) {

        public enum Kind { STATUS, ABNORMAL_LIST }

        /** The code other services receive over gRPC: a listing's reason is prefixed {@code ABNORMAL_}. */
        public String code() {
            return kind == Kind.ABNORMAL_LIST ? "ABNORMAL_" + reason : reason;
        }
    }
}
