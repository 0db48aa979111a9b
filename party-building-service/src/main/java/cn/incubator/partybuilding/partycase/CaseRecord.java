package cn.incubator.partybuilding.partycase;

import java.time.Instant;
import java.util.UUID;

/**
 * A party-organization case as stored: the {@link PartyCase} state plus who and where. Never leaves the service as
 * is; controllers map it to responses.
 */
public record CaseRecord(
        UUID id,
        UUID organizationId,
        String organizationName,
        String jurisdictionCode,
        UUID incubationCaseId,
        UUID baseId,
        String track,
        UUID sourceEventId,
        Instant admittedAt,
        Instant openedAt,
        Stage stage,
        int memberCount,
        String developmentPlan,
        UUID jointBranchId,
        UUID ownBranchId,
        String pairedUnit,
        String pairedPartyOrganization,
        Instant pairedAt,
        Instant discoveryCompletedAt,
        Instant ownBranchRequiredSince,
        Instant overdueReportedAt,
        Instructor instructor) {

    /** The current instructor (党建指导员) and whether they are also the incubation specialist (一岗双责). */
    public record Instructor(String username, boolean incubationSpecialist, Instant assignedAt) {
    }

    public Coverage coverage() {
        return new Coverage(memberCount, instructor != null,
                developmentPlan != null && !developmentPlan.isBlank(), jointBranchId != null, ownBranchId != null);
    }

    public PartyCase domain() {
        return new PartyCase(stage, coverage(), discoveryCompletedAt);
    }

    CaseRecord withStage(PartyCase changed) {
        return new CaseRecord(id, organizationId, organizationName, jurisdictionCode, incubationCaseId, baseId, track,
                sourceEventId, admittedAt, openedAt, changed.stage(), memberCount, developmentPlan, jointBranchId,
                ownBranchId, pairedUnit, pairedPartyOrganization, pairedAt, changed.discoveryCompletedAt(),
                ownBranchRequiredSince, overdueReportedAt, instructor);
    }

    CaseRecord withPlan(String plan) {
        return new CaseRecord(id, organizationId, organizationName, jurisdictionCode, incubationCaseId, baseId, track,
                sourceEventId, admittedAt, openedAt, stage, memberCount, plan, jointBranchId, ownBranchId, pairedUnit,
                pairedPartyOrganization, pairedAt, discoveryCompletedAt, ownBranchRequiredSince, overdueReportedAt,
                instructor);
    }

    CaseRecord withBranches(UUID jointBranch, UUID ownBranch) {
        return new CaseRecord(id, organizationId, organizationName, jurisdictionCode, incubationCaseId, baseId, track,
                sourceEventId, admittedAt, openedAt, stage, memberCount, developmentPlan, jointBranch, ownBranch,
                pairedUnit, pairedPartyOrganization, pairedAt, discoveryCompletedAt, ownBranchRequiredSince,
                overdueReportedAt, instructor);
    }

    CaseRecord withPairing(String unit, String partyOrganization, Instant at) {
        return new CaseRecord(id, organizationId, organizationName, jurisdictionCode, incubationCaseId, baseId, track,
                sourceEventId, admittedAt, openedAt, stage, memberCount, developmentPlan, jointBranchId, ownBranchId,
                unit, partyOrganization, at, discoveryCompletedAt, ownBranchRequiredSince, overdueReportedAt,
                instructor);
    }

    CaseRecord withInstructor(Instructor assigned) {
        return new CaseRecord(id, organizationId, organizationName, jurisdictionCode, incubationCaseId, baseId, track,
                sourceEventId, admittedAt, openedAt, stage, memberCount, developmentPlan, jointBranchId, ownBranchId,
                pairedUnit, pairedPartyOrganization, pairedAt, discoveryCompletedAt, ownBranchRequiredSince,
                overdueReportedAt, assigned);
    }

    CaseRecord withMembers(int count, Instant requiredSince) {
        return new CaseRecord(id, organizationId, organizationName, jurisdictionCode, incubationCaseId, baseId, track,
                sourceEventId, admittedAt, openedAt, stage, count, developmentPlan, jointBranchId, ownBranchId,
                pairedUnit, pairedPartyOrganization, pairedAt, discoveryCompletedAt, requiredSince, overdueReportedAt,
                instructor);
    }

    CaseRecord withOverdueReported(Instant reportedAt) {
        return new CaseRecord(id, organizationId, organizationName, jurisdictionCode, incubationCaseId, baseId, track,
                sourceEventId, admittedAt, openedAt, stage, memberCount, developmentPlan, jointBranchId, ownBranchId,
                pairedUnit, pairedPartyOrganization, pairedAt, discoveryCompletedAt, ownBranchRequiredSince,
                reportedAt, instructor);
    }
}
