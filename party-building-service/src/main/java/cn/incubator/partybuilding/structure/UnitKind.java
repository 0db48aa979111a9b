package cn.incubator.partybuilding.structure;

/**
 * A party organization in the structure (党组织架构), a tree: a joint party committee (联合党委) at a park, joint
 * branches (联合党支部) at branch parks and community incubators (Ejin Horo's "1+1+6"), and organizations' own
 * branches (党支部).
 */
public enum UnitKind {
    /** 联合党委: the root of a park's structure. */
    JOINT_COMMITTEE,
    /** 联合党支部: covers organizations with 1–2 members, by area (区块联建) or by industry (行业统建). */
    JOINT_BRANCH,
    /** 党支部: an organization's own branch (单独组建). */
    BRANCH;

    /** @param parent the kind of the unit above, or {@code null} for a root */
    public boolean allowsParent(UnitKind parent) {
        return switch (this) {
            case JOINT_COMMITTEE -> parent == null;
            case JOINT_BRANCH -> parent == JOINT_COMMITTEE;
            case BRANCH -> parent == JOINT_COMMITTEE || parent == null;
        };
    }

    /** The forms of coverage (覆盖方式) this kind of unit can have. */
    public boolean allows(CoverageForm form) {
        return switch (this) {
            case JOINT_COMMITTEE -> form == CoverageForm.AREA;
            case JOINT_BRANCH -> form == CoverageForm.AREA || form == CoverageForm.INDUSTRY;
            case BRANCH -> form == CoverageForm.SINGLE;
        };
    }
}
