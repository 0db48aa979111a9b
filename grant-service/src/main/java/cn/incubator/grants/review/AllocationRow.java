package cn.incubator.grants.review;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One proposal's line of a round's ranking and allocation, as stored in {@code round_allocation}: the source of truth
 * for what the round commits.
 */
public record AllocationRow(UUID proposalId, UUID organizationId, String organizationName, @JsonIgnore String jurisdictionCode,
        String title, String planCode, BigDecimal requested, int rank, BigDecimal totalScore, boolean priority,
        BigDecimal limit, BigDecimal recommended, BigDecimal amount, String adjustedReason, String adjustedBy,
        Instant adjustedAt) {
    /** The jurisdiction in the one response shape ({@code code, name, fullName, tier}). */
    @JsonProperty("jurisdiction")
    public Jurisdiction jurisdiction() {
        return jurisdictionCode == null ? null : Jurisdiction.of(jurisdictionCode);
    }
}
