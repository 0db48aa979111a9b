package cn.incubator.registry.excel;

import cn.incubator.platform.export.Downloads;
import cn.incubator.platform.export.ExcelTables;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds and reads .xlsx files with Apache POI: import templates, typed reading of data rows, and plain tables for
 * exports. Knows nothing about the registry's features.
 */
public final class Workbooks {

    public static final String MEDIA_TYPE = Downloads.XLSX;
    /** Enough for any sheet a base fills by hand; larger uploads are refused before parsing. */
    public static final int MAX_ROWS = 10_000;

    static {
        // Guard against zip bombs in uploaded files.
        ZipSecureFile.setMinInflateRatio(0.005);
    }

    private Workbooks() {
    }

    /**
     * An import template: the data sheet with one header row (required columns marked *), text-formatted columns
     * where numbers must stay text, drop-downs for choices; and an instructions sheet with each column's hint and
     * an example.
     */
    public static byte[] template(String sheetName, List<Column> columns, String instructions) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet data = workbook.createSheet(sheetName);
            CellStyle header = headerStyle(workbook);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            Row row = data.createRow(0);
            DataValidationHelper validations = data.getDataValidationHelper();
            for (int i = 0; i < columns.size(); i++) {
                Column column = columns.get(i);
                Cell cell = row.createCell(i);
                cell.setCellValue(column.required() ? column.title() + "*" : column.title());
                cell.setCellStyle(header);
                data.setColumnWidth(i, Math.max(12, column.title().length() * 2 + 6) * 256);
                if (column.text()) {
                    data.setDefaultColumnStyle(i, text);
                }
                if (!column.choices().isEmpty() && String.join(",", column.choices()).length() < 250) {
                    DataValidation list = validations.createValidation(
                            validations.createExplicitListConstraint(column.choices().toArray(String[]::new)),
                            new CellRangeAddressList(1, MAX_ROWS, i, i));
                    list.setShowErrorBox(false);
                    data.addValidationData(list);
                }
            }
            data.createFreezePane(0, 1);
            Sheet help = workbook.createSheet("填写说明");
            help.createRow(0).createCell(0).setCellValue(instructions);
            Row titles = help.createRow(2);
            String[] heads = {"列", "必填", "说明", "可选值", "示例"};
            for (int i = 0; i < heads.length; i++) {
                titles.createCell(i).setCellValue(heads[i]);
                titles.getCell(i).setCellStyle(header);
            }
            for (int i = 0; i < columns.size(); i++) {
                Column column = columns.get(i);
                Row line = help.createRow(3 + i);
                line.createCell(0).setCellValue(column.title());
                line.createCell(1).setCellValue(column.required() ? "是" : "否");
                line.createCell(2).setCellValue(column.hint());
                line.createCell(3).setCellValue(String.join("、", column.choices()));
                line.createCell(4).setCellValue(column.example());
            }
            for (int i = 0; i < heads.length; i++) {
                help.setColumnWidth(i, (i == 2 || i == 3 ? 40 : 16) * 256);
            }
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sheet's header problem or its rows, each cell as text keyed by column key. */
    record ParsedSheet(List<RowValues> rows, List<RowValues.PendingError> headerErrors) {
    }

    /**
     * Reads the first sheet: finds each column by its header (title, title with *, or key, in any order), then turns
     * every non-empty row below into {@link RowValues}.
     */
    static ParsedSheet read(InputStream in, List<Column> columns) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            Map<String, Integer> positions = new HashMap<>();
            List<RowValues.PendingError> headerErrors = new ArrayList<>();
            Map<String, Column> byKey = new LinkedHashMap<>();
            columns.forEach(c -> byKey.put(c.key(), c));
            if (header != null) {
                for (Cell cell : header) {
                    String name = text(cell);
                    if (name == null) {
                        continue;
                    }
                    String bare = name.replace("*", "").strip();
                    columns.stream().filter(c -> c.title().equals(bare) || c.key().equalsIgnoreCase(bare)).findFirst()
                            .ifPresent(c -> positions.put(c.key(), cell.getColumnIndex()));
                }
            }
            for (Column column : columns) {
                if (column.required() && !positions.containsKey(column.key())) {
                    headerErrors.add(new RowValues.PendingError(column.key(), "Excel.column.missing",
                            new Object[] {column.title()}));
                }
            }
            List<RowValues> rows = new ArrayList<>();
            int first = header == null ? 0 : header.getRowNum() + 1;
            if (sheet.getLastRowNum() - first + 1 > MAX_ROWS) {
                headerErrors.add(new RowValues.PendingError(null, "Excel.tooManyRows", new Object[] {MAX_ROWS}));
                return new ParsedSheet(rows, headerErrors);
            }
            for (int r = first; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, String> cells = new HashMap<>();
                positions.forEach((key, index) -> cells.put(key, text(row.getCell(index))));
                RowValues values = new RowValues(r + 1, cells, byKey);
                if (!values.isBlank()) {
                    rows.add(values);
                }
            }
            return new ParsedSheet(rows, headerErrors);
        }
    }

    /** A cell as the text a person reads: dates as ISO dates, numbers without exponent or trailing zeros. */
    static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> null;
        };
    }

    /** A workbook of plain tables, one sheet per table, for exports (platform {@link ExcelTables}). */
    public static byte[] tables(List<Table> tables) {
        return ExcelTables.of(tables.stream()
                .map(t -> new ExcelTables.Table(t.name(), t.headers(), t.rows())).toList());
    }

    /** Plain tables with bar charts beside some of them (platform {@link ExcelTables.BarChart}). */
    public static byte[] tables(List<Table> tables, List<ExcelTables.BarChart> charts) {
        return ExcelTables.of(tables.stream()
                .map(t -> new ExcelTables.Table(t.name(), t.headers(), t.rows())).toList(), charts);
    }

    /** One sheet of an export. */
    public record Table(String name, List<String> headers, List<? extends List<?>> rows) {
    }

    private static CellStyle headerStyle(Workbook workbook) {
        return ExcelTables.headerStyle(workbook);
    }

    private static byte[] bytes(Workbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    /** {@code attachment; filename*=UTF-8''...} (platform {@link Downloads}). */
    public static String attachment(String fileName) {
        return Downloads.attachment(fileName);
    }

}
