package cn.incubator.partybuilding.rating;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** 星级评定: an organization's party work rated for a year against the checklist, with the sheet as scored. */
public record StarRating(UUID id, UUID caseId, UUID organizationId, String organizationName, @JsonIgnore String jurisdictionCode,
        int year, String checklist, Map<String, Integer> points, int score, int maxScore, int stars, String ratedBy,
        Instant ratedAt) {
    /** The jurisdiction in the one response shape ({@code code, name, fullName, tier}). */
    @JsonProperty("jurisdiction")
    public Jurisdiction jurisdiction() {
        return jurisdictionCode == null ? null : Jurisdiction.of(jurisdictionCode);
    }
}
