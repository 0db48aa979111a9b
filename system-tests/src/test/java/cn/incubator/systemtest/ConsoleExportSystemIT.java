package cn.incubator.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Excel 导出 of the lists the web console shows, through the gateway: each is a workbook of what the list shows, in
 * the caller's scope, and refused to whoever may not read the list.
 */
@ExtendWith(RunningPlatform.class)
class ConsoleExportSystemIT {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void theCaseBoardsExportWhatTheBoardShows() {
        assertWorkbook(Api.get("/api/incubation/v1/cases/export?track=INCUBATION", Api.token("city-operator")),
                "孵化案例导出.xlsx");
        assertWorkbook(Api.get("/api/party-building/v1/cases/export", Api.token("instructor-demo")), "党建案例导出.xlsx");
        assertWorkbook(Api.get("/api/party-building/v1/cases/export?jurisdiction=430121000000",
                Api.token("county-officer")), "党建案例导出.xlsx");
        Api.Response refused = Api.get("/api/party-building/v1/cases/export", Api.token("trainer-demo"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theWeeklyListAndTheExpertsAssignmentsExport() {
        assertWorkbook(Api.get("/api/registry/v1/weekly/activities/export", Api.token("org-admin-demo")), "每周活动预报-");
        assertWorkbook(Api.get("/api/grants/v1/reviews/assignments/export", Api.token("expert-demo")), "评审任务.xlsx");
        assertThat(Api.get("/api/grants/v1/reviews/assignments/export", Api.token("county-officer")).status())
                .isEqualTo(403);
    }

    @Test
    void theRegistrysTalentInspectionAndAbnormalListsExport() {
        Api.Response talent = Api.get("/api/registry/v1/talent/export", Api.token("county-officer"));
        assertWorkbook(talent, "人才库.xlsx");
        assertWorkbook(Api.get("/api/registry/v1/annual-inspections/export", Api.token("county-officer")), "年检.xlsx");
        assertWorkbook(Api.get("/api/registry/v1/annual-inspections/overdue-rectifications/export",
                Api.token("county-officer")), "年检逾期未整改.xlsx");
        assertWorkbook(Api.get("/api/registry/v1/abnormal-list/export", Api.token("county-officer")), "活动异常名录.xlsx");
        assertThat(Api.get("/api/registry/v1/talent/export", Api.token("trainer-demo")).status()).isEqualTo(403);
    }

    private static void assertWorkbook(Api.Response answer, String fileName) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.contentType()).isEqualTo(XLSX);
        assertThat(answer.header("Content-Disposition")).contains("attachment")
                .contains(Api.encode(fileName).replace("+", "%20"));
    }
}
