package cn.incubator.partybuilding.structure;

/** How a party organization covers social organizations (组建方式). */
public enum CoverageForm {
    /** 单独组建. */
    SINGLE,
    /** 区块联建: organizations of one area or park together. */
    AREA,
    /** 行业统建: organizations of one industry together. */
    INDUSTRY
}
