package cn.incubator.registry.excel;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.registry.organization.Category;
import cn.incubator.registry.organization.LegalForm;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class WorkbooksTest {

    private static final List<Column> COLUMNS = List.of(
            Column.of("name", "名称", true, "", "x"),
            Column.of("form", "法人形式", true, "", "x").choices(List.of("社会团体")),
            Column.of("amount", "金额", false, "", "1"),
            Column.of("day", "日期", false, "", "2024-06-01"),
            Column.of("count", "人数", false, "", "3"),
            Column.of("categories", "类别", false, "", "x"),
            Column.of("idNumber", "身份证号", false, "", "x").asText());

    @Test
    void aFilledTemplateIsReadBackColumnByColumnWhateverTheirOrder() throws IOException {
        byte[] template = Workbooks.template("测试", COLUMNS, "说明");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("名称*");
            assertThat(book.getSheetName(1)).isEqualTo("填写说明");
        }

        byte[] filled = sheet(List.of("身份证号", "名称*", "法人形式", "金额", "日期", "人数", "类别"), book -> {
            Row row = book.getSheetAt(0).createRow(1);
            row.createCell(0).setCellValue("430121198001010010");
            row.createCell(1).setCellValue(" 星沙协会 ");
            row.createCell(2).setCellValue("社会团体");
            row.createCell(3).setCellValue(1234.5);
            row.createCell(4).setCellValue("2024/6/1");
            row.createCell(5).setCellValue(12);
            row.createCell(6).setCellValue("公益慈善类、COMMUNITY_SERVICE");
        });
        Workbooks.ParsedSheet sheet = Workbooks.read(new ByteArrayInputStream(filled), COLUMNS);

        assertThat(sheet.headerErrors()).isEmpty();
        RowValues row = sheet.rows().get(0);
        assertThat(row.row()).isEqualTo(2);
        assertThat(row.text("name")).isEqualTo("星沙协会");
        assertThat(row.text("idNumber")).isEqualTo("430121198001010010");
        assertThat(row.choice("form", LegalForm.class)).isEqualTo(LegalForm.SOCIAL_GROUP);
        assertThat(row.decimal("amount")).isEqualByComparingTo(new BigDecimal("1234.5"));
        assertThat(row.date("day")).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(row.integer("count")).isEqualTo(12);
        assertThat(row.choices("categories", Category.class))
                .isEqualTo(Set.of(Category.PUBLIC_WELFARE, Category.COMMUNITY_SERVICE));
        assertThat(row.errors()).isEmpty();
    }

    @Test
    void unreadableCellsAreCollectedPerColumnAndMissingRequiredColumnsPerFile() throws IOException {
        byte[] filled = sheet(List.of("名称", "金额", "日期", "人数", "法人形式"), book -> {
            Row row = book.getSheetAt(0).createRow(1);
            row.createCell(0).setCellValue("某协会");
            row.createCell(1).setCellValue("一千");
            row.createCell(2).setCellValue("2024-02-30");
            row.createCell(3).setCellValue("1.5");
            row.createCell(4).setCellValue("园丁");
        });
        RowValues row = Workbooks.read(new ByteArrayInputStream(filled), COLUMNS).rows().get(0);

        assertThat(row.decimal("amount")).isNull();
        assertThat(row.date("day")).isNull();
        assertThat(row.integer("count")).isNull();
        assertThat(row.choice("form", LegalForm.class)).isNull();
        assertThat(row.errors()).extracting(RowValues.PendingError::field, RowValues.PendingError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("amount", "Excel.number"),
                        org.assertj.core.groups.Tuple.tuple("day", "Excel.date"),
                        org.assertj.core.groups.Tuple.tuple("count", "Excel.integer"),
                        org.assertj.core.groups.Tuple.tuple("form", "Excel.choice"));

        byte[] noName = sheet(List.of("金额"), book -> book.getSheetAt(0).createRow(1).createCell(0).setCellValue(1));
        assertThat(Workbooks.read(new ByteArrayInputStream(noName), COLUMNS).headerErrors())
                .extracting(RowValues.PendingError::field).containsExactly("name", "form");
    }

    @Test
    void exportsWriteOneSheetPerTable() throws IOException {
        byte[] xlsx = Workbooks.tables(List.of(new Workbooks.Table("甲", List.of("名称", "金额"),
                List.of(List.of("某协会", new BigDecimal("1036800.00")))), new Workbooks.Table("乙", List.of("x"), List.of())));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
            assertThat(book.getSheetAt(0).getRow(1).getCell(1).getNumericCellValue()).isEqualTo(1036800.0);
        }
        assertThat(Workbooks.attachment("组织库 导出.xlsx")).isEqualTo(
                "attachment; filename*=UTF-8''%E7%BB%84%E7%BB%87%E5%BA%93%20%E5%AF%BC%E5%87%BA.xlsx");
    }

    private static byte[] sheet(List<String> header, java.util.function.Consumer<XSSFWorkbook> fill)
            throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("data");
            Row row = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                row.createCell(i).setCellValue(header.get(i));
            }
            fill.accept(book);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }
}
