package cn.incubator.registry.abnormal;

import cn.incubator.registry.organization.RegistryEvents;
import cn.incubator.platform.federation.ListOrder;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import java.time.Instant;
import java.util.UUID;

/**
 * One reason an organization is, or was, on the abnormal-activity list (活动异常名录).
 *
 * @param reference which occurrence of the reason: the year, the inspection id, or the reporter's reason code
 * @param removedAt when it came off, or {@code null} while it holds
 */
public record AbnormalListing(
        UUID id,
        UUID organizationId,
        String organizationName,
        Jurisdiction jurisdiction,
        AbnormalReason reason,
        String reference,
        String note,
        String listedBy,
        Instant listedAt,
        String removedBy,
        Instant removedAt,
        String removalReason) {

    /** The active list's order ({@code l.listed_at DESC, l.id}), for merging the rows of several nodes. */
    public static final ListOrder<AbnormalListing> ORDER = ListOrder.identifiedBy(AbnormalListing::id)
            .newestFirst(AbnormalListing::listedAt).thenId();

    public boolean active() {
        return removedAt == null;
    }

    /** This listing as the registry's events tell it. */
    RegistryEvents.Listing toEvent() {
        return new RegistryEvents.Listing(id, organizationId, organizationName, jurisdiction.code(), reason.name(),
                reference, note, listedAt, removalReason, removedAt);
    }
}
