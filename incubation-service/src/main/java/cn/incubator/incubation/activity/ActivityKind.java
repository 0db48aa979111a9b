package cn.incubator.incubation.activity;

/** Services a base gives a case, and the case steps recorded alongside them. */
public enum ActivityKind {
    /** 辅导. */
    COACHING,
    /** 项目设计. */
    PROJECT_DESIGN,
    /** 资源链接. */
    RESOURCE_LINKAGE,
    /** 能力建设 / 培训. */
    CAPACITY_BUILDING,
    /** 政策与登记咨询. */
    CONSULTATION,
    /** 方案编制. */
    PLAN_DRAFTING,
    /** 项目路演. */
    ROADSHOW,
    /** 后续服务: help bidding for government service purchases, access to government resources. */
    FOLLOW_UP_SERVICE,
    /** 其他. */
    OTHER
}
