package cn.incubator.registry.abnormal;

/** Why an organization is on the abnormal-activity list (活动异常名录), and what cures it. */
public enum AbnormalReason {
    /** 未按时提交年度报告: no annual inspection submitted for a year; cured when that year's inspection passes. */
    NO_ANNUAL_REPORT,
    /** 整改逾期: rectification opinions open past their due date; cured when the rectification is done. */
    RECTIFICATION_OVERDUE,
    /** Reported by another service (e.g. party-building: no party organization where one is required); withdrawn by it. */
    REPORTED
}
