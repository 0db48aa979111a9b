package cn.incubator.partybuilding.structure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** 联席会议: a joint meeting of a committee or joint branch with its organizations. */
public record JointMeeting(UUID id, UUID unitId, LocalDate heldOn, String topic, int attendeeCount, String summary,
        String recordedBy, Instant recordedAt) {
}
