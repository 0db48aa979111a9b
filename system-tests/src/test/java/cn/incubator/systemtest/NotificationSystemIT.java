package cn.incubator.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Notices (站内信) across services, through the gateway with real tokens: a Xingsha street round published and closed
 * in the grant service, and an expert seated on its panel, reach the registry's one notice store through the grant
 * service's outbox feed. The street's hub and organization are told of the call, the other street's hub is not; the
 * expert named is told of the assignment, nobody else is; each reader's read state is their own, and a notice not
 * addressed to the caller does not exist for them (404). An agreement signed with its interim report due in a few
 * days becomes a report-due notice (报告到期提醒) through the grant service's reminder job (run every few seconds for
 * the system tests: {@code incubator.grants.reminders.interval} in this module's pom) for the street's hub; the demo
 * award of the demo org-admin's organization, whose interim report is overdue, gives them theirs.
 */
@ExtendWith(RunningPlatform.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NotificationSystemIT {

    private static final String GRANTS = "/api/grants/v1";
    private static final String NOTICES = "/api/registry/v1/notifications";
    /** 王志刚 of the talent pool, who logs in as expert-demo. */
    private static final String WANG = "3f0c6b2e-6a41-4c57-9d37-0000000000e1";

    /** 居家养老助餐服务 of 长沙县星沙街道阳光养老服务中心: a demo award waiting for its agreement. */
    private static final String AWAITING_AGREEMENT = GRANTS + "/awards/6d1e0000-0000-4000-8002-000000000002";
    /** 邻里守望·银龄关爱: the demo org-admin's organization's micro-venture award, its interim report overdue. */
    private static final String DEMO_AWARD = "6d1e0000-0000-4000-8006-000000000001";

    /** First: every report-due notice these tests cause has arrived before the next test counts unread notices. */
    @Test
    @Order(1)
    void anAgreementWhoseReportIsDueSoonTellsTheOrganizationAndTheStreetHub() {
        String xingsha = Api.token("xingsha-hub");
        String orgAdmin = Api.token("org-admin-demo");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        LocalDate interimDue = today.plusDays(3);
        Api.Response signed = Api.post(AWAITING_AGREEMENT + "/agreement", xingsha, Map.of(
                "number", "XS-NOTICE-" + UUID.randomUUID().toString().substring(0, 8), "terms", "专款专用",
                "signedOn", today.toString(), "interimReportDueOn", interimDue.toString(),
                "finalReportDueOn", today.plusMonths(6).toString(), "tranches", List.of(
                        Map.of("amount", "18333.33"),
                        Map.of("amount", "11000.00", "dependsOn", "INTERIM"),
                        Map.of("amount", "7333.34", "dependsOn", "FINAL"))));
        assertThat(signed.status()).as(signed.body()).isEqualTo(200);
        assertThat(signed.json().get("agreement").get("interimReportDueOn").asString())
                .isEqualTo(interimDue.toString());

        // The hub that follows the street's projects is told, with a link to the award.
        JsonNode hubs = awaitNotice(xingsha, n -> n.get("kind").asString().equals("REPORT_DUE")
                && n.get("title").asString().equals("中期报告到期提醒：居家养老助餐服务"), Duration.ofSeconds(180));
        assertThat(hubs.get("text").asString()).contains("长沙县星沙街道阳光养老服务中心").contains(interimDue.toString());
        assertThat(hubs.get("link").asString()).isEqualTo("/grant-awards/6d1e0000-0000-4000-8002-000000000002");
        // The demo org-admin hears of their own organization's overdue report, not of another organization's.
        JsonNode own = awaitNotice(orgAdmin, n -> n.get("kind").asString().equals("REPORT_DUE")
                && n.get("link").asString().equals("/grant-awards/" + DEMO_AWARD), Duration.ofSeconds(60));
        assertThat(own.get("title").asString()).isEqualTo("中期报告到期提醒：邻里守望·银龄关爱");
        assertThat(titles(orgAdmin)).doesNotContain("中期报告到期提醒：居家养老助餐服务");
        assertThat(titles(Api.token("langli-hub"))).doesNotContain("中期报告到期提醒：居家养老助餐服务");
        Api.Response english = Api.get(NOTICES + "?size=200", orgAdmin, "en");
        assertThat(english.items().valueStream().map(n -> n.get("title").asString()).toList())
                .contains("Report due: 邻里守望·银龄关爱 (interim report)");
    }

    @Test
    @Order(2)
    void aStreetCallAndAPanelSeatInGrantsBecomeNoticesForTheRightPeopleOnly() {
        String county = Api.token("county-officer");
        String expert = Api.token("expert-demo");
        String xingsha = Api.token("xingsha-hub");
        String langli = Api.token("langli-hub");
        String orgAdmin = Api.token("org-admin-demo");
        long expertUnreadBefore = unread(expert);

        Api.Response programme = Api.post(GRANTS + "/programmes", county, Map.of("jurisdiction", "430121001000",
                "name", "星沙街道社区微公益资助计划（通知测试）", "kind", "SUBSIDY_PLAN",
                "fundings", List.of(Map.of("source", "GOVERNMENT", "funderName", "长沙县民政局", "amount", "20000.00",
                        "committedOn", "2026-04-01")),
                "plans", List.of(Map.of("code", "STARTUP_LOCAL", "name", "本土初创型社会组织资助计划", "cap", "10000"))));
        assertThat(programme.status()).as(programme.body()).isEqualTo(201);
        String title = "星沙街道微公益 " + UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Api.Response created = Api.post(GRANTS + "/programmes/" + programme.json().get("id").asString() + "/rounds",
                county, Map.of("title", title, "priorityAreas", List.of("社区发展"),
                        "opensOn", today.minusDays(1).toString(), "closesOn", today.plusDays(5).toString(),
                        "noticeDays", 5,
                        "rubric", List.of(Map.of("code", "NEED", "name", "需求分析", "weight", 50, "maxScore", 50),
                                Map.of("code", "DESIGN", "name", "项目设计", "weight", 50, "maxScore", 50))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String round = created.json().get("id").asString();
        assertThat(action(county, round, Map.of("action", "PUBLISH")).status()).isEqualTo(200);
        assertThat(action(county, round, Map.of("action", "CLOSE", "reason", "名额已满，提前截止")).status())
                .isEqualTo(200);
        Api.Response seated = Api.post(GRANTS + "/rounds/" + round + "/panel", county, Map.of("talentId", WANG));
        assertThat(seated.status()).as(seated.body()).isEqualTo(201);

        // Delivered through the grant service's feed (polled every second) into the registry's store.
        JsonNode assignment = awaitNotice(expert, n -> n.get("kind").asString().equals("EXPERT_ASSIGNED")
                && n.get("title").asString().contains(title));
        assertThat(assignment.get("title").asString()).isEqualTo("评审任务：" + title);
        assertThat(assignment.get("read").asBoolean()).isFalse();
        assertThat(assignment.get("link").asString()).isEqualTo("/reviews");
        assertThat(assignment.get("jurisdiction").get("code").asString()).isEqualTo("430121001000");
        awaitNotice(xingsha, n -> n.get("kind").asString().equals("CALL_CLOSED")
                && n.get("title").asString().contains(title));
        assertThat(titles(xingsha)).contains("申报通知：" + title, "申报截止：" + title)
                .doesNotContain("评审任务：" + title);
        assertThat(titles(orgAdmin)).contains("申报通知：" + title).doesNotContain("评审任务：" + title);
        // Another street's hub, and officers (not addressed), hear of neither.
        assertThat(titles(langli)).noneMatch(t -> t.contains(title));
        assertThat(titles(county)).noneMatch(t -> t.contains(title));
        assertThat(unread(expert)).isEqualTo(expertUnreadBefore + 1);

        Api.Response english = Api.get(NOTICES + "?unread=true&size=200", expert, "en");
        assertThat(english.items().valueStream().map(n -> n.get("title").asString()).toList())
                .contains("Review assignment: " + title);

        // Read state: the expert's own; nobody else can touch that notice.
        String id = assignment.get("id").asString();
        Api.Response foreign = Api.post(NOTICES + "/" + id + "/read", langli, Map.of());
        assertThat(foreign.status()).as(foreign.body()).isEqualTo(404);
        assertThat(foreign.contentType()).startsWith("application/problem+json");
        Api.Response read = Api.post(NOTICES + "/" + id + "/read", expert, Map.of());
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().get("read").asBoolean()).isTrue();
        assertThat(unread(expert)).isEqualTo(expertUnreadBefore);
        assertThat(Api.get(NOTICES + "?unread=true&size=200", expert).items().valueStream()
                .map(n -> n.get("id").asString()).toList()).doesNotContain(id);

        // The hub reads everything at once; the organization's copy of the same call stays unread.
        long orgUnread = unread(orgAdmin);
        Api.Response all = Api.post(NOTICES + "/read", xingsha, Map.of());
        assertThat(all.status()).as(all.body()).isEqualTo(200);
        assertThat(all.json().get("marked").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(unread(xingsha)).isZero();
        assertThat(unread(orgAdmin)).isEqualTo(orgUnread);
    }

    private static Api.Response action(String token, String round, Map<String, String> body) {
        return Api.post(GRANTS + "/rounds/" + round + "/actions", token, body);
    }

    private static long unread(String token) {
        Api.Response count = Api.get(NOTICES + "/unread-count", token);
        assertThat(count.status()).as(count.body()).isEqualTo(200);
        return count.json().get("unread").asLong();
    }

    private static List<String> titles(String token) {
        return Api.get(NOTICES + "?size=200", token).items().valueStream().map(n -> n.get("title").asString())
                .toList();
    }

    private static JsonNode awaitNotice(String token, Predicate<JsonNode> wanted) {
        return awaitNotice(token, wanted, Duration.ofSeconds(60));
    }

    private static JsonNode awaitNotice(String token, Predicate<JsonNode> wanted, Duration patience) {
        Instant until = Instant.now().plus(patience);
        while (true) {
            Api.Response page = Api.get(NOTICES + "?size=200", token);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            var found = page.items().valueStream().filter(wanted).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("no such notice within " + patience.toSeconds() + " s; the caller has "
                        + page.body());
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
