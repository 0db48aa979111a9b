package cn.incubator.registry.organization;

import cn.incubator.platform.federation.ListOrder;
import cn.incubator.registry.field.ServiceField;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An organization as callers and the timeline see it: personal data of its people masked, codes of enumerations
 * alongside their Chinese labels.
 *
 * @param registeredBy the registration authority (登记管理机关): the one recorded for an organization registered at a
 *                     higher tier, else the organization's district-level division (see {@link RegistrationAuthority})
 */
public record OrganizationView(
        UUID id,
        String name,
        LegalForm legalForm,
        String creditCode,
        Jurisdiction jurisdiction,
        Jurisdiction registeredBy,
        Category category,
        OrganizationStatus status,
        List<ServiceField> serviceFields,
        Maturity maturity,
        String supervisingDepartment,
        String address,
        Person legalRepresentative,
        Person contact,
        LocalDate foundedOn,
        LocalDate registeredOn,
        LocalDate cancelledOn,
        Instant createdAt) {

    /** The search's order by name ({@code name_normalized, id}): an export's, merged over several nodes. */
    public static ListOrder<OrganizationView> byName() {
        return OrganizationSearch.Sort.NAME.rows;
    }

    public static OrganizationView of(Organization o) {
        Profile p = o.profile();
        return new OrganizationView(o.id(), o.name(), o.legalForm(), o.creditCode(),
                o.jurisdiction(), o.registrationAuthority(), o.category(), o.status(),
                p.serviceFields().stream().sorted().toList(), p.maturity(), p.supervisingDepartment(), p.address(),
                Person.maskedOrNull(p.legalRepresentative()), Person.maskedOrNull(p.contact()), p.foundedOn(),
                o.registeredOn(), o.cancelledOn(), o.createdAt());
    }
}
