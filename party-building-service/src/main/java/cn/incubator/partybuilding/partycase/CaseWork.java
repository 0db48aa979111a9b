package cn.incubator.partybuilding.partycase;

/**
 * The work done on a party-organization incubation case that keeps its {@link Stage}: recording members,
 * arrangements, proposals, ratings. Which stages allow which work is {@link PartyCase#WORK}.
 */
public enum CaseWork {
    /** 登记党员. */
    RECORD_MEMBER,
    /** 组织关系转入. */
    TRANSFER_RELATION,
    /** 登记党员离开. */
    RECORD_MEMBER_LEFT,
    /** 制定发展党员计划. */
    KEEP_DEVELOPMENT_PLAN,
    /** 选派党建指导员. */
    ASSIGN_INSTRUCTOR,
    /** 结对共建. */
    PAIR,
    /** 加入联合党支部. */
    JOIN_JOINT_BRANCH,
    /** 单独组建党支部. */
    FORM_OWN_BRANCH,
    /** 决定组建方式建议. */
    DECIDE_PROPOSAL,
    /** 星级评定 (follow-up only). */
    RATE_STARS,
    /** 评选示范 (follow-up only). */
    SELECT_AS_MODEL
}
