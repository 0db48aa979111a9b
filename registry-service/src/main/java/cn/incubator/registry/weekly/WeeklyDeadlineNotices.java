package cn.incubator.registry.weekly;

import cn.incubator.platform.identity.Role;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.node.Node;
import cn.incubator.platform.node.NodeDuties;
import cn.incubator.platform.text.Display;
import cn.incubator.registry.notification.Audience;
import cn.incubator.registry.notification.Notice;
import cn.incubator.registry.notification.NoticeKind;
import cn.incubator.registry.notification.Notifier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Announces the weekly pre-report deadline (每周活动预报截止) to the org-admins of every subtree this node serves: one
 * notice per week and subtree (its cause is the week), from {@code notice-lead} before the deadline. The registry
 * owns the deadline, so the notice comes from its own clock rather than from another service's event.
 */
@Component
class WeeklyDeadlineNotices {

    private static final Logger log = LoggerFactory.getLogger(WeeklyDeadlineNotices.class);
    private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final WeeklyActivityService weekly;
    private final Notifier notifier;
    private final Node node;
    private final Clock clock;
    private final Duration lead;
    private final NodeDuties duties;

    WeeklyDeadlineNotices(WeeklyActivityService weekly, Notifier notifier, Node node, Clock clock,
            @Value("${incubator.registry.weekly.notice-lead:7d}") Duration lead, NodeDuties duties) {
        this.duties = duties;
        this.weekly = weekly;
        this.notifier = notifier;
        this.node = node;
        this.clock = clock;
        this.lead = lead;
    }

    @Scheduled(fixedDelayString = "${incubator.registry.weekly.notice-interval:1h}",
            initialDelayString = "${incubator.registry.weekly.notice-initial-delay:5s}")
    void run() {
        if (!duties.acting()) {
            return;
        }
        int stored = announce(clock.instant());
        if (stored > 0) {
            log.info("Announced the weekly pre-report deadline in {} subtrees", stored);
        }
    }

    /**
     * Stores the notice of the next deadline if it is due to be shown at {@code now}; how many were new. Each insert
     * stands alone and a repeat of a week's notice stores nothing, so a run cut short is simply run again.
     */
    int announce(Instant now) {
        SubmissionDeadline deadline = weekly.deadline();
        ActivityWeek week = ActivityWeek.of(now).next();
        if (!now.isBefore(deadline.deadlineFor(week))) {
            week = week.next();
        }
        Instant due = deadline.deadlineFor(week);
        if (now.isBefore(due.minus(lead))) {
            return 0;
        }
        Map<String, String> args = Map.of("weekStart", week.monday().toString(),
                "weekEnd", week.monday().plusDays(6).toString(), "deadline", DEADLINE.format(due.atZone(Display.ZONE)));
        int stored = 0;
        for (Jurisdiction subtree : node.subtrees()) {
            String cause = "weekly-report-due:" + week + ":" + subtree.code();
            if (notifier.notify(new Notice(NoticeKind.WEEKLY_REPORT_DUE, cause, Audience.role(Role.ORG_ADMIN), subtree,
                    args, "/weekly", now))) {
                stored++;
            }
        }
        return stored;
    }
}
