package cn.incubator.registry.organization;

/** Service field (服务领域) an organization works in; one organization may work in several (Ya'an's list). */
public enum ServiceField {
    VULNERABLE_GROUPS("弱势群体关怀"),
    COMMUNITY_DEVELOPMENT("社区发展"),
    DISASTER_MANAGEMENT("灾害管理"),
    LIVELIHOOD("生计发展"),
    YOUTH("青少年服务"),
    HEALTH("健康扶助"),
    CONSULTING_EVALUATION("咨询评估");

    private final String label;

    ServiceField(String label) {
        this.label = label;
    }

    /** The Chinese name the bases use. */
    public String label() {
        return label;
    }
}
