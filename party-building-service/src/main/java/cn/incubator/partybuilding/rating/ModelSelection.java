package cn.incubator.partybuilding.rating;

import java.time.Instant;
import java.util.UUID;

/** 示范评选: the organization's party work selected as a model (e.g. 红旗党组织, 示范党支部). */
public record ModelSelection(UUID id, UUID caseId, int year, String title, String awardedBy, String recordedBy,
        Instant recordedAt) {
}
