package cn.incubator.grants.custody;

import cn.incubator.platform.federation.PlaceCodedJson;
import cn.incubator.platform.federation.ListOrder;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A fund custody agreement (资金代管三方协议) between an organization without its own account, its community and the
 * hub that holds the money, with the balance held now.
 */
@JsonDeserialize(using = CustodyAgreement.Json.class)
public record CustodyAgreement(UUID id, UUID organizationId, String organizationName, @JsonIgnore String jurisdictionCode,
        String communityName, String hubName, String agreementNumber, LocalDate signedOn, String purpose,
        CustodyStatus status, BigDecimal balance, String createdBy, Instant createdAt) {

    /** The list's order ({@code signed_on DESC, organization_name, id}), for merging the rows of several nodes. */
    public static final ListOrder<CustodyAgreement> ORDER = ListOrder.identifiedBy(CustodyAgreement::id)
            .latestDayFirst(CustodyAgreement::signedOn)
            .text(CustodyAgreement::organizationName).thenId();

    /** The jurisdiction in the one response shape ({@code code, name, fullName, tier}). */
    @JsonProperty("jurisdiction")
    public Jurisdiction jurisdiction() {
        return jurisdictionCode == null ? null : Jurisdiction.of(jurisdictionCode);
    }

    /** Reads a node's row with its place (see {@link PlaceCodedJson}). */
    public static final class Json extends PlaceCodedJson<CustodyAgreement> {
        public Json() {
            super(CustodyAgreement.class);
        }
    }
}
