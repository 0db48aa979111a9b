package cn.incubator.partybuilding.partycase;

import cn.incubator.platform.transition.Lifecycle;
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
        SUPERSEDED;

        /** The whole lifecycle of a proposal: decided once, or superseded while pending. */
        public static final Lifecycle<Status, Action> LIFECYCLE = Lifecycle.of(Status.class, Action.class)
                .allow(PENDING, Action.ACCEPT, ACCEPTED)
                .allow(PENDING, Action.REJECT, REJECTED)
                .allow(PENDING, Action.SUPERSEDE, SUPERSEDED)
                .build();
    }

    /** What happens to a proposal. */
    public enum Action {
        /** 采纳. */
        ACCEPT,
        /** 不采纳. */
        REJECT,
        /** 被后来的人数变化取代. */
        SUPERSEDE
    }

    FormationProposal decided(Status decision, String by, Instant at, String why) {
        return new FormationProposal(id, caseId, from, to, memberCount, proposedAt, decision, by, at, why);
    }
}
