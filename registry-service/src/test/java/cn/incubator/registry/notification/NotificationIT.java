package cn.incubator.registry.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.contracts.grants.events.v1.CallOpened;
import cn.incubator.contracts.grants.events.v1.ExpertAssigned;
import cn.incubator.contracts.grants.events.v1.ReportDue;
import cn.incubator.contracts.grants.events.v1.TranchePaid;
import cn.incubator.contracts.incubation.events.v1.IncubationClockOverdue;
import cn.incubator.platform.events.EventEnvelope;
import cn.incubator.platform.events.EventInbox;
import cn.incubator.platform.events.EventPayloads;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.identity.Role;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.test.RealPostgres;
import cn.incubator.platform.test.service.Callers;
import com.google.protobuf.Message;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Notices (站内信) from the grant service's events, against a real PostgreSQL: who they reach (role within an
 * overlapping jurisdiction, organization, user), that a repeat stores nothing, and that read state is per person.
 * Each test uses its own places and people, since a role's notice reaches everyone of that role in the place.
 */
@SpringBootTest(properties = {"spring.grpc.server.port=0", "incubator.registry.weekly.notice-initial-delay=1h"})
class NotificationIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "registry_notification_it");
    }

    @Autowired
    EventInbox inbox;

    @Autowired
    NotificationService notifications;

    @Autowired
    JsonMapper json;

    /** A request without {@code Accept-Language} reads Chinese; these calls run outside a request. */
    @BeforeEach
    void chinese() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void defaultLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aCountyCallReachesTheOrganizationsAndHubsOfItsStreetsAndNotOtherRolesOrPlaces() {
        String title = "2026 年长沙县公益创投 " + UUID.randomUUID();
        receive("430121000000", UUID.randomUUID(), callOpened(title));

        CurrentUser xingshaOrg = Callers.orgAdmin("org-xingsha", UUID.randomUUID(), "430121001000");
        CurrentUser ejinHoroOrg = Callers.orgAdmin("org-ejin-horo", UUID.randomUUID(), "150627100000");
        CurrentUser cityOperator = Callers.user("operator-city", Role.BASE_OPERATOR, "430100000000");
        CurrentUser expert = Callers.user("expert-somebody", Role.EXPERT, "430100000000");
        CurrentUser yuhuaHub = Callers.user("hub-yuhua", Role.HUB_OPERATOR, "430111001000");

        assertThat(titles(xingshaOrg)).contains("申报通知：" + title);
        assertThat(titles(Callers.XINGSHA_HUB)).contains("申报通知：" + title);
        assertThat(titles(Callers.LANGLI_HUB)).contains("申报通知：" + title);
        // Not addressed: other roles, even where the place lies in their subtree; other places, even of the role.
        assertThat(titles(cityOperator)).doesNotContain("申报通知：" + title);
        assertThat(titles(expert)).doesNotContain("申报通知：" + title);
        assertThat(titles(ejinHoroOrg)).doesNotContain("申报通知：" + title);
        assertThat(titles(yuhuaHub)).doesNotContain("申报通知：" + title);

        LocaleContextHolder.setLocale(Locale.ENGLISH);
        NotificationService.NotificationView english = notifications.mine(xingshaOrg, false, PageRequest.first(50))
                .items().stream().filter(n -> n.title().contains(title)).findFirst().orElseThrow();
        assertThat(english.title()).isEqualTo("Call for proposals: " + title);
        assertThat(english.text()).contains("2026-12-07").contains("2026-12-31");
        assertThat(english.jurisdiction().code()).isEqualTo("430121000000");
    }

    @Test
    void aStreetCallStaysInItsStreetButReachesTheOrganizationsOfIt() {
        String title = "星沙街道微创投 " + UUID.randomUUID();
        receive("430121001000", UUID.randomUUID(), callOpened(title));

        assertThat(titles(Callers.XINGSHA_HUB)).contains("申报通知：" + title);
        assertThat(titles(Callers.orgAdmin("org-xingsha-2", UUID.randomUUID(), "430121001000")))
                .contains("申报通知：" + title);
        assertThat(titles(Callers.LANGLI_HUB)).doesNotContain("申报通知：" + title);
        assertThat(titles(Callers.orgAdmin("org-langli", UUID.randomUUID(), "430121004000")))
                .doesNotContain("申报通知：" + title);
    }

    @Test
    void anAssignmentReachesOnlyTheExpertNamedAndIsStoredOnceWhateverTheRepeats() {
        UUID round = UUID.randomUUID();
        ExpertAssigned assigned = ExpertAssigned.newBuilder().setRoundId(round.toString())
                .setRoundTitle("评审轮次 " + round).setTalentId("T-1").setExpertName("王专家")
                .setExpertUsername("expert-wang").setAssignedAt(EventPayloads.timestamp(Instant.now())).build();
        EventEnvelope event = envelope("430121000000", round, assigned);
        assertThat(inbox.receive(event)).isEqualTo(EventInbox.Outcome.PROCESSED);
        assertThat(inbox.receive(event)).isEqualTo(EventInbox.Outcome.DUPLICATE);
        // The same assignment told again in another event (the officer seated the expert again): one notice still.
        assertThat(inbox.receive(envelope("430121000000", round, assigned))).isEqualTo(EventInbox.Outcome.PROCESSED);

        CurrentUser wang = Callers.user("expert-wang", Role.EXPERT, "430100000000");
        CurrentUser li = Callers.user("expert-li", Role.EXPERT, "430100000000");
        List<NotificationService.NotificationView> mine = notifications.mine(wang, false, PageRequest.first(50))
                .items();
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).kind()).isEqualTo(NoticeKind.EXPERT_ASSIGNED);
        assertThat(mine.get(0).text()).contains("王专家").contains("评审轮次 " + round);
        assertThat(mine.get(0).link()).isEqualTo("/reviews");
        assertThat(notifications.unread(wang).unread()).isEqualTo(1);
        assertThat(notifications.mine(li, false, PageRequest.first(50)).items()).isEmpty();
        assertThat(titles(Callers.COUNTY_OFFICER)).noneMatch(t -> t.contains(round.toString()));
        // Someone else cannot mark it read: to them it does not exist.
        assertThatThrownBy(() -> notifications.markRead(li, mine.get(0).id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aPaymentReachesTheFundedOrganizationOnly() {
        UUID funded = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        receive("430121002000", funded, TranchePaid.newBuilder().setOrganizationId(funded.toString())
                .setOrganizationName("长沙县㮾梨街道乐龄服务中心").setAwardId(UUID.randomUUID().toString())
                .setRoundId(UUID.randomUUID().toString()).setTrancheSeq(2).setAmount("30000.00")
                .setPaidAt(EventPayloads.timestamp(Instant.now())).build());

        List<NotificationService.NotificationView> mine = notifications.mine(
                Callers.orgAdmin("org-funded", funded, "430121002000"), false, PageRequest.first(50)).items();
        assertThat(mine).extracting(NotificationService.NotificationView::kind)
                .containsExactly(NoticeKind.TRANCHE_PAID);
        assertThat(mine.get(0).text()).isEqualTo("长沙县㮾梨街道乐龄服务中心的第 2 期资助款 ¥30000.00 已拨付。");
        assertThat(notifications.mine(Callers.orgAdmin("org-other", other, "430121002000"), false,
                PageRequest.first(50)).items()).extracting(NotificationService.NotificationView::kind)
                .doesNotContain(NoticeKind.TRANCHE_PAID);
    }

    @Test
    void aReportDueTellsTheFundedOrganizationAndItsStreetHubInTheReadersLanguage() {
        UUID funded = UUID.randomUUID();
        String award = UUID.randomUUID().toString();
        String project = "邻里守望 " + award.substring(0, 8);
        ReportDue due = ReportDue.newBuilder().setAwardId(award).setOrganizationId(funded.toString())
                .setOrganizationName("长沙县星沙街道社区社会组织联合会").setProjectTitle(project)
                .setReportKind("INTERIM").setDueOn("2026-12-08")
                .setRemindedAt(EventPayloads.timestamp(Instant.now())).build();
        receive("430121001000", funded, due);
        receive("430121001000", funded, due);

        CurrentUser admin = Callers.orgAdmin("org-funded-report", funded, "430121001000");
        // (The street's calls of other tests reach this organization too.)
        List<NotificationService.NotificationView> own = notifications.mine(admin, false, PageRequest.first(50))
                .items().stream().filter(n -> n.kind() == NoticeKind.REPORT_DUE).toList();
        assertThat(own).hasSize(1);
        assertThat(own.get(0).title()).isEqualTo("中期报告到期提醒：" + project);
        assertThat(own.get(0).text()).isEqualTo("长沙县星沙街道社区社会组织联合会“" + project
                + "”的中期报告应于 2026-12-08 前提交，请按时提交（已逾期的请尽快提交）。");
        assertThat(own.get(0).link()).isEqualTo("/grant-awards/" + award);
        assertThat(titles(Callers.XINGSHA_HUB)).containsOnlyOnce("中期报告到期提醒：" + project);
        // Another organization of the street, another street's hub and the county's officers are not told.
        assertThat(titles(Callers.orgAdmin("org-neighbour-report", UUID.randomUUID(), "430121001000")))
                .doesNotContain("中期报告到期提醒：" + project);
        assertThat(titles(Callers.LANGLI_HUB)).doesNotContain("中期报告到期提醒：" + project);
        assertThat(titles(Callers.COUNTY_OFFICER)).doesNotContain("中期报告到期提醒：" + project);

        LocaleContextHolder.setLocale(Locale.ENGLISH);
        NotificationService.NotificationView english = notifications.mine(admin, false, PageRequest.first(50))
                .items().stream().filter(n -> n.kind() == NoticeKind.REPORT_DUE).findFirst().orElseThrow();
        assertThat(english.title()).isEqualTo("Report due: " + project + " (interim report)");
        assertThat(english.text()).startsWith("The interim report of 长沙县星沙街道社区社会组织联合会 on \"" + project
                + "\" is due by 2026-12-08");
    }

    @Test
    void anIncubationClockThatRanOutTellsTheOrganizationAndTheBaseOperators() {
        UUID incubated = UUID.randomUUID();
        UUID caseId = UUID.randomUUID();
        IncubationClockOverdue overdue = IncubationClockOverdue.newBuilder().setOrganizationId(incubated.toString())
                .setOrganizationName("长沙县星沙街道青少年成长服务中心").setCaseId(caseId.toString())
                .setBaseId(UUID.randomUUID().toString()).setClock("GROWTH_EVALUATION_DUE")
                .setDueAt(EventPayloads.timestamp(Instant.parse("2026-11-30T16:00:00Z"))).build();
        receive("430121001000", incubated, overdue);
        receive("430121001000", incubated, overdue);

        List<NotificationService.NotificationView> own = notifications.mine(
                Callers.orgAdmin("org-incubated", incubated, "430121001000"), false, PageRequest.first(50)).items();
        assertThat(own).extracting(NotificationService.NotificationView::kind)
                .containsExactly(NoticeKind.GROWTH_EVALUATION_DUE);
        // 2026-11-30 16:00 UTC is December 1st in China.
        assertThat(own.get(0).text()).isEqualTo("长沙县星沙街道青少年成长服务中心的入壳孵化期已于 2026-12-01 届满，请安排成长评估。");
        assertThat(titles(Callers.user("operator-changsha", Role.BASE_OPERATOR, "430100000000")))
                .containsOnlyOnce("成长评估到期：长沙县星沙街道青少年成长服务中心");
        assertThat(titles(Callers.orgAdmin("org-neighbour", UUID.randomUUID(), "430121001000")))
                .doesNotContain("成长评估到期：长沙县星沙街道青少年成长服务中心");
        assertThat(titles(Callers.XINGSHA_HUB)).doesNotContain("成长评估到期：长沙县星沙街道青少年成长服务中心");
    }

    @Test
    void readStateIsPerPersonAndTheUnreadFilterFollowsIt() {
        // Ya'an's Yucheng district: no other test addresses anyone there.
        receive("511802000000", UUID.randomUUID(), callOpened("雨城区公益创投 A"));
        receive("511802000000", UUID.randomUUID(), callOpened("雨城区公益创投 B"));
        CurrentUser one = Callers.orgAdmin("org-yucheng-1", UUID.randomUUID(), "511802001000");
        CurrentUser two = Callers.orgAdmin("org-yucheng-2", UUID.randomUUID(), "511802002000");
        assertThat(notifications.unread(one).unread()).isEqualTo(2);
        assertThat(notifications.unread(two).unread()).isEqualTo(2);

        UUID first = notifications.mine(one, true, PageRequest.first(50)).items().get(0).id();
        NotificationService.NotificationView read = notifications.markRead(one, first);
        assertThat(read.read()).isTrue();
        assertThat(read.readAt()).isNotNull();
        assertThat(notifications.markRead(one, first).readAt()).isEqualTo(read.readAt());

        assertThat(notifications.unread(one).unread()).isEqualTo(1);
        assertThat(notifications.mine(one, true, PageRequest.first(50)).items()).extracting(
                NotificationService.NotificationView::id).doesNotContain(first);
        assertThat(notifications.mine(one, false, PageRequest.first(50)).total()).isEqualTo(2);
        // The other reader of the same notices keeps them unread.
        assertThat(notifications.unread(two).unread()).isEqualTo(2);

        assertThat(notifications.markAllRead(two).marked()).isEqualTo(2);
        assertThat(notifications.markAllRead(two).marked()).isZero();
        assertThat(notifications.unread(two).unread()).isZero();
        assertThat(notifications.unread(one).unread()).isEqualTo(1);
    }

    private List<String> titles(CurrentUser reader) {
        return notifications.mine(reader, false, PageRequest.first(200)).items().stream()
                .map(NotificationService.NotificationView::title).toList();
    }

    private static CallOpened callOpened(String title) {
        return CallOpened.newBuilder().setRoundId(UUID.randomUUID().toString())
                .setProgrammeId(UUID.randomUUID().toString()).setRoundTitle(title).setOpensOn("2026-12-07")
                .setClosesOn("2026-12-31").setPublishedAt(EventPayloads.timestamp(Instant.now())).build();
    }

    private void receive(String jurisdiction, UUID subject, Message payload) {
        assertThat(inbox.receive(envelope(jurisdiction, subject, payload))).isEqualTo(EventInbox.Outcome.PROCESSED);
    }

    private EventEnvelope envelope(String jurisdiction, UUID subject, Message payload) {
        return new EventEnvelope(UUID.randomUUID(), EventPayloads.typeOf(payload), Instant.now(), "grant-service",
                jurisdiction, subject.toString(), EventPayloads.toJson(payload, json));
    }
}
