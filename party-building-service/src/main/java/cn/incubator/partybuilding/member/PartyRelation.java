package cn.incubator.partybuilding.member;

/**
 * Where a member's party relation stands (组织关系接转): waiting to be transferred in, or transferred. The moves are
 * those of {@link MemberStatus#LIFECYCLE}.
 */
public enum PartyRelation {
    PENDING,
    TRANSFERRED
}
