package cn.incubator.registry.needs;

import cn.incubator.platform.transition.Lifecycle;

/** Whether a resource offer (资源) is still offered: open (可链接) until its provider withdraws it (已撤回). */
public enum OfferStatus {
    /** 可链接. */
    OPEN,
    /** 已撤回. */
    WITHDRAWN;

    /** What a provider does to its offer. */
    public enum Action {
        /** 撤回. */
        WITHDRAW
    }

    /** The whole lifecycle of a resource offer. */
    public static final Lifecycle<OfferStatus, Action> LIFECYCLE = Lifecycle.of(OfferStatus.class, Action.class)
            .allow(OPEN, Action.WITHDRAW, WITHDRAWN)
            .build();

    static OfferStatus of(boolean open) {
        return open ? OPEN : WITHDRAWN;
    }
}
