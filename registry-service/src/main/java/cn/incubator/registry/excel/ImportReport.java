package cn.incubator.registry.excel;

import java.util.List;

/**
 * The outcome of an import that stored something: all rows, or (when the caller asked for valid rows only) the good
 * ones, with the errors of the rows left out.
 */
public record ImportReport(int rows, int imported, List<RowError> skipped) {

    public ImportReport {
        skipped = List.copyOf(skipped);
    }
}
