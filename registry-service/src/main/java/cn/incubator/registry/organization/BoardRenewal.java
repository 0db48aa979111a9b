package cn.incubator.registry.organization;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A board renewal (换届): the organization's board starts its {@code termNumber}-th term (第N届) of {@code termYears}
 * years on {@code renewedOn}, possibly under a new legal representative.
 */
public record BoardRenewal(UUID id, UUID organizationId, LocalDate renewedOn, int termNumber, int termYears,
        Person legalRepresentative, String recordedBy, Instant recordedAt) {

    /** As shown in responses: the legal representative masked. */
    public BoardRenewal masked() {
        return new BoardRenewal(id, organizationId, renewedOn, termNumber, termYears,
                Person.maskedOrNull(legalRepresentative), recordedBy, recordedAt);
    }
}
