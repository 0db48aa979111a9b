package cn.incubator.registry.consultation;

/** What a consultation was about. */
public enum Topic {
    /** 成立登记. */
    REGISTRATION,
    /** 社区社会组织备案. */
    FILING,
    /** 年检. */
    ANNUAL_INSPECTION,
    /** 换届. */
    BOARD_RENEWAL,
    /** 变更、注销. */
    CHANGE_OR_CANCELLATION,
    /** 党建. */
    PARTY_BUILDING,
    /** 项目与资金（公益创投、补贴）. */
    FUNDING,
    /** 财务与税务. */
    FINANCE_AND_TAX,
    /** 其他. */
    OTHER
}
