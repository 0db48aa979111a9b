package cn.incubator.registry.organization;

import cn.incubator.registry.field.Labelled;

/** Category used by the bases (组织类别), as in Ejin Horo's classification. */
public enum Category implements Labelled {
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
    SOCIAL_AFFAIRS;

    /** The Chinese name (for charts, Excel templates and exports that leaders read). */
    @Override
    public String chinese() {
        return switch (this) {
            case PUBLIC_WELFARE -> "公益慈善类";
            case CULTURE_SPORTS -> "文化体育类";
            case MEDIATION_RIGHTS -> "疏导维权类";
            case CIVIC_EDUCATION -> "市民教育类";
            case COMMUNITY_SERVICE -> "社区服务类";
            case SOCIAL_AFFAIRS -> "社会事务类";
        };
    }
}
