package cn.incubator.partybuilding.member;

import java.time.Instant;
import java.util.UUID;

/** A member as anyone may see it: name, phone and ID number masked (visible in full to no one). */
public record MaskedMember(UUID id, String name, String phone, String idNumber, Membership membership,
        PartyRelation relation, Instant relationTransferredAt, Instant recordedAt, Instant leftAt) {
}
