package cn.incubator.registry.node;

/** What the central team does to a directory entry. */
public enum NodeAction {
    /** 排空. */
    DRAIN
}
