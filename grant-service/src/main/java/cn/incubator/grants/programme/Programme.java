package cn.incubator.grants.programme;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A funding programme (资助项目) of one jurisdiction, with its pool: the sum of its fundings from government and
 * partners. {@code committed} is what is spoken for: awards made plus allocations of rounds not yet final; {@code available} what
 * is left for further allocation.
 */
public record Programme(UUID id, String jurisdictionCode, String name, ProgrammeKind kind, String description,
        List<Funding> fundings, List<Plan> plans, BigDecimal committed, String createdBy, Instant createdAt) {

    public Programme {
        fundings = List.copyOf(fundings);
        plans = List.copyOf(plans);
    }

    public BigDecimal pool() {
        return fundings.stream().map(Funding::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    public BigDecimal available() {
        return pool().subtract(committed);
    }

    public Optional<Plan> plan(String code) {
        return plans.stream().filter(p -> p.code().equals(code)).findFirst();
    }

    /** Where a funding comes from. */
    public enum Source { GOVERNMENT, PARTNER }

    /** Money put into the pool; a partner's carries the partner_id of its client. */
    public record Funding(UUID id, Source source, String funderName, String partnerId, BigDecimal amount,
            LocalDate committedOn, String recordedBy, Instant recordedAt) {
    }

    /** A capped plan (计划): no award under it exceeds its cap. */
    public record Plan(String code, String name, BigDecimal cap) {
    }
}
