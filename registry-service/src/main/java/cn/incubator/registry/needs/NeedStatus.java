package cn.incubator.registry.needs;

import cn.incubator.platform.transition.IllegalTransitionException;
import cn.incubator.platform.transition.Lifecycle;
import java.util.EnumSet;

/**
 * Where a need is: open until a first linkage is confirmed, then linked (more linkages may follow, e.g. funds from
 * two foundations), closed by its organization when no more help is wanted.
 */
public enum NeedStatus {
    /** 待链接. */
    OPEN,
    /** 已链接. */
    LINKED,
    /** 已关闭. */
    CLOSED;

    /** The whole lifecycle of a need. */
    public static final Lifecycle<NeedStatus, NeedAction> LIFECYCLE = Lifecycle.of(NeedStatus.class, NeedAction.class)
            .allow(EnumSet.of(OPEN, LINKED), NeedAction.LINK, LINKED)
            .allow(EnumSet.of(OPEN, LINKED), NeedAction.CLOSE, CLOSED)
            .build();

    /**
     * The status after a confirmed linkage.
     *
     * @throws IllegalTransitionException when the need is closed
     */
    public NeedStatus link() {
        return LIFECYCLE.after(this, NeedAction.LINK);
    }

    /** @throws IllegalTransitionException when the need is closed already */
    public NeedStatus close() {
        return LIFECYCLE.after(this, NeedAction.CLOSE);
    }
}
