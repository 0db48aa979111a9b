package cn.incubator.registry.organization;

import cn.incubator.registry.field.ServiceField;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the bases keep about an organization besides its identity and legal status.
 *
 * @param supervisingDepartment 业务主管单位, e.g. 长沙县民政局 or 长沙县教育局
 * @param foundedOn             when the organization was founded (成立日期), which may precede registration
 */
public record Profile(
        Set<ServiceField> serviceFields,
        Maturity maturity,
        String supervisingDepartment,
        String address,
        Person legalRepresentative,
        Person contact,
        LocalDate foundedOn) {

    public Profile {
        serviceFields = serviceFields == null || serviceFields.isEmpty() ? Set.of()
                : Set.copyOf(EnumSet.copyOf(serviceFields));
        maturity = maturity == null ? Maturity.IN_PREPARATION : maturity;
    }

    /** This profile with every non-null value of {@code change} applied (PATCH semantics: absent means unchanged). */
    Profile apply(Change change) {
        return new Profile(
                either(change.serviceFields(), serviceFields),
                either(change.maturity(), maturity),
                either(change.supervisingDepartment(), supervisingDepartment),
                either(change.address(), address),
                either(change.legalRepresentative(), legalRepresentative),
                either(change.contact(), contact),
                either(change.foundedOn(), foundedOn));
    }

    Profile withLegalRepresentative(Person person) {
        return new Profile(serviceFields, maturity, supervisingDepartment, address, person, contact, foundedOn);
    }

    /** A partial profile: {@code null} leaves a value as it is; an empty set of fields clears them. */
    public record Change(Set<ServiceField> serviceFields, Maturity maturity, String supervisingDepartment,
            String address, Person legalRepresentative, Person contact, LocalDate foundedOn) {
    }

    private static <T> T either(T changed, T current) {
        return changed != null ? changed : current;
    }
}
