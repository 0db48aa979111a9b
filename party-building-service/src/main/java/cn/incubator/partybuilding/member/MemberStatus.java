package cn.incubator.partybuilding.member;

import cn.incubator.platform.transition.Lifecycle;
import java.util.EnumSet;

/**
 * Where a recorded party member (党员) stands: the party relation waiting to be transferred in (组织关系待转入),
 * transferred (已转入), or the member left the organization (已离开).
 */
public enum MemberStatus {
    /** 组织关系待转入. */
    PENDING,
    /** 组织关系已转入. */
    TRANSFERRED,
    /** 已离开. */
    LEFT;

    /** What happens to a recorded member. */
    public enum Action {
        /** 组织关系转入. */
        TRANSFER_RELATION,
        /** 离开. */
        LEAVE
    }

    /** The whole lifecycle of a recorded member. */
    public static final Lifecycle<MemberStatus, Action> LIFECYCLE = Lifecycle.of(MemberStatus.class, Action.class)
            .allow(PENDING, Action.TRANSFER_RELATION, TRANSFERRED)
            .allow(EnumSet.of(PENDING, TRANSFERRED), Action.LEAVE, LEFT)
            .build();

    static MemberStatus of(PartyRelation relation, boolean left) {
        return left ? LEFT : relation == PartyRelation.TRANSFERRED ? TRANSFERRED : PENDING;
    }
}
