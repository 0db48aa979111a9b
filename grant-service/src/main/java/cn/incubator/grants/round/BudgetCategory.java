package cn.incubator.grants.round;

/** Categories of a proposal's budget lines (预算科目). */
public enum BudgetCategory {
    /** 人员费 */
    PERSONNEL,
    /** 活动费 */
    ACTIVITY,
    /** 物资费 */
    MATERIALS,
    /** 场地费 */
    VENUE,
    /** 交通差旅费 */
    TRAVEL,
    /** 宣传费 */
    PUBLICITY,
    /** 管理费 */
    ADMINISTRATION,
    /** 其他 */
    OTHER
}
