package cn.incubator.registry.consultation;

/** How a consultation (咨询) reached the base. */
public enum Channel {
    /** 电话. */
    PHONE,
    /** QQ 群. */
    QQ_GROUP,
    /** 微信. */
    WECHAT,
    /** 来访. */
    VISIT
}
