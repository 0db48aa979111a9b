package cn.incubator.partybuilding.member;

import java.time.Instant;
import java.util.UUID;

/**
 * A party member (党员) found in an organization. Held inside the service only: responses and the timeline carry
 * {@link MaskedMember}; the ID number is never held at all, only its keyed hash and masked form.
 */
record PartyMember(UUID id, UUID caseId, String name, String phone, String idNumberHash, String idNumberMasked,
        Membership membership, PartyRelation relation, Instant relationTransferredAt, Instant recordedAt,
        Instant leftAt) {

    MaskedMember masked() {
        return new MaskedMember(id, cn.incubator.platform.text.Masking.personName(name),
                cn.incubator.platform.text.Masking.mobilePhone(phone), idNumberMasked, membership, relation,
                relationTransferredAt, recordedAt, leftAt);
    }

    MemberStatus status() {
        return MemberStatus.of(relation, leftAt != null);
    }

    /** @throws cn.incubator.platform.transition.IllegalTransitionException unless the relation is pending */
    PartyMember transferred(Instant at) {
        MemberStatus.LIFECYCLE.require(status(), MemberStatus.Action.TRANSFER_RELATION);
        return new PartyMember(id, caseId, name, phone, idNumberHash, idNumberMasked, membership,
                PartyRelation.TRANSFERRED, at, recordedAt, leftAt);
    }

    /** @throws cn.incubator.platform.transition.IllegalTransitionException when the member left already */
    PartyMember left(Instant at) {
        MemberStatus.LIFECYCLE.require(status(), MemberStatus.Action.LEAVE);
        return new PartyMember(id, caseId, name, phone, idNumberHash, idNumberMasked, membership, relation,
                relationTransferredAt, recordedAt, at);
    }
}
