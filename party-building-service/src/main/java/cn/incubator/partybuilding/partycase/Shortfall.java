package cn.incubator.partybuilding.partycase;

/** What an organization still lacks to be covered as its member count requires. */
public enum Shortfall {
    INSTRUCTOR_MISSING,
    DEVELOPMENT_PLAN_MISSING,
    JOINT_BRANCH_MISSING,
    OWN_BRANCH_MISSING
}
