package cn.incubator.registry.consultation;

import cn.incubator.platform.federation.ListOrder;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import java.time.Instant;
import java.util.UUID;

/**
 * One consultation the base answered (咨询台账): Changsha's base answered more than 1,000 by phone, QQ group and
 * WeChat.
 *
 * @param answeredBy   the staff member who answered (服务专员)
 * @param jurisdiction where the question came from
 * @param organizationId the organization that asked, if it is in the register
 */
public record Consultation(UUID id, Instant askedAt, Channel channel, Topic topic, String question, String answer,
        String answeredBy, Jurisdiction jurisdiction, UUID organizationId, String recordedBy, Instant recordedAt) {

    /** The list's order ({@code asked_at DESC, id}), for merging the rows of several nodes. */
    public static final ListOrder<Consultation> ORDER = ListOrder.identifiedBy(Consultation::id)
            .newestFirst(Consultation::askedAt).thenId();
}
