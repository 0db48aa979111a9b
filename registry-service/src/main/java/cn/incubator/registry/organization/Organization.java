package cn.incubator.registry.organization;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A social organization in the registry (组织库). Lifecycle changes go through {@link OrganizationStatus#after}, so
 * no method here can put an organization in a status its lifecycle does not allow, and their dates through
 * {@link LifecycleDates}, so none can put its dates out of order.
 *
 * @param registeredBy the registration authority's jurisdiction (登记管理机关) when recorded as registered at a higher
 *                     tier than the organization's district-level division; null for the default authority (see
 *                     {@link RegistrationAuthority})
 * @param registeredOn date of registration (登记) or, for a community organization, of filing (备案)
 * @param cancelledOn  date of cancellation (注销)
 */
public record Organization(
        UUID id,
        String name,
        LegalForm legalForm,
        String creditCode,
        Jurisdiction jurisdiction,
        Jurisdiction registeredBy,
        Category category,
        OrganizationStatus status,
        Profile profile,
        LocalDate registeredOn,
        LocalDate cancelledOn,
        Instant createdAt) {

    /** The registration authority (登记管理机关): the recorded one, or the district-level division's. */
    public Jurisdiction registrationAuthority() {
        return RegistrationAuthority.of(jurisdiction, registeredBy);
    }

    /**
     * Registration (登记) or filing (备案), whichever the legal form takes; {@code creditCode} may stay null when
     * filed, {@code authority} is the recorded higher-tier authority or null.
     *
     * @param field the request field carrying the date, for problems ({@code registeredOn} or {@code filedOn})
     */
    Organization register(LifecycleAction action, String code, Jurisdiction authority, LocalDate on, String field,
            LocalDate today) {
        OrganizationStatus next = status.after(action, legalForm);
        LifecycleDates.requireRegistration(this, field, on, today);
        String newCode = code == null ? creditCode : code;
        Jurisdiction newAuthority = authority == null ? registeredBy : authority;
        RegistrationAuthority.require(newCode, jurisdiction, newAuthority);
        return new Organization(id, name, legalForm, newCode, jurisdiction, newAuthority, category, next, profile, on,
                cancelledOn, createdAt);
    }

    Organization renewBoard(Person newLegalRepresentative, LocalDate renewedOn, LocalDate today) {
        OrganizationStatus next = status.after(LifecycleAction.RENEW_BOARD, legalForm);
        LifecycleDates.requireRenewal(this, renewedOn, today);
        Profile renewed = newLegalRepresentative == null ? profile
                : profile.withLegalRepresentative(newLegalRepresentative);
        return new Organization(id, name, legalForm, creditCode, jurisdiction, registeredBy, category, next, renewed,
                registeredOn, cancelledOn, createdAt);
    }

    /** @param lastRenewedOn the date of the last board renewal (换届), null when there was none */
    Organization cancel(LocalDate on, LocalDate lastRenewedOn, LocalDate today) {
        OrganizationStatus next = status.after(LifecycleAction.CANCEL, legalForm);
        LifecycleDates.requireCancellation(this, on, lastRenewedOn, today);
        return new Organization(id, name, legalForm, creditCode, jurisdiction, registeredBy, category, next, profile,
                registeredOn, on, createdAt);
    }

    Organization withProfile(Category newCategory, Profile newProfile, LocalDate today) {
        if (newProfile.foundedOn() != null && !newProfile.foundedOn().equals(profile.foundedOn())) {
            LifecycleDates.requireFounding(this, newProfile.foundedOn(), today);
        }
        return new Organization(id, name, legalForm, creditCode, jurisdiction, registeredBy,
                newCategory == null ? category : newCategory, status, newProfile, registeredOn, cancelledOn,
                createdAt);
    }
}
