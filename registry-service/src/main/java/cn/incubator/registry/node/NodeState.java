package cn.incubator.registry.node;

import cn.incubator.platform.transition.Lifecycle;

/** Where a tier node (节点) is in the directory: active (receives traffic) or draining (receives no new traffic). */
public enum NodeState {
    /** 运行中. */
    ACTIVE,
    /** 排空中: no new traffic; removed once its work is done. */
    DRAINING;

    /** The whole lifecycle of a directory entry; removal deletes the entry from either state. */
    public static final Lifecycle<NodeState, NodeAction> LIFECYCLE = Lifecycle.of(NodeState.class, NodeAction.class)
            .allow(ACTIVE, NodeAction.DRAIN, DRAINING)
            .build();
}
