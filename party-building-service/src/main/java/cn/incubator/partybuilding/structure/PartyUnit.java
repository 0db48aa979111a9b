package cn.incubator.partybuilding.structure;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One party organization in the structure: a joint committee (联合党委), a joint branch (联合党支部) or an
 * organization's own branch (党支部).
 */
public record PartyUnit(UUID id, UnitKind kind, String name, UUID parentId, @JsonIgnore String jurisdictionCode,
        CoverageForm coverageForm, String industry, String location, UUID organizationId, LocalDate formedOn,
        Instant createdAt) {
    /** The jurisdiction in the one response shape ({@code code, name, fullName, tier}). */
    @JsonProperty("jurisdiction")
    public Jurisdiction jurisdiction() {
        return jurisdictionCode == null ? null : Jurisdiction.of(jurisdictionCode);
    }
}
