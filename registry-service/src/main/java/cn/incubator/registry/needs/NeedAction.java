package cn.incubator.registry.needs;

/** What happens to a need (需求). */
public enum NeedAction {
    /** 链接: a linkage (a resource, a volunteer, funds) is confirmed. */
    LINK,
    /** 关闭: the organization wants no more help. */
    CLOSE
}
