package cn.incubator.grants.review;

import java.time.Instant;
import java.util.UUID;

/** An objection (异议) lodged during a round's public notice (公示), and its outcome. */
public record Objection(UUID id, UUID roundId, UUID proposalId, String objector, String content, String recordedBy,
        Instant lodgedAt, Status status, String resolution, String resolvedBy, Instant resolvedAt) {

    /** Open until resolved: dismissed (驳回) or upheld (成立). */
    public enum Status { OPEN, DISMISSED, UPHELD }
}
