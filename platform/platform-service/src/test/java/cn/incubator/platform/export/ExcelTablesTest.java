package cn.incubator.platform.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ExcelTablesTest {

    private static final ExcelTables.Table BY_CATEGORY = new ExcelTables.Table("按类别", List.of("名称", "活动数", "预计参与人数"),
            List.of(List.of("社区服务类", 3, 120), List.of("文化体育类", 1, 30)));

    @Test
    void aBarChartIsDrawnBesideItsTableFromTheTablesCells() throws IOException {
        byte[] bytes = ExcelTables.of(List.of(BY_CATEGORY),
                List.of(new ExcelTables.BarChart("按类别", "各类别活动与预计参与人数", 0, List.of(1, 2))));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet sheet = workbook.getSheet("按类别");
            List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(1);
            XSSFChart chart = charts.get(0);
            assertThat(chart.getTitleText().getString()).isEqualTo("各类别活动与预计参与人数");
            XDDFChartData data = chart.getChartSeries().get(0);
            assertThat(data).isInstanceOf(XDDFBarChartData.class);
            assertThat(data.getSeriesCount()).isEqualTo(2);
            XDDFChartData.Series attendees = data.getSeries(1);
            assertThat(attendees.getValuesData().getPointAt(0)).isEqualTo(120.0);
            assertThat(attendees.getCategoryData().getPointAt(1)).isEqualTo("文化体育类");
        }
    }

    @Test
    void anEmptyTableGetsNoChart() throws IOException {
        ExcelTables.Table empty = new ExcelTables.Table("按类别", BY_CATEGORY.headers(), List.of());
        byte[] bytes = ExcelTables.of(List.of(empty), List.of(new ExcelTables.BarChart("按类别", "t", 0, List.of(1))));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(workbook.getSheet("按类别").getDrawingPatriarch()).isNull();
        }
    }
}
