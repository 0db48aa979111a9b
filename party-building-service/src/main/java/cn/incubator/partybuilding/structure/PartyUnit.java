package cn.incubator.partybuilding.structure;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import com.fasterxml.jackson.annotation.JsonCreator;
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
    /** Read back from the one response shape, as a federated list reads a node's answer. */
    @JsonCreator
    static PartyUnit read(@JsonProperty("id") UUID id, @JsonProperty("kind") UnitKind kind,
            @JsonProperty("name") String name, @JsonProperty("parentId") UUID parentId,
            @JsonProperty("jurisdiction") Jurisdiction jurisdiction,
            @JsonProperty("coverageForm") CoverageForm coverageForm, @JsonProperty("industry") String industry,
            @JsonProperty("location") String location, @JsonProperty("organizationId") UUID organizationId,
            @JsonProperty("formedOn") LocalDate formedOn, @JsonProperty("createdAt") Instant createdAt) {
        return new PartyUnit(id, kind, name, parentId, jurisdiction == null ? null : jurisdiction.code(),
                coverageForm, industry, location, organizationId, formedOn, createdAt);
    }

    /** The jurisdiction in the one response shape ({@code code, name, fullName, tier}). */
    @JsonProperty("jurisdiction")
    public Jurisdiction jurisdiction() {
        return jurisdictionCode == null ? null : Jurisdiction.of(jurisdictionCode);
    }
}
