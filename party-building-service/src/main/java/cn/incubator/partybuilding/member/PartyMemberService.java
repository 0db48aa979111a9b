package cn.incubator.partybuilding.member;

import cn.incubator.partybuilding.partycase.CaseRecord;
import cn.incubator.partybuilding.partycase.CaseWork;
import cn.incubator.partybuilding.partycase.PartyCaseService;
import cn.incubator.platform.audit.AuditTrail;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.idnumber.IdNumberHasher;
import cn.incubator.platform.idnumber.ResidentIdNumber;
import cn.incubator.platform.problem.ConflictException;
import cn.incubator.platform.problem.FieldProblemException;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.sql.ReadOnly;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Party members per organization (发现党员) and the transfer of their relations (组织关系接转). Every change of the
 * count goes through the formation rules in the same transaction.
 */
@Service
public class PartyMemberService {

    private final PartyMemberRepository members;
    private final PartyCaseService cases;
    private final IdNumberHasher hasher;
    private final AuditTrail audit;
    private final Clock clock;

    PartyMemberService(PartyMemberRepository members, PartyCaseService cases, IdNumberHasher hasher, AuditTrail audit,
            Clock clock) {
        this.members = members;
        this.cases = cases;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a caller supplies to record a member found in the organization. */
    public record NewMember(String name, String phone, String idNumber, Membership membership,
            PartyRelation relation) {
    }

    @Transactional
    public MaskedMember add(CurrentUser user, UUID caseId, NewMember request) {
        CaseRecord c = cases.writable(user, caseId, CaseWork.RECORD_MEMBER);
        String hash = null;
        String masked = null;
        if (request.idNumber() != null && !request.idNumber().isBlank()) {
            if (!ResidentIdNumber.isValid(request.idNumber().strip())) {
                throw new FieldProblemException("idNumber", "IdNumber");
            }
            ResidentIdNumber number = ResidentIdNumber.parse(request.idNumber().strip());
            hash = hasher.hash(number);
            masked = number.masked();
            if (members.personActive(hash)) {
                throw new ConflictException("member-already-recorded", masked);
            }
        }
        Instant now = Instant.now(clock);
        PartyRelation relation = request.relation() == null ? PartyRelation.PENDING : request.relation();
        PartyMember member = new PartyMember(UUID.randomUUID(), caseId, request.name().strip(),
                request.phone() == null || request.phone().isBlank() ? null : request.phone().strip(), hash, masked,
                request.membership() == null ? Membership.FULL : request.membership(), relation,
                relation == PartyRelation.TRANSFERRED ? now : null, now, null);
        members.insert(member);
        audit.record(user, "party-case.member-recorded", PartyCaseService.SUBJECT, caseId, c.jurisdictionCode(), null,
                member.masked());
        cases.membersChanged(user.username(), c, members.activeCount(caseId));
        return member.masked();
    }

    @ReadOnly
    public List<MaskedMember> list(CurrentUser user, UUID caseId, boolean includeLeft) {
        cases.get(user, caseId);
        return members.list(caseId, includeLeft).stream().map(PartyMember::masked).toList();
    }

    /** The member's party relation arrived (pending → transferred). */
    @Transactional
    public MaskedMember transfer(CurrentUser user, UUID caseId, UUID memberId) {
        CaseRecord c = cases.writable(user, caseId, CaseWork.TRANSFER_RELATION);
        PartyMember member = member(caseId, memberId);
        PartyMember transferred = member.transferred(Instant.now(clock));
        members.update(transferred);
        audit.record(user, "party-case.member-relation-transferred", PartyCaseService.SUBJECT, caseId,
                c.jurisdictionCode(), member.masked(), transferred.masked());
        return transferred.masked();
    }

    /** The member left the organization (moved away, relation transferred out). */
    @Transactional
    public MaskedMember leave(CurrentUser user, UUID caseId, UUID memberId) {
        CaseRecord c = cases.writable(user, caseId, CaseWork.RECORD_MEMBER_LEFT);
        PartyMember member = member(caseId, memberId);
        PartyMember left = member.left(Instant.now(clock));
        members.update(left);
        audit.record(user, "party-case.member-left", PartyCaseService.SUBJECT, caseId, c.jurisdictionCode(),
                member.masked(), left.masked());
        cases.membersChanged(user.username(), c, members.activeCount(caseId));
        return left.masked();
    }

    private PartyMember member(UUID caseId, UUID memberId) {
        return members.find(caseId, memberId).orElseThrow(() -> new NotFoundException("party-member", memberId));
    }
}
