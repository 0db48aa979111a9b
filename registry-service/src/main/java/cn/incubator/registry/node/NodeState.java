package cn.incubator.registry.node;

import cn.incubator.platform.transition.Lifecycle;

/** Where a tier node (节点) is in the directory: joining (being handed its records), active (receives traffic) or draining (receives no new traffic). */
public enum NodeState {
    /** 接入中: registered, its subtree's records still being handed over from the parent; receives no traffic yet. */
    JOINING,
    /** 运行中. */
    ACTIVE,
    /** 排空中: no new traffic; removed once its work is done. */
    DRAINING;

    /** The whole lifecycle of a directory entry; removal deletes the entry from either state. */
    public static final Lifecycle<NodeState, NodeAction> LIFECYCLE = Lifecycle.of(NodeState.class, NodeAction.class)
            .allow(JOINING, NodeAction.ACTIVATE, ACTIVE)
            .allow(ACTIVE, NodeAction.DRAIN, DRAINING)
            .build();
}
