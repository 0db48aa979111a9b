package cn.incubator.grants.award;

import java.time.Instant;
import java.util.UUID;

/** An interim (中期) or final (结项) report of an award, submitted by the organization and decided by an officer. */
public record Report(UUID id, UUID awardId, ReportKind kind, ReportStatus status, Outcomes outcomes, String narrative,
        String returnReason, String submittedBy, Instant submittedAt, String decidedBy, Instant decidedAt) {

    Report decided(ReportStatus.Action action, String reason, String by, Instant at) {
        return new Report(id, awardId, kind, status.after(action), outcomes, narrative, reason, submittedBy,
                submittedAt, by, at);
    }

    Report resubmitted(Outcomes corrected, String correctedNarrative, String by, Instant at) {
        return new Report(id, awardId, kind, status.after(ReportStatus.Action.RESUBMIT), corrected,
                correctedNarrative, returnReason, by, at, null, null);
    }
}
