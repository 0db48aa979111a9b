package cn.incubator.grants.award;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** The payment (支付) of one released tranche, made once per idempotency key. */
public record Payment(UUID id, UUID trancheId, UUID awardId, UUID programmeId, String idempotencyKey,
        BigDecimal amount, String voucherNumber, String paidBy, Instant paidAt) {
}
