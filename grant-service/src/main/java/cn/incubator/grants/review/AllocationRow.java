package cn.incubator.grants.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One proposal's line of a round's ranking and allocation, as stored in {@code round_allocation}: the source of truth
 * for what the round commits.
 */
public record AllocationRow(UUID proposalId, UUID organizationId, String organizationName, String jurisdictionCode,
        String title, String planCode, BigDecimal requested, int rank, BigDecimal totalScore, boolean priority,
        BigDecimal limit, BigDecimal recommended, BigDecimal amount, String adjustedReason, String adjustedBy,
        Instant adjustedAt) {
}
