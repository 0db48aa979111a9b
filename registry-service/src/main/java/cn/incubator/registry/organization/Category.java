package cn.incubator.registry.organization;

/** Category used by the bases (组织类别), as in Ejin Horo's classification. */
public enum Category {
    /** 公益慈善类. */
    PUBLIC_WELFARE,
    /** 文化体育类. */
    CULTURE_SPORTS,
    /** 疏导维权类. */
    MEDIATION_RIGHTS,
    /** 市民教育类. */
    CIVIC_EDUCATION,
    /** 社区服务类. */
    COMMUNITY_SERVICE,
    /** 社会事务类. */
    SOCIAL_AFFAIRS
}
