package cn.incubator.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * 活动周预报 through the gateway: two organizations book 星沙街道文化广场 at overlapping times in week 2031-W10;
 * both see the clash, a hub checks one activity, the week is compiled as JSON and as a workbook.
 */
@ExtendWith(RunningPlatform.class)
class WeeklyActivitySystemIT {

    private static final String WEEKLY = "/api/registry/v1/weekly";
    /** org-admin-demo's organization, and another organization in Xingsha (demo data). */
    private static final String DEMO_ORG = "3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1001";
    private static final String SUNSHINE = "3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1002";
    private static final String WEEK = "2031-W10";

    private static String first;
    private static Api.Response second;

    @BeforeAll
    static void twoOrganizationsReportTheSameSquare() {
        Api.Response one = Api.post(WEEKLY + "/activities", Api.token("org-admin-demo"),
                activity(DEMO_ORG, "社区运动会", "2031-03-08T09:00:00+08:00", "2031-03-08T11:00:00+08:00",
                        "星沙街道文化广场", "星沙青年志愿服务队"));
        assertThat(one.status()).as(one.body()).isEqualTo(201);
        assertThat(one.json().get("clashes").size()).isZero();
        assertThat(one.json().get("late").asBoolean()).isFalse();
        first = one.json().get("activity").get("id").asString();

        // Reported for the other organization by the platform (registry:weekly:submit is the organization's own, or
        // the platform admin's); the street hub only reads, compiles and checks.
        second = Api.post(WEEKLY + "/activities", Api.token("admin"),
                activity(SUNSHINE, "长者广场舞", "2031-03-08T10:00:00+08:00", "2031-03-08T12:00:00+08:00",
                        "星沙街道 文化广场", null));
    }

    @Test
    void theSecondReportSucceedsWithAClashWarning() {
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        JsonNode clash = second.json().get("clashes").get(0);
        assertThat(clash.get("kind").asString()).isEqualTo("PLACE");
        assertThat(clash.get("first").get("id").asString()).isEqualTo(first);
        assertThat(second.json().get("activity").get("contactPhone").asString()).isEqualTo("138****5678");
    }

    @Test
    void bothOrganizationsSeeTheClash() {
        List<String> seenByFirst = clashIds(Api.get(WEEKLY + "/clashes?week=" + WEEK, Api.token("org-admin-demo")));
        assertThat(seenByFirst).contains(first);
        Api.Response detail = Api.get(WEEKLY + "/activities/" + first, Api.token("org-admin-demo"));
        assertThat(detail.json().get("clashes").get(0).get("second").get("organizationName").asString())
                .isEqualTo("长沙县星沙街道阳光养老服务中心");
        assertThat(clashIds(Api.get(WEEKLY + "/clashes?week=" + WEEK, Api.token("langli-hub")))).isEmpty();
    }

    @Test
    void anOrgAdminReportsForItsOwnOrganizationOnly() {
        Api.Response other = Api.post(WEEKLY + "/activities", Api.token("org-admin-demo"),
                activity(SUNSHINE, "代报", "2031-03-09T09:00:00+08:00", "2031-03-09T10:00:00+08:00", "某处", null));
        assertThat(other.status()).isIn(403, 404);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(Api.get(WEEKLY + "/activities/" + first, Api.token("langli-hub")).status()).isEqualTo(404);
    }

    @Test
    void anActivityEndingBeforeItStartsIsRefused() {
        Api.Response refused = Api.post(WEEKLY + "/activities", Api.token("org-admin-demo"),
                activity(DEMO_ORG, "倒序", "2031-03-09T11:00:00+08:00", "2031-03-09T10:00:00+08:00", "某处", null));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("endsAt");
    }

    @Test
    void aReportForThisWeekIsTakenButMarkedLate() {
        // within the hour: this week's deadline passed last week
        java.time.OffsetDateTime soon = java.time.OffsetDateTime.now(ZoneId.of("Asia/Shanghai")).plusHours(1)
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Api.Response late = Api.post(WEEKLY + "/activities", Api.token("org-admin-demo"),
                activity(DEMO_ORG, "临时加场", soon.toString(), soon.plusHours(1).toString(), "联合会会议室", null));
        assertThat(late.status()).as(late.body()).isEqualTo(201);
        assertThat(late.json().get("late").asBoolean()).isTrue();
        // past its deadline, it can no longer be corrected or withdrawn
        String id = late.json().get("activity").get("id").asString();
        Api.Response withdraw = Api.delete(WEEKLY + "/activities/" + id, Api.token("org-admin-demo"));
        assertThat(withdraw.status()).as(withdraw.body()).isEqualTo(409);
        assertThat(withdraw.json().get("type").asString()).endsWith("weekly-deadline-passed");
    }

    @Test
    void aReportIsCorrectedAndWithdrawnBeforeItsDeadlineAndNeverStoredTwice() {
        Map<String, Object> report = activity(DEMO_ORG, "邻里节", "2031-03-22T09:00:00+08:00",
                "2031-03-22T11:00:00+08:00", "星沙街道邻里中心", null);
        Api.Response created = Api.post(WEEKLY + "/activities", Api.token("org-admin-demo"), report);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("activity").get("id").asString();

        Api.Response again = Api.post(WEEKLY + "/activities", Api.token("org-admin-demo"), report);
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(again.json().get("type").asString()).endsWith("weekly-activity-duplicate");
        assertThat(again.json().get("detail").asString()).contains(id);

        report.put("place", "星沙街道文体中心");
        report.put("expectedAttendees", 90);
        Api.Response corrected = Api.put(WEEKLY + "/activities/" + id, Api.token("org-admin-demo"), report);
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        assertThat(corrected.json().get("activity").get("place").asString()).isEqualTo("星沙街道文体中心");
        assertThat(corrected.json().get("activity").get("correctedAt").isNull()).isFalse();
        assertThat(Api.put(WEEKLY + "/activities/" + id, Api.token("langli-hub"), report).status()).isIn(403, 404);

        assertThat(Api.delete(WEEKLY + "/activities/" + id, Api.token("org-admin-demo")).status()).isEqualTo(204);
        Api.Response week = Api.get(WEEKLY + "/activities?week=2031-W12", Api.token("county-officer"));
        assertThat(week.body()).doesNotContain(id);
        assertThat(Api.get(WEEKLY + "/activities/" + id, Api.token("org-admin-demo")).json().get("activity")
                .get("withdrawnAt").isNull()).isFalse();
    }

    @Test
    void anActivityAlreadyBegunIsNotAPreReport() {
        Api.Response past = Api.post(WEEKLY + "/activities", Api.token("org-admin-demo"),
                activity(DEMO_ORG, "补报", "2025-03-09T09:00:00+08:00", "2025-03-09T10:00:00+08:00", "某处", null));
        assertThat(past.status()).as(past.body()).isEqualTo(400);
        assertThat(past.json().get("errors").get(0).get("field").asString()).isEqualTo("startsAt");
    }

    @Test
    void aHubsIssueIsHeadedByItsOwnStreetAndAnotherStreetIsNotFound() {
        Api.Response own = Api.get(WEEKLY + "/compilation?week=" + WEEK, Api.token("langli-hub"));
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        assertThat(own.json().get("jurisdiction").get("code").asString()).isEqualTo("430121004000");
        Api.Response other = Api.get(WEEKLY + "/compilation?week=" + WEEK + "&jurisdiction=430121001000",
                Api.token("langli-hub"));
        assertThat(other.status()).as(other.body()).isEqualTo(404);
        assertThat(other.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aHubChecksAnActivityInItsStreetOthersCannot() {
        Map<String, Object> check = Map.of("method", "ON_SITE", "checkedBy", "星沙枢纽 王专员",
                "checkedAt", "2031-03-08T10:30:00+08:00", "result", "HELD_AS_REPORTED", "actualAttendance", 95);
        assertThat(Api.post(WEEKLY + "/activities/" + first + "/checks", Api.token("langli-hub"), check).status())
                .isEqualTo(404);
        assertThat(Api.post(WEEKLY + "/activities/" + first + "/checks", Api.token("org-admin-demo"), check).status())
                .isEqualTo(403);
        Api.Response recorded = Api.post(WEEKLY + "/activities/" + first + "/checks", Api.token("xingsha-hub"), check);
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        assertThat(Api.get(WEEKLY + "/activities/" + first, Api.token("county-officer")).json().get("checks").get(0)
                .get("actualAttendance").asInt()).isEqualTo(95);
    }

    @Test
    void theWeekIsCompiledForLeadersAsJsonAndAsAWorkbook() {
        Api.Response issue = Api.get(WEEKLY + "/compilation?week=" + WEEK + "&jurisdiction=430121",
                Api.token("county-officer"));
        assertThat(issue.status()).as(issue.body()).isEqualTo(200);
        assertThat(issue.json().get("activities").asLong()).isEqualTo(2);
        assertThat(issue.json().get("expectedAttendees").asLong()).isEqualTo(150);
        assertThat(issue.json().get("clashes").asLong()).isEqualTo(1).isEqualTo(
                Api.get(WEEKLY + "/clashes?week=" + WEEK + "&jurisdiction=430121", Api.token("county-officer"))
                        .items().size());
        assertThat(issue.json().get("byDistrict").get(0).get("label").asString()).isEqualTo("长沙县");

        Workbook.Download xlsx = Workbook.download(WEEKLY + "/compilation/export?week=" + WEEK
                + "&jurisdiction=430121", Api.token("county-officer"));
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).startsWith(Workbook.XLSX);
        List<Workbook.SheetText> sheets = Workbook.read(xlsx.body());
        assertThat(sheets).extracting(Workbook.SheetText::name).containsExactly("汇总", "按组织", "按类别", "按区县", "活动明细");
        assertThat(sheets.get(4).contains("社区运动会")).isTrue();
        assertThat(sheets.get(4).contains("13812345678")).isFalse();
    }

    @Test
    void cumulativeFiguresComeOutOfTheData() {
        Api.Response figures = Api.get(WEEKLY + "/cumulative?jurisdiction=430121001&from=2031-03-03&to=2031-03-09",
                Api.token("county-officer"));
        assertThat(figures.status()).isEqualTo(200);
        assertThat(figures.json().get("weeklyIssues").asLong()).isEqualTo(1);
        assertThat(figures.json().get("activities").asLong()).isEqualTo(2);
        assertThat(LocalDate.parse("2031-03-03").get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)).isEqualTo(10);
    }

    private static Map<String, Object> activity(String organization, String title, String start, String end,
            String place, String team) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("organizationId", organization);
        body.put("title", title);
        body.put("startsAt", start);
        body.put("endsAt", end);
        body.put("place", place);
        body.put("jurisdiction", "430121001000");
        body.put("expectedAttendees", 75);
        body.put("volunteers", 8);
        body.put("volunteerTeam", team);
        body.put("contactName", "张敏");
        body.put("contactPhone", "13812345678");
        return body;
    }

    private static List<String> clashIds(Api.Response clashes) {
        assertThat(clashes.status()).as(clashes.body()).isEqualTo(200);
        return clashes.items().valueStream().map(c -> c.get("first").get("id").asString()).toList();
    }
}
