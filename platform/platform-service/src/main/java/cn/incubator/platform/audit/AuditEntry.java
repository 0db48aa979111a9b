package cn.incubator.platform.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of the full-process trace (全过程留痕): who did what to which record, when, and how it looked before
 * and after.
 *
 * @param before JSON of the record before the change, or {@code null} on creation
 * @param after  JSON of the record after the change, or {@code null} on deletion
 */
public record AuditEntry(
        UUID id,
        Instant occurredAt,
        String actor,
        String action,
        String subjectType,
        String subjectId,
        String jurisdictionCode,
        String before,
        String after,
        String traceId) {
}
