package cn.incubator.registry.talent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.identity.Role;
import cn.incubator.platform.test.RealPostgres;
import cn.incubator.registry.excel.ExcelRowsException;
import cn.incubator.registry.excel.ImportReport;
import cn.incubator.registry.excel.RowError;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Importing the talent pool from .xlsx: all or nothing, every bad row reported, or the valid rows on request. */
@SpringBootTest(properties = "spring.grpc.server.port=0")
class TalentWorkbookIT {

    static final CurrentUser COUNTY = TalentServiceIT.user("county-officer", Role.CIVIL_AFFAIRS, "430121000000");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "registry_talent_excel_it");
    }

    @Autowired
    TalentWorkbook workbook;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aFileWithBadRowsIsRefusedWholeWithEveryBadRowListed() throws IOException {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        byte[] file = sheet(
                List.of("张伟", "社工", "中级", "", "430121001000", "430121199206060083", "13800001111"),
                List.of("李娜", "专家", "", "", "430121001000", "430121197001010091", ""),
                List.of("王芳", "园丁", "", "", "430121004000", "43012119660606010X", ""),
                List.of("赵磊", "志愿者", "", "", "430121001000", "430121199206060083", ""),
                List.of("孙丽", "志愿者", "", "", "430121001000", "430121199206060084", ""));

        assertThatThrownBy(() -> workbook.importSheet(COUNTY, new ByteArrayInputStream(file), false))
                .isInstanceOfSatisfying(ExcelRowsException.class, e -> {
                    @SuppressWarnings("unchecked")
                    List<RowError> errors = (List<RowError>) e.properties().get("errors");
                    assertThat(errors).extracting(RowError::row, RowError::column)
                            .containsExactlyInAnyOrder(
                                    org.assertj.core.groups.Tuple.tuple(3, "专业领域"),
                                    org.assertj.core.groups.Tuple.tuple(4, "人才类别"),
                                    org.assertj.core.groups.Tuple.tuple(5, null),
                                    org.assertj.core.groups.Tuple.tuple(6, "身份证号"));
                    assertThat(errors.get(0).message()).isNotBlank();
                    assertThat(errors).filteredOn(r -> r.row() == 4).singleElement()
                            .satisfies(r -> assertThat(r.message()).contains("园丁"));
                });
        assertThat(count()).isZero();
    }

    @Test
    void validRowsOnlyStoresTheGoodRowsAndReportsTheOthers() throws IOException {
        byte[] file = sheet(
                List.of("周静", "督导", "", "", "430121001000", "430121197511110041", ""),
                List.of("吴刚", "社工", "", "", "430121001000", "430121199007200039", ""));

        ImportReport report = workbook.importSheet(COUNTY, new ByteArrayInputStream(file), true);

        assertThat(report.rows()).isEqualTo(2);
        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.skipped()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(3);
            assertThat(e.field()).isEqualTo("level");
        });
        assertThat(count()).isEqualTo(1);
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM talent").query(Long.class).single();
    }

    @SafeVarargs
    static byte[] sheet(List<String>... rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("人才库");
            Row header = sheet.createRow(0);
            List<String> titles = List.of("姓名*", "人才类别*", "社工等级", "专业领域", "所属区划代码*", "身份证号*", "手机号");
            for (int i = 0; i < titles.size(); i++) {
                header.createCell(i).setCellValue(titles.get(i));
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int i = 0; i < rows[r].size(); i++) {
                    row.createCell(i).setCellValue(rows[r].get(i));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }
}
