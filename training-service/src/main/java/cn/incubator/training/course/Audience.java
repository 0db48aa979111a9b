package cn.incubator.training.course;

/** Who a course is for (培训对象); labels in messages*.properties ({@code enum.Audience.*}). */
public enum Audience {
    /** 社会组织负责人. */
    ORGANIZATION_LEADER,
    /** 枢纽型组织工作人员. */
    HUB_STAFF,
    /** 初级社工. */
    SOCIAL_WORKER_ASSISTANT,
    /** 中级社工. */
    SOCIAL_WORKER,
    /** 高级社工. */
    SENIOR_SOCIAL_WORKER,
    /** 督导. */
    SUPERVISOR
}
