package cn.incubator.platform.handover;

/** Where a handover job is; each step is repeated whole if the job dies in it. */
public enum HandoverStep {
    /** 隔离: the parent refuses the subtree's writes for a moment (503, retry). */
    FENCE,
    /** 导出导入: tables copied page by page, in key order, from per-table checkpoints. */
    COPY,
    /** 核对: counts and checksums per table equal on both nodes, the copied timelines' hash chains intact. */
    VERIFY,
    /** 切换: the directory names the new node as owner; the parent's fence becomes an outside-node refusal. */
    SWITCH,
    /** 退役: the parent deletes its copies. */
    RETIRE,
    DONE
}
