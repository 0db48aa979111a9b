package cn.incubator.registry.excel;

/**
 * What is wrong with one row of an imported sheet, in the caller's language.
 *
 * @param row     the row number as Excel shows it (the header is row 1)
 * @param column  the column's header, or {@code null} when the whole row is refused (e.g. out of scope)
 * @param field   the column's key, or {@code null}
 * @param message the localized reason
 */
public record RowError(int row, String column, String field, String message) {
}
