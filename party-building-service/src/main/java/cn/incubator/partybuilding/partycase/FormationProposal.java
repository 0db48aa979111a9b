package cn.incubator.partybuilding.partycase;

import java.time.Instant;
import java.util.UUID;

/** A move the formation rules proposed after a member count crossed a threshold, and the decision on it. */
public record FormationProposal(UUID id, UUID caseId, Formation from, Formation to, int memberCount,
        Instant proposedAt, Status status, String decidedBy, Instant decidedAt, String reason) {

    public enum Status {
        PENDING,
        ACCEPTED,
        REJECTED,
        /** A later count change made it moot. */
        SUPERSEDED
    }

    FormationProposal decided(Status decision, String by, Instant at, String why) {
        return new FormationProposal(id, caseId, from, to, memberCount, proposedAt, decision, by, at, why);
    }
}
