package cn.incubator.partybuilding.structure;

import java.util.UUID;

/** An organization a unit covers (a joint branch's member, or the organization of an own branch). */
public record CoveredOrganization(UUID caseId, UUID organizationId, String organizationName, String jurisdictionCode,
        int memberCount) {
}
