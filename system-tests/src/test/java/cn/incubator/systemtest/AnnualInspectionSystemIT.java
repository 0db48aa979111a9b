package cn.incubator.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Annual inspections, the abnormal-activity list and eligibility through the gateway, on the demo data of Changsha
 * County: an org-admin submits for its own organization, only civil affairs reviews, and the refusals are problem
 * details that change nothing.
 */
@ExtendWith(RunningPlatform.class)
class AnnualInspectionSystemIT {

    private static final String API = "/api/registry/v1";
    private static final int LAST_YEAR = LocalDate.now().getYear() - 1;
    /** org-admin-demo's organization (R__demo_organizations). */
    private static final String DEMO_ORG = "3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1001";
    /** 长沙县星沙街道夕阳红养老服务中心, its last inspection passed. */
    private static final String PASSED_ORG = "3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2001";
    /** 长沙县黄花镇应急救援服务中心, on the abnormal-activity list. */
    private static final String ABNORMAL_ORG = "3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2005";
    private static final String OVERDUE_INSPECTION = "3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2205";

    @Test
    void orgAdminSubmitsOnlyOwnAndOnlyCivilAffairsReviewsAndConcludes() {
        String orgAdmin = Api.token("org-admin-demo");
        String officer = Api.token("county-officer");

        Api.Response submitted = Api.post(API + "/organizations/" + DEMO_ORG + "/annual-inspections", orgAdmin,
                Map.of("year", LAST_YEAR, "reportSummary", "全年开展社区社会组织培训 12 场。"));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        String id = submitted.json().get("id").asString();
        assertThat(submitted.json().get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(submitted.json().get("jurisdiction").get("name").asString()).isEqualTo("星沙街道");

        assertThat(Api.post(API + "/organizations/" + DEMO_ORG + "/annual-inspections", orgAdmin,
                Map.of("year", LAST_YEAR)).status()).isEqualTo(409);
        assertProblem(Api.post(API + "/organizations/" + PASSED_ORG + "/annual-inspections", orgAdmin,
                Map.of("year", LAST_YEAR - 1)), 404);
        assertProblem(Api.post(API + "/annual-inspections/" + id + "/review", orgAdmin, Map.of()), 403);
        assertThat(Api.get(API + "/annual-inspections/" + id, orgAdmin).json().get("status").asString())
                .isEqualTo("SUBMITTED");

        Api.Response early = Api.post(API + "/annual-inspections/" + id + "/conclusion", officer,
                Map.of("result", "PASS"));
        assertProblem(early, 409);
        assertThat(early.json().get("currentState").asString()).isEqualTo("SUBMITTED");
        assertThat(early.json().get("action").asString()).isEqualTo("PASS");
        assertThat(early.json().get("allowedActions").valueStream().map(e -> e.asString()).toList())
                .containsExactly("REVIEW");

        assertThat(Api.post(API + "/annual-inspections/" + id + "/review", officer, Map.of()).json()
                .get("status").asString()).isEqualTo("REVIEWED");
        Api.Response incomplete = Api.post(API + "/annual-inspections/" + id + "/conclusion", officer,
                Map.of("result", "BASIC_PASS"));
        assertProblem(incomplete, 400);
        assertThat(incomplete.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                .containsExactly("rectificationOpinion", "rectificationDue");

        Api.Response basicPass = Api.post(API + "/annual-inspections/" + id + "/conclusion", officer, Map.of(
                "result", "BASIC_PASS", "rectificationOpinion", "档案管理不规范，请完善会议纪要。",
                "rectificationDue", LocalDate.now().plusMonths(2).toString()));
        assertThat(basicPass.status()).as(basicPass.body()).isEqualTo(200);
        assertThat(basicPass.json().get("status").asString()).isEqualTo("BASIC_PASSED");
        assertThat(actions(Api.get(API + "/organizations/" + DEMO_ORG + "/timeline?size=200", officer).items()))
                .contains("annual-inspection.submitted", "annual-inspection.reviewed", "annual-inspection.concluded");
    }

    @Test
    void abnormalListAndEligibilityFollowOverdueRectificationsAndTheirCure() {
        String officer = Api.token("county-officer");

        assertThat(ids(Api.get(API + "/annual-inspections/overdue-rectifications", officer).items()))
                .contains(OVERDUE_INSPECTION);
        assertThat(Api.get(API + "/abnormal-list", officer).items().valueStream()
                .map(l -> l.get("organizationId").asString()).toList()).contains(ABNORMAL_ORG);
        assertThat(Api.get(API + "/abnormal-list", Api.token("langli-hub")).items().valueStream()
                .map(l -> l.get("organizationId").asString()).toList()).doesNotContain(ABNORMAL_ORG);

        JsonNode abnormal = Api.get(API + "/organizations/" + ABNORMAL_ORG + "/eligibility", officer).json();
        assertThat(abnormal.get("onAbnormalList").asBoolean()).isTrue();
        assertThat(abnormal.get("eligible").asBoolean()).isFalse();
        assertThat(abnormal.get("reasons").size()).isEqualTo(2);
        assertThat(Api.get(API + "/organizations/" + PASSED_ORG + "/eligibility", officer).json().get("eligible")
                .asBoolean()).isTrue();
        assertProblem(Api.get(API + "/organizations/" + ABNORMAL_ORG + "/eligibility", Api.token("langli-hub")), 404);

        Api.Response rectified = Api.post(API + "/annual-inspections/" + OVERDUE_INSPECTION + "/rectification",
                officer, Map.of("rectifiedOn", LocalDate.now().toString()));
        assertThat(rectified.status()).as(rectified.body()).isEqualTo(200);
        JsonNode after = Api.get(API + "/organizations/" + ABNORMAL_ORG + "/eligibility", officer).json();
        assertThat(after.get("reasons").valueStream().map(r -> r.get("reason").asString()).toList())
                .containsExactly("NO_ANNUAL_REPORT");
        assertProblem(Api.post(API + "/annual-inspections/" + OVERDUE_INSPECTION + "/rectification", officer,
                Map.of("rectifiedOn", LocalDate.now().toString())), 409);
    }

    @Test
    void onlyOfficersSweepAndASweepListsRegisteredOrganizationsWithoutAReport() {
        assertProblem(Api.post(API + "/abnormal-list/sweeps", Api.token("xingsha-hub"), Map.of("year", LAST_YEAR)),
                403);
        assertProblem(Api.post(API + "/abnormal-list/sweeps", Api.token("county-officer"),
                Map.of("year", LocalDate.now().getYear())), 400);

        // 2025: the year of the demo inspections.
        Api.Response sweep = Api.post(API + "/abnormal-list/sweeps", Api.token("county-officer"),
                Map.of("year", 2025));
        assertThat(sweep.status()).as(sweep.body()).isEqualTo(201);
        List<String> listed = sweep.json().get("noAnnualReport").valueStream()
                .map(l -> l.get("organizationId").asString()).toList();
        // 春华镇乡村振兴服务中心 reported for 2024, not for 2025; 夕阳红 passed its 2025 inspection.
        assertThat(listed).contains("3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2006").doesNotContain(PASSED_ORG);
        assertThat(Api.get(API + "/organizations/3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2006/eligibility",
                Api.token("county-officer")).json().get("eligible").asBoolean()).isFalse();
    }

    private static void assertProblem(Api.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    private static List<String> ids(JsonNode array) {
        return array.valueStream().map(i -> i.get("id").asString()).toList();
    }

    private static List<String> actions(JsonNode timeline) {
        return timeline.valueStream().map(e -> e.get("action").asString()).toList();
    }
}
