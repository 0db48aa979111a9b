package cn.incubator.registry.needs;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A confirmed resource linkage (资源链接): who provided what value, to which organization's need, on which day. */
public record Linkage(UUID id, UUID needId, UUID offerId, UUID organizationId, @JsonIgnore String jurisdictionCode,
        String providerName, BigDecimal valueYuan, LocalDate linkedOn, String note, String confirmedBy,
        Instant createdAt) {
    /** The jurisdiction in the one response shape ({@code code, name, fullName, tier}). */
    @JsonProperty("jurisdiction")
    public Jurisdiction jurisdiction() {
        return jurisdictionCode == null ? null : Jurisdiction.of(jurisdictionCode);
    }
}
