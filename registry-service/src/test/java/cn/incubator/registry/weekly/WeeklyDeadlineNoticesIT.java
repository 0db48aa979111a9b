package cn.incubator.registry.weekly;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.platform.node.Node;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.test.RealPostgres;
import cn.incubator.platform.test.service.Callers;
import cn.incubator.registry.notification.NoticeKind;
import cn.incubator.registry.notification.NotificationService;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The weekly pre-report deadline notice (每周活动预报截止提醒): one per week for the org-admins of the node's subtrees,
 * shown from the lead before the deadline (Friday 18:00 Beijing of the week before), stored once however often the
 * job runs.
 */
@SpringBootTest(properties = {"spring.grpc.server.port=0", "incubator.registry.weekly.notice-initial-delay=1h",
        "incubator.registry.weekly.notice-lead=3d"})
class WeeklyDeadlineNoticesIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "registry_weekly_notice_it");
    }

    @Autowired
    WeeklyDeadlineNotices deadlines;

    @Autowired
    NotificationService notifications;

    @Autowired
    Node node;

    @BeforeEach
    void chinese() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void defaultLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void theNextDeadlineIsAnnouncedOnceFromTheLeadToOrgAdminsOnly() {
        // Monday 2026-11-30 09:00 Beijing: the deadline for the week of 12-07 is Friday 12-04 18:00, over 3 days on.
        assertThat(deadlines.announce(Instant.parse("2026-11-30T01:00:00Z"))).isZero();
        // Tuesday 12-01 19:00 Beijing: within 3 days; each subtree the node serves gets one.
        int subtrees = node.subtrees().size();
        assertThat(deadlines.announce(Instant.parse("2026-12-01T11:00:00Z"))).isEqualTo(subtrees);
        assertThat(deadlines.announce(Instant.parse("2026-12-02T11:00:00Z"))).isZero();

        List<NotificationService.NotificationView> mine = notifications.mine(
                Callers.orgAdmin("org-weekly", UUID.randomUUID(), "430121001000"), false, PageRequest.first(20))
                .items();
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).kind()).isEqualTo(NoticeKind.WEEKLY_REPORT_DUE);
        assertThat(mine.get(0).text()).isEqualTo("请于 2026-12-04 18:00 前提交 2026-12-07 至 2026-12-13 一周的活动预报，"
                + "逾期提交将标记为迟报。");
        assertThat(mine.get(0).link()).isEqualTo("/weekly");
        assertThat(notifications.mine(Callers.XINGSHA_HUB, false, PageRequest.first(20)).items()).isEmpty();

        // Past Friday 18:00 the deadline to announce is the next week's (12-11), not yet within 3 days on Saturday.
        assertThat(deadlines.announce(Instant.parse("2026-12-05T02:00:00Z"))).isZero();
        assertThat(deadlines.announce(Instant.parse("2026-12-08T11:00:00Z"))).isEqualTo(subtrees);
    }
}
