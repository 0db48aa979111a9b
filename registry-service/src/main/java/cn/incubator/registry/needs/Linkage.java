package cn.incubator.registry.needs;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A confirmed resource linkage (资源链接): who provided what value, to which organization's need, on which day. */
public record Linkage(UUID id, UUID needId, UUID offerId, UUID organizationId, String jurisdictionCode,
        String providerName, BigDecimal valueYuan, LocalDate linkedOn, String note, String confirmedBy,
        Instant createdAt) {
}
