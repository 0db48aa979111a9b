package cn.incubator.registry.inspection;

/** What a civil-affairs officer does to a submitted annual inspection. */
public enum InspectionAction {
    /** 审查. */
    REVIEW,
    /** 合格. */
    PASS,
    /** 基本合格, with rectification opinions. */
    BASIC_PASS,
    /** 不合格, with rectification opinions. */
    FAIL,
    /** 整改完成. */
    COMPLETE_RECTIFICATION;

    /** The conclusions that ask the organization to rectify. */
    public boolean requiresRectification() {
        return this == BASIC_PASS || this == FAIL;
    }
}
