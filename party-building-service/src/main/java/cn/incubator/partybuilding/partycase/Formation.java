package cn.incubator.partybuilding.partycase;

/**
 * How an organization's party work is organized (组织覆盖形式), which its number of party members decides:
 * 0 members → an instructor and a member-development plan; 1–2 → a joint branch (联合党支部, by area 区块联建 or by
 * industry 行业统建); 3 or more → its own branch (单独组建党支部).
 */
public enum Formation {
    /** 选派党建指导员, 发展党员. */
    INSTRUCTOR_AND_DEVELOPMENT,
    /** 联合党支部. */
    JOINT_BRANCH,
    /** 单独组建党支部. */
    OWN_BRANCH;

    /** Members needed for an organization's own branch (正式党员三人以上的, 应当成立党支部). */
    public static final int OWN_BRANCH_MINIMUM = 3;

    public static Formation requiredFor(int memberCount) {
        if (memberCount < 0) {
            throw new IllegalArgumentException("member count cannot be negative: " + memberCount);
        }
        if (memberCount == 0) {
            return INSTRUCTOR_AND_DEVELOPMENT;
        }
        return memberCount < OWN_BRANCH_MINIMUM ? JOINT_BRANCH : OWN_BRANCH;
    }
}
