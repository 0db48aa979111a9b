package cn.incubator.registry.node;

/** What the central team does to a directory entry. */
public enum NodeAction {
    /** 启用: the handover switched the subtree's ownership to the node. */
    ACTIVATE,
    /** 排空. */
    DRAIN
}
