package cn.incubator.partybuilding.member;

/** Where a member's party relation stands (组织关系接转): waiting to be transferred in, or transferred. */
public enum PartyRelation {
    PENDING,
    TRANSFERRED;

    /** @throws IllegalStateException when the relation was transferred already */
    public PartyRelation transfer() {
        if (this != PENDING) {
            throw new IllegalStateException("party relation already " + this);
        }
        return TRANSFERRED;
    }
}
