package cn.incubator.grants.custody;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A fund custody agreement (资金代管三方协议) between an organization without its own account, its community and the
 * hub that holds the money, with the balance held now.
 */
public record CustodyAgreement(UUID id, UUID organizationId, String organizationName, String jurisdictionCode,
        String communityName, String hubName, String agreementNumber, LocalDate signedOn, String purpose,
        CustodyStatus status, BigDecimal balance, String createdBy, Instant createdAt) {
}
