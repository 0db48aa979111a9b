package cn.incubator.grants.custody;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A fund custody agreement (资金代管三方协议) between an organization without its own account, its community and the
 * hub that holds the money, with the balance held now.
 */
public record CustodyAgreement(UUID id, UUID organizationId, String organizationName, @JsonIgnore String jurisdictionCode,
        String communityName, String hubName, String agreementNumber, LocalDate signedOn, String purpose,
        CustodyStatus status, BigDecimal balance, String createdBy, Instant createdAt) {
    /** The jurisdiction in the one response shape ({@code code, name, fullName, tier}). */
    @JsonProperty("jurisdiction")
    public Jurisdiction jurisdiction() {
        return jurisdictionCode == null ? null : Jurisdiction.of(jurisdictionCode);
    }
}
