package cn.incubator.platform.identity;

import java.util.Arrays;
import java.util.Optional;

/** Realm roles issued by Keycloak; the wire name is the role name in the token. */
public enum Role {
    /** Central team (平台管理员). */
    PLATFORM_ADMIN("platform-admin"),
    /** Civil-affairs officer (民政干部). */
    CIVIL_AFFAIRS("civil-affairs"),
    /** Base operator (基地运营方 / 服务专员). */
    BASE_OPERATOR("base-operator"),
    /** Street hub operator (枢纽型社区社会组织). */
    HUB_OPERATOR("hub-operator"),
    /** Organization admin (社会组织负责人). */
    ORG_ADMIN("org-admin"),
    /** Expert, reviewer or supervisor (专家 / 评审 / 督导). */
    EXPERT("expert"),
    /** Party-building instructor (党建指导员). */
    PARTY_INSTRUCTOR("party-instructor"),
    /** Trainer or mentor (讲师 / 导师). */
    TRAINER("trainer"),
    /** Foundation or enterprise partner client (基金会 / 企业). */
    PARTNER("partner");

    private final String wireName;

    Role(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** Spring Security authority for this role, e.g. {@code ROLE_civil-affairs}. */
    public String authority() {
        return "ROLE_" + wireName;
    }

    public static Optional<Role> fromWireName(String name) {
        return Arrays.stream(values()).filter(r -> r.wireName.equals(name)).findFirst();
    }
}
