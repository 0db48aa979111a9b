package cn.incubator.registry.organization;

/** Where an organization is in its lifecycle (生命周期). */
public enum OrganizationStatus {
    /** 筹建中. */
    IN_PREPARATION,
    /** 已登记. */
    REGISTERED,
    /** 已备案 (community organizations). */
    FILED,
    /** 已注销. */
    CANCELLED
}
