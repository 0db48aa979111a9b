package cn.incubator.registry.weekly;

/** How a base followed an activity up (跟踪核查). */
public enum CheckMethod {
    /** 视频核查. */
    VIDEO,
    /** 实地核查. */
    ON_SITE
}
