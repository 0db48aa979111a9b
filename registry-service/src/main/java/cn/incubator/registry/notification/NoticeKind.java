package cn.incubator.registry.notification;

import java.util.List;

/**
 * What a notice (站内信) tells. Its title and text are in the messages bundles ({@code Notice.<KIND>.title},
 * {@code Notice.<KIND>.text}), Chinese by default, English by {@code Accept-Language}; the text's placeholders
 * {@code {0}, {1}, …} are the notice's arguments in the order {@link #args} names them.
 */
public enum NoticeKind {
    /** A call for proposals opened (申报通知发布). */
    CALL_OPENED("roundTitle", "opensOn", "closesOn"),
    /** A call for proposals closed (申报截止). */
    CALL_CLOSED("roundTitle", "closesOn"),
    /** An expert was seated on a round's panel (评审任务). */
    EXPERT_ASSIGNED("roundTitle", "expertName"),
    /** A tranche of an award was paid (资助款拨付). */
    TRANCHE_PAID("organizationName", "trancheSeq", "amount"),
    /** An award's interim or final report is due soon or overdue (报告到期提醒); {@code reportKind} is 中期/结项. */
    REPORT_DUE("organizationName", "projectTitle", "reportKind", "dueOn"),
    /** An incubated organization's in-shell period is over: its growth evaluation (成长评估) is due. */
    GROWTH_EVALUATION_DUE("organizationName", "dueOn"),
    /** A graduated organization's follow-up year (跟踪期) is over: the case should be closed. */
    FOLLOW_UP_ENDED("organizationName", "dueOn"),
    /** A resident organization's yearly service evaluation (服务评估) is due. */
    SERVICE_EVALUATION_DUE("organizationName", "dueOn"),
    /** Next week's activity pre-reports are due (每周活动预报截止). */
    WEEKLY_REPORT_DUE("weekStart", "weekEnd", "deadline");

    private final List<String> args;

    NoticeKind(String... args) {
        this.args = List.of(args);
    }

    /** The names of the arguments, in the order of the text's placeholders. */
    public List<String> args() {
        return args;
    }
}
