package cn.incubator.registry.organization;

/** Legal form of a social organization (法人形式). */
public enum LegalForm {
    /** 社会团体, registered; credit codes start with 51. */
    SOCIAL_GROUP('1'),
    /** 社会服务机构 / 民办非企业单位, registered; credit codes start with 52. */
    SOCIAL_SERVICE_ORGANIZATION('2'),
    /** 基金会, registered; credit codes start with 53. */
    FOUNDATION('3'),
    /** 社区社会组织, filed (备案) with its street; may have no credit code. */
    COMMUNITY_ORGANIZATION('9');

    private final char creditCodeType;

    LegalForm(char creditCodeType) {
        this.creditCodeType = creditCodeType;
    }

    /** Position 2 of a civil-affairs credit code for this form. */
    public char creditCodeType() {
        return creditCodeType;
    }

    public boolean isFiled() {
        return this == COMMUNITY_ORGANIZATION;
    }
}
