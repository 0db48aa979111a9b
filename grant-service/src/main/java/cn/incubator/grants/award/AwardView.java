package cn.incubator.grants.award;

import cn.incubator.platform.federation.ListOrder;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An award as the API shows it. */
public record AwardView(UUID id, UUID programmeId, UUID roundId, UUID proposalId, UUID organizationId,
        String organizationName, Jurisdiction jurisdiction, String projectTitle, String planCode, BigDecimal amount,
        AwardStatus status, Award.Agreement agreement, String terminationReason, Instant createdAt, Instant updatedAt) {

    /** The list's order ({@code a.created_at, a.organization_name, a.id}), for merging the rows of several nodes. */
    public static final ListOrder<AwardView> ORDER = ListOrder.identifiedBy(AwardView::id)
            .oldestFirst(AwardView::createdAt).text(AwardView::organizationName).thenId();


    public static AwardView of(Award award) {
        return new AwardView(award.id(), award.programmeId(), award.roundId(), award.proposalId(),
                award.organizationId(), award.organizationName(), Jurisdiction.of(award.jurisdictionCode()),
                award.projectTitle(),
                award.planCode(), award.amount(), award.status(), award.agreement(), award.terminationReason(),
                award.createdAt(), award.updatedAt());
    }
}
