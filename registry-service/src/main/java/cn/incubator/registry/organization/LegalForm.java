package cn.incubator.registry.organization;

import cn.incubator.registry.field.Labelled;

/** Legal form of a social organization (法人形式). */
public enum LegalForm implements Labelled {
    /** 社会团体, registered; credit codes start with 51. */
    SOCIAL_GROUP('1'),
    /** 社会服务机构 / 民办非企业单位, registered; credit codes start with 52. */
    SOCIAL_SERVICE_ORGANIZATION('2'),
    /** 基金会, registered; credit codes start with 53. */
    FOUNDATION('3'),
    /** 社区社会组织, filed (备案) with its street; may have no credit code. */
    COMMUNITY_ORGANIZATION('9');

    /** Position 1 of every code issued by a civil-affairs registration authority (民政). */
    static final char CIVIL_AFFAIRS_AUTHORITY = '5';

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

    /**
     * Whether positions 1–2 of a (checksum-valid) credit code agree with civil-affairs registration and this form:
     * 51/52/53 for the registered forms. A filed community organization that has a code at all must have one issued
     * by civil affairs, of whatever type.
     */
    public boolean agreesWith(String creditCode) {
        return creditCode.charAt(0) == CIVIL_AFFAIRS_AUTHORITY && (isFiled() || creditCode.charAt(1) == creditCodeType);
    }

    /** The Chinese name (for charts, Excel templates and exports that leaders read). */
    @Override
    public String chinese() {
        return switch (this) {
            case SOCIAL_GROUP -> "社会团体";
            case SOCIAL_SERVICE_ORGANIZATION -> "社会服务机构";
            case FOUNDATION -> "基金会";
            case COMMUNITY_ORGANIZATION -> "社区社会组织";
        };
    }
}
