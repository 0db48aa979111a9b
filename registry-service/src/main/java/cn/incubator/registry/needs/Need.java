package cn.incubator.registry.needs;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.registry.field.ServiceField;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A need an organization posts (需求): funds (with an amount in yuan), materials, volunteers, a venue, expertise. */
public record Need(
        UUID id,
        UUID organizationId,
        String organizationName,
        Jurisdiction organizationJurisdiction,
        ResourceKind kind,
        String title,
        String description,
        ServiceField field,
        Jurisdiction jurisdiction,
        BigDecimal amountYuan,
        NeedStatus status,
        Instant createdAt) {

    public Need withStatus(NeedStatus next) {
        return new Need(id, organizationId, organizationName, organizationJurisdiction, kind, title, description,
                field, jurisdiction, amountYuan, next, createdAt);
    }
}
