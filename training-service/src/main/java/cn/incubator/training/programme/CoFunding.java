package cn.incubator.training.programme;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A partner's share of a programme (合作方共同资助): the partner's id (the {@code partner_id} of its client), its name
 * and an exact amount in yuan.
 */
public record CoFunding(UUID id, UUID programmeId, String partnerId, String funderName, BigDecimal amount,
        LocalDate committedOn, String recordedBy, Instant recordedAt) {
}
