package cn.incubator.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/** Excel imports and exports through the gateway: templates, every bad row reported, nothing half-imported. */
@ExtendWith(RunningPlatform.class)
class ExcelImportSystemIT {

    private static final String TALENT = "/api/registry/v1/talent";
    private static final String ORGANIZATIONS = "/api/registry/v1/organizations";
    private static final List<String> TALENT_HEADER = List.of("姓名*", "人才类别*", "社工等级", "专业领域", "所属区划代码*",
            "身份证号*", "手机号");
    private static final List<String> ORGANIZATION_HEADER = List.of("组织名称*", "法人形式*", "统一社会信用代码",
            "所属区划代码*", "组织类别*", "登记（备案）日期");

    @Test
    void templatesAreDownloadableWorkbooks() {
        Workbook.Download talent = Workbook.download(TALENT + "/import-template", Api.token("county-officer"));
        assertThat(talent.status()).isEqualTo(200);
        assertThat(talent.contentType()).startsWith(Workbook.XLSX);
        assertThat(talent.disposition()).contains("attachment");
        assertThat(Workbook.read(talent.body()).get(0).rows().get(0)).startsWith("姓名*", "人才类别*");

        Workbook.Download organizations = Workbook.download(ORGANIZATIONS + "/import-template",
                Api.token("county-officer"));
        assertThat(Workbook.read(organizations.body()).get(0).rows().get(0)).containsExactlyElementsOf(ORGANIZATION_HEADER);
    }

    @Test
    void aTalentSheetWithBadRowsIsRefusedWholeWithRowAndColumnInTheCallersLanguage() {
        String tag = UUID.randomUUID().toString().substring(0, 4);
        byte[] file = Workbook.sheet(TALENT_HEADER, List.of(
                List.of("好人" + tag, "志愿者", "", "", "430121001000", Workbook.newIdNumber(), ""),
                List.of("坏号" + tag, "志愿者", "", "", "430121001000", "430121198001010011", ""),
                List.of("坏类" + tag, "园丁", "", "", "430121001000", Workbook.newIdNumber(), "")));

        Api.Response refused = Workbook.upload(TALENT + "/import", Api.token("county-officer"), file, "en");

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:incubator:problem:excel-rows");
        JsonNode errors = refused.json().get("errors");
        assertThat(errors.size()).isEqualTo(2);
        assertThat(errors.get(0).get("row").asInt()).isEqualTo(3);
        assertThat(errors.get(0).get("column").asString()).isEqualTo("身份证号");
        assertThat(errors.get(0).get("message").asString()).contains("resident identity number");
        assertThat(errors.get(1).get("row").asInt()).isEqualTo(4);
        assertThat(errors.get(1).get("message").asString()).contains("园丁");
        assertThat(TalentPoolSystemIT.names(Api.get(TALENT + "?name=" + Api.encode(tag), Api.token("admin"))))
                .isEmpty();
    }

    @Test
    void validRowsOnlyImportsTheGoodRowsAndReportsTheOthers() {
        String tag = UUID.randomUUID().toString().substring(0, 4);
        byte[] file = Workbook.sheet(TALENT_HEADER, List.of(
                List.of("社工" + tag, "社工", "初级", "", "430121001000", Workbook.newIdNumber(), "13900001111"),
                List.of("无级" + tag, "社工", "", "", "430121001000", Workbook.newIdNumber(), "")));

        Api.Response report = Workbook.upload(TALENT + "/import?validRowsOnly=true", Api.token("county-officer"),
                file, "zh-CN");

        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(report.json().get("imported").asInt()).isEqualTo(1);
        assertThat(report.json().get("skipped").get(0).get("row").asInt()).isEqualTo(3);
        assertThat(report.json().get("skipped").get(0).get("message").asString()).contains("等级");
        assertThat(TalentPoolSystemIT.names(Api.get(TALENT + "?name=" + Api.encode(tag), Api.token("admin"))))
                .containsExactly("社工" + tag);
    }

    @Test
    void anOrganizationSheetIsImportedWholeOrNotAtAll() {
        String tag = UUID.randomUUID().toString().substring(0, 4);
        List<String> good = List.of("星沙导入测试协会" + tag, "社区社会组织", "", "430121001000", "社区服务类");
        List<String> badCode = List.of("星沙错码协会" + tag, "社会团体", "51430121MJJ000011X", "430121001000", "文化体育类");

        Api.Response refused = Workbook.upload(ORGANIZATIONS + "/import", Api.token("county-officer"),
                Workbook.sheet(ORGANIZATION_HEADER, List.of(good, badCode)), "zh-CN");
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("column").asString()).isEqualTo("统一社会信用代码");
        assertThat(organizationNames(tag)).isEmpty();

        Api.Response outOfScope = Workbook.upload(ORGANIZATIONS + "/import", Api.token("langli-hub"),
                Workbook.sheet(ORGANIZATION_HEADER, List.of(good)), "zh-CN");
        assertThat(outOfScope.status()).isEqualTo(400);
        assertThat(outOfScope.json().get("errors").get(0).get("row").asInt()).isEqualTo(2);
        assertThat(organizationNames(tag)).isEmpty();

        Api.Response imported = Workbook.upload(ORGANIZATIONS + "/import", Api.token("county-officer"),
                Workbook.sheet(ORGANIZATION_HEADER, List.of(good)), "zh-CN");
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(organizationNames(tag)).containsExactly("星沙导入测试协会" + tag);
    }

    @Test
    void aNonWorkbookIsRefusedAsAProblem() {
        Api.Response refused = Workbook.upload(TALENT + "/import", Api.token("county-officer"),
                "not a workbook".getBytes(java.nio.charset.StandardCharsets.UTF_8), "zh-CN");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:incubator:problem:excel-rows");
    }

    @Test
    void aSearchResultIsExportedWithTheListsParametersAndScope() {
        String query = "?name=" + Api.encode("星沙") + "&jurisdiction=430121";
        Workbook.Download county = Workbook.download(ORGANIZATIONS + "/export" + query, Api.token("county-officer"));
        assertThat(county.status()).isEqualTo(200);
        Workbook.SheetText sheet = Workbook.read(county.body()).get(0);
        assertThat(sheet.contains("长沙县星沙街道社区社会组织联合会")).isTrue();
        assertThat(sheet.contains("长沙县㮾梨街道龙舟协会")).isFalse();

        Workbook.Download langli = Workbook.download(ORGANIZATIONS + "/export" + query, Api.token("langli-hub"));
        assertThat(Workbook.read(langli.body()).get(0).rows()).hasSize(1);
    }

    private static List<String> organizationNames(String tag) {
        Api.Response page = Api.get(ORGANIZATIONS + "?name=" + Api.encode(tag), Api.token("admin"));
        return page.json().get("items").valueStream().map(o -> o.get("name").asString()).toList();
    }
}
