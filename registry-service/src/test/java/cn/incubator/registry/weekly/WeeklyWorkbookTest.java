package cn.incubator.registry.weekly;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The weekly issue's workbook carries its column charts, drawn from the issue's counted groups. */
class WeeklyWorkbookTest {

    @Test
    void theIssueByCategoryAndByDistrictIsChartedFromItsOwnCells() throws IOException {
        WeeklyViews.Compilation issue = new WeeklyViews.Compilation("2031-W10", LocalDate.parse("2031-03-03"),
                Jurisdiction.of("430121000000"), Instant.parse("2031-02-27T10:00:00Z"), 3, 150, 0, 1, List.of(),
                List.of(new WeeklyViews.Group("COMMUNITY_SERVICE", "社区服务类", 2, 120),
                        new WeeklyViews.Group("CULTURE_SPORTS", "文化体育类", 1, 30)),
                List.of(new WeeklyViews.Group("430121", "长沙县", 3, 150)));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(WeeklyWorkbook.of(issue, List.of())))) {
            XSSFSheet byCategory = workbook.getSheet("按类别");
            XSSFChart chart = byCategory.getDrawingPatriarch().getCharts().get(0);
            assertThat(chart.getTitleText().getString()).isEqualTo("2031-W10 各类别活动数与预计参与人数");
            XDDFChartData.Series attendees = chart.getChartSeries().get(0).getSeries(1);
            assertThat(attendees.getValuesData().getPointAt(0)).isEqualTo(120.0);
            assertThat(attendees.getValuesData().getPointAt(1)).isEqualTo(30.0);
            assertThat(byCategory.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(120.0);
            assertThat(workbook.getSheet("按区县").getDrawingPatriarch().getCharts()).hasSize(1);
            assertThat(workbook.getSheet("按组织").getDrawingPatriarch()).isNull();
        }
    }
}
