package cn.incubator.registry.talent;

import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.registry.excel.Column;
import cn.incubator.registry.excel.ExcelImporter;
import cn.incubator.registry.excel.ImportReport;
import cn.incubator.registry.excel.Workbooks;
import cn.incubator.registry.field.Labelled;
import cn.incubator.registry.field.ServiceField;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/** The talent pool as an Excel sheet: a template to fill and an import of it, all rows or the valid ones. */
@Component
class TalentWorkbook {

    static final List<Column> COLUMNS = List.of(
            Column.of("name", "姓名", true, "真实姓名", "李敏"),
            Column.of("kind", "人才类别", true, "从下拉列表选择", "社工").choices(labels(TalentKind.values())),
            Column.of("level", "社工等级", false, "仅社工填写", "中级").choices(labels(SocialWorkerLevel.values())),
            Column.of("fields", "专业领域", false, "专家必填；多个用顿号分隔", "养老服务、社区发展")
                    .choices(labels(ServiceField.values())),
            Column.of("jurisdiction", "所属区划代码", true, "12 位统计用区划代码", "430121001000").asText(),
            Column.of("idNumber", "身份证号", true, "18 位公民身份号码（仅保存加密摘要与脱敏形式）", "430121198001010010")
                    .asText(),
            Column.of("phone", "手机号", false, "11 位手机号", "13812345678").asText(),
            Column.of("organizationIds", "所属组织编号", false, "组织库中的组织编号，多个用顿号分隔",
                    "3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1001").asText());

    private final ExcelImporter importer;
    private final TalentService talent;

    TalentWorkbook(ExcelImporter importer, TalentService talent) {
        this.importer = importer;
        this.talent = talent;
    }

    byte[] template() {
        return Workbooks.template("人才库", COLUMNS,
                "人才库导入模板：每行一人。带 * 的列必填；身份证号不会以明文保存，同一身份证号不能重复导入。");
    }

    ImportReport importSheet(CurrentUser user, InputStream file, boolean validRowsOnly) {
        return importer.importRows(file, COLUMNS, validRowsOnly,
                row -> new TalentController.TalentRequest(row.text("name"), row.choice("kind", TalentKind.class),
                        row.choice("level", SocialWorkerLevel.class), row.choices("fields", ServiceField.class),
                        row.text("jurisdiction"), row.text("idNumber"), row.text("phone"),
                        row.uuids("organizationIds")),
                request -> talent.create(user, request.toNewTalent()));
    }

    private static List<String> labels(Labelled[] values) {
        return Arrays.stream(values).map(Labelled::chinese).toList();
    }
}
