package cn.incubator.registry.excel;

import cn.incubator.platform.problem.ProblemException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** A sheet with bad rows, imported not at all: every bad row is listed in the problem's {@code errors}. */
public class ExcelRowsException extends ProblemException {

    public ExcelRowsException(List<RowError> errors) {
        super(HttpStatus.BAD_REQUEST, "excel-rows", new Object[] {errors.size()}, Map.of("errors", List.copyOf(errors)));
    }
}
