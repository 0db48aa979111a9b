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

    PartyMember transferred(Instant at) {
        return new PartyMember(id, caseId, name, phone, idNumberHash, idNumberMasked, membership, relation.transfer(),
                at, recordedAt, leftAt);
    }

    PartyMember left(Instant at) {
        return new PartyMember(id, caseId, name, phone, idNumberHash, idNumberMasked, membership, relation,
                relationTransferredAt, recordedAt, at);
    }
}
