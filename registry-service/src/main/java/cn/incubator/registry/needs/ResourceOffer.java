package cn.incubator.registry.needs;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.registry.field.ServiceField;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A resource a foundation or an enterprise offers (资源): a kind, the fields it supports, the jurisdiction it covers
 * (every need inside it may use it) and, for funds and materials, its value in yuan.
 */
public record ResourceOffer(
        UUID id,
        String providerName,
        ProviderType providerType,
        ResourceKind kind,
        String title,
        String description,
        Set<ServiceField> fields,
        Jurisdiction coverage,
        BigDecimal valueYuan,
        boolean open,
        Instant createdAt) {

    public ResourceOffer {
        fields = Set.copyOf(fields);
    }

    public OfferStatus status() {
        return OfferStatus.of(open);
    }
}
