package cn.incubator.registry.weekly;

/** What a follow-up check found. */
public enum CheckResult {
    /** 按预报开展. */
    HELD_AS_REPORTED,
    /** 开展但与预报不符 (time, place or scale changed). */
    HELD_WITH_CHANGES,
    /** 未开展. */
    NOT_HELD
}
