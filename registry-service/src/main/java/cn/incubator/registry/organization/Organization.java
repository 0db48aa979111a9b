package cn.incubator.registry.organization;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import java.time.Instant;
import java.util.UUID;

/** A social organization in the registry (组织库). */
public record Organization(
        UUID id,
        String name,
        LegalForm legalForm,
        String creditCode,
        Jurisdiction jurisdiction,
        Category category,
        OrganizationStatus status,
        Instant createdAt) {

    /** The status a new organization starts in: filed for a community organization, registered once it has a code. */
    static OrganizationStatus initialStatus(LegalForm legalForm, String creditCode) {
        if (legalForm.isFiled()) {
            return OrganizationStatus.FILED;
        }
        return creditCode == null ? OrganizationStatus.IN_PREPARATION : OrganizationStatus.REGISTERED;
    }
}
