package cn.incubator.grants.award;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One disbursement tranche of an award; {@code dependsOn} is the report whose approval unlocks it. */
public record Tranche(UUID id, UUID awardId, int seq, BigDecimal amount, ReportKind dependsOn, TrancheStatus status,
        String releasedBy, Instant releasedAt) {

    Tranche after(TrancheStatus.Action action) {
        return new Tranche(id, awardId, seq, amount, dependsOn, status.after(action), releasedBy, releasedAt);
    }

    Tranche released(String by, Instant at) {
        return new Tranche(id, awardId, seq, amount, dependsOn, status.after(TrancheStatus.Action.RELEASE), by, at);
    }
}
