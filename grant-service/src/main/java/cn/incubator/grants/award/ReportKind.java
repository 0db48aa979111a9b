package cn.incubator.grants.award;

/** 中期报告 or 结项报告. */
public enum ReportKind {
    INTERIM, FINAL
}
