package cn.incubator.training.course;

/** The ten course areas of the catalogue (课程领域); labels in messages*.properties ({@code enum.CourseArea.*}). */
public enum CourseArea {
    /** 法人治理. */
    CORPORATE_GOVERNANCE,
    /** 品牌建设. */
    BRAND_BUILDING,
    /** 财税管理. */
    FINANCE_AND_TAX,
    /** 年检指导. */
    ANNUAL_INSPECTION,
    /** 党建. */
    PARTY_BUILDING,
    /** 内部治理. */
    INTERNAL_GOVERNANCE,
    /** 项目开发. */
    PROJECT_DEVELOPMENT,
    /** 社区社会组织备案与培育. */
    COMMUNITY_FILING_AND_CULTIVATION,
    /** 志愿者管理. */
    VOLUNTEER_MANAGEMENT,
    /** 活动策划. */
    ACTIVITY_PLANNING
}
