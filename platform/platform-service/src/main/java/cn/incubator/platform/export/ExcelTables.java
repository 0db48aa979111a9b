package cn.incubator.platform.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartLegend;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Excel 导出: a workbook of plain tables, one sheet per table, with Apache POI. Shared by the services that export a
 * list (the registry's organization and weekly exports, training's attendance and certificates). POI is an optional
 * dependency of platform-service: a service that exports declares {@code poi-ooxml} itself.
 */
public final class ExcelTables {

    private ExcelTables() {
    }

    /** One sheet of an export: its name, the header row and the data rows (cells as Java values). */
    public record Table(String name, List<String> headers, List<? extends List<?>> rows) {
    }

    /**
     * A clustered column chart (柱状图) drawn beside a table of the workbook, over that table's own cells: the
     * categories from one column, one series per value column (its header the series' name). The chart reads the cells,
     * so what it shows is what the sheet says. A table without rows gets no chart.
     */
    public record BarChart(String sheet, String title, int categoryColumn, List<Integer> valueColumns) {

        public BarChart {
            valueColumns = List.copyOf(valueColumns);
        }
    }

    /** The workbook's bytes, as {@link #of(List)}, with the charts drawn beside their tables. */
    public static byte[] of(List<Table> tables, List<BarChart> charts) {
        return write(tables, charts);
    }

    /**
     * The workbook's bytes: a bold grey header row, frozen; {@link BigDecimal} as money, {@link LocalDateTime} as a
     * date-time cell, booleans as 是/否, everything else as text.
     */
    public static byte[] of(List<Table> tables) {
        return write(tables, List.of());
    }

    private static byte[] write(List<Table> tables, List<BarChart> charts) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle header = headerStyle(workbook);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            for (Table table : tables) {
                Sheet sheet = workbook.createSheet(table.name());
                Row head = sheet.createRow(0);
                for (int i = 0; i < table.headers().size(); i++) {
                    Cell cell = head.createCell(i);
                    cell.setCellValue(table.headers().get(i));
                    cell.setCellStyle(header);
                    sheet.setColumnWidth(i, Math.max(12, table.headers().get(i).length() * 2 + 6) * 256);
                }
                for (int r = 0; r < table.rows().size(); r++) {
                    Row row = sheet.createRow(r + 1);
                    List<?> values = table.rows().get(r);
                    for (int i = 0; i < values.size(); i++) {
                        write(row.createCell(i), values.get(i), date, money);
                    }
                }
                sheet.createFreezePane(0, 1);
            }
            for (BarChart chart : charts) {
                Table table = tables.stream().filter(t -> t.name().equals(chart.sheet())).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("No table " + chart.sheet()));
                if (!table.rows().isEmpty()) {
                    draw(workbook.getSheet(table.name()), table, chart);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void draw(XSSFSheet sheet, Table table, BarChart spec) {
        int last = table.rows().size();
        int left = table.headers().size() + 1;
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, left, 1, left + 10, 1 + Math.max(18, Math.min(last, 40)));
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(spec.title());
        chart.setTitleOverlay(false);
        XDDFChartLegend legend = chart.getOrAddLegend();
        legend.setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        XDDFDataSource<String> labels = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(1, last, spec.categoryColumn(), spec.categoryColumn()));
        for (int column : spec.valueColumns()) {
            XDDFNumericalDataSource<Double> numbers = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(1, last, column, column));
            data.addSeries(labels, numbers).setTitle(table.headers().get(column),
                    new CellReference(sheet.getSheetName(), 0, column, true, true));
        }
        chart.plot(data);
    }

    /** The header style of every sheet the platform writes (bold on grey). */
    public static CellStyle headerStyle(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        style.setFont(bold);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }

    private static void write(Cell cell, Object value, CellStyle date, CellStyle money) {
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof BigDecimal decimal) {
            cell.setCellValue(decimal.doubleValue());
            cell.setCellStyle(money);
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof LocalDateTime time) {
            cell.setCellValue(time);
            cell.setCellStyle(date);
        } else if (value instanceof LocalDate day) {
            cell.setCellValue(day.toString());
        } else if (value instanceof Boolean flag) {
            cell.setCellValue(flag ? "是" : "否");
        } else if (value instanceof TemporalAccessor) {
            cell.setCellValue(value.toString());
        } else {
            cell.setCellValue(String.valueOf(value));
        }
    }
}
