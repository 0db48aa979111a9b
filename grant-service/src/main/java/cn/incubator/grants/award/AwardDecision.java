package cn.incubator.grants.award;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A round's funding decision made final after its public notice (公示): the proposals funded and with how much. The
 * round publishes it in-process inside the finalizing transaction; the award module turns each line into an award
 * (资助协议) in the same transaction, so a round is never final without its awards.
 */
public record AwardDecision(UUID programmeId, UUID roundId, String decidedBy, List<Line> lines) {

    public AwardDecision {
        lines = List.copyOf(lines);
    }

    /** One funded proposal. {@code planCode} is the capped plan it was funded under, or {@code null}. */
    public record Line(UUID proposalId, UUID organizationId, String organizationName, String jurisdictionCode,
            String projectTitle, String planCode, BigDecimal amount) {
    }
}
