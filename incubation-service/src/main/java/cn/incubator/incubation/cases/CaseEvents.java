package cn.incubator.incubation.cases;

import java.time.Instant;
import java.util.UUID;

/** Payloads of the facts this service publishes on the outbox (type names in {@link CaseService}). */
public final class CaseEvents {

    private CaseEvents() {
    }

    /** {@code incubation.application-submitted}: an organization or team applied (项目申请). */
    public record ApplicationSubmitted(UUID organizationId, String organizationName, UUID caseId, UUID baseId,
            Track track, boolean fromTeam, Instant appliedAt) {
    }

    /**
     * {@code incubation.organization-admitted} (入壳 / 入驻): what the party-building service reacts to ("admit one,
     * cover one").
     */
    public record OrganizationAdmitted(UUID organizationId, String organizationName, UUID caseId, UUID baseId,
            Track track, Instant admittedAt) {
    }

    /** {@code incubation.organization-graduated} (出壳). */
    public record OrganizationGraduated(UUID organizationId, String organizationName, UUID caseId, UUID baseId,
            Instant graduatedAt) {
    }

    /** {@code incubation.organization-exited}: a resident organization left, or an incubation was terminated. */
    public record OrganizationExited(UUID organizationId, String organizationName, UUID caseId, UUID baseId,
            Track track, Stage stage, Instant exitedAt) {
    }
}
