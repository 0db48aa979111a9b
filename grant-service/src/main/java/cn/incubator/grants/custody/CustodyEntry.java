package cn.incubator.grants.custody;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One line of a custody ledger: a deposit (存入) or spending (支出), with its purpose and voucher (凭证). */
public record CustodyEntry(UUID id, UUID agreementId, int seq, Kind kind, BigDecimal amount, String purpose,
        String voucherReference, LocalDate occurredOn, BigDecimal balanceAfter, String recordedBy,
        Instant recordedAt) {

    public enum Kind {
        DEPOSIT, SPENDING
    }
}
