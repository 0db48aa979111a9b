package cn.incubator.partybuilding.structure;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.UUID;

/** An organization a unit covers (a joint branch's member, or the organization of an own branch). */
public record CoveredOrganization(UUID caseId, UUID organizationId, String organizationName, @JsonIgnore String jurisdictionCode,
        int memberCount) {
    /** The jurisdiction in the one response shape ({@code code, name, fullName, tier}). */
    @JsonProperty("jurisdiction")
    public Jurisdiction jurisdiction() {
        return jurisdictionCode == null ? null : Jurisdiction.of(jurisdictionCode);
    }
}
