package cn.incubator.registry.organization;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A social organization in the registry (组织库). Lifecycle changes go through {@link OrganizationStatus#after}, so
 * no method here can put an organization in a status its lifecycle does not allow.
 *
 * @param registeredOn date of registration (登记) or, for a community organization, of filing (备案)
 * @param cancelledOn  date of cancellation (注销)
 */
public record Organization(
        UUID id,
        String name,
        LegalForm legalForm,
        String creditCode,
        Jurisdiction jurisdiction,
        Category category,
        OrganizationStatus status,
        Profile profile,
        LocalDate registeredOn,
        LocalDate cancelledOn,
        Instant createdAt) {

    /** Registration (登记) or filing (备案), whichever the legal form takes; {@code creditCode} may stay null when filed. */
    Organization register(LifecycleAction action, String code, LocalDate on) {
        OrganizationStatus next = status.after(action, legalForm);
        return new Organization(id, name, legalForm, code == null ? creditCode : code, jurisdiction, category, next,
                profile, on, cancelledOn, createdAt);
    }

    Organization renewBoard(Person newLegalRepresentative) {
        OrganizationStatus next = status.after(LifecycleAction.RENEW_BOARD, legalForm);
        Profile renewed = newLegalRepresentative == null ? profile
                : profile.withLegalRepresentative(newLegalRepresentative);
        return new Organization(id, name, legalForm, creditCode, jurisdiction, category, next, renewed, registeredOn,
                cancelledOn, createdAt);
    }

    Organization cancel(LocalDate on) {
        OrganizationStatus next = status.after(LifecycleAction.CANCEL, legalForm);
        return new Organization(id, name, legalForm, creditCode, jurisdiction, category, next, profile, registeredOn,
                on, createdAt);
    }

    Organization withProfile(Category newCategory, Profile newProfile) {
        return new Organization(id, name, legalForm, creditCode, jurisdiction,
                newCategory == null ? category : newCategory, status, newProfile, registeredOn, cancelledOn, createdAt);
    }
}
