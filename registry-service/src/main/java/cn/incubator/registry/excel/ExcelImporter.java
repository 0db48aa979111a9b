package cn.incubator.registry.excel;

import cn.incubator.platform.problem.FieldProblemException;
import cn.incubator.platform.problem.ProblemException;
import cn.incubator.platform.problem.Problems;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports the rows of an .xlsx sheet all or nothing: each row is read (typed cells), validated (bean validation on the
 * row's request record) and stored by the feature's own service, inside one transaction. A row the service refuses
 * (out of scope, duplicate, a domain rule) is rolled back to a savepoint and reported, so every bad row of the file is
 * listed at once; then, unless the caller asked for the valid rows only, the whole import is rolled back.
 */
@Component
public class ExcelImporter {

    private final TransactionTemplate perRow;
    private final Validator validator;
    private final MessageSource messages;
    private final Problems problems;

    ExcelImporter(PlatformTransactionManager transactions, Validator validator, MessageSource messages,
            Problems problems) {
        this.perRow = new TransactionTemplate(transactions);
        this.perRow.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.validator = validator;
        this.messages = messages;
        this.problems = problems;
    }

    /**
     * @param parse         turns a row's typed cells into the request record to validate and store
     * @param store         stores one valid row through the feature's service (in a savepoint)
     * @param validRowsOnly store the good rows and report the others, instead of storing nothing when any is bad
     * @throws ExcelRowsException when any row is bad and {@code validRowsOnly} is false, or the file itself is
     *                            unusable (not .xlsx, a required column missing); nothing is then stored
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public <R> ImportReport importRows(InputStream file, List<Column> columns, boolean validRowsOnly,
            Function<RowValues, R> parse, Consumer<R> store) {
        Locale locale = LocaleContextHolder.getLocale();
        Workbooks.ParsedSheet sheet;
        try {
            sheet = Workbooks.read(file, columns);
        } catch (IOException | RuntimeException e) {
            // Whatever POI fails with on bytes that are not a workbook (zip, XML, empty file), the answer is the same.
            throw new ExcelRowsException(List.of(new RowError(0, null, null,
                    message("Excel.notXlsx", new Object[0], locale))));
        }
        if (!sheet.headerErrors().isEmpty()) {
            throw new ExcelRowsException(sheet.headerErrors().stream()
                    .map(e -> error(1, e, columns, locale)).toList());
        }
        if (sheet.rows().isEmpty()) {
            throw new ExcelRowsException(List.of(new RowError(2, null, null,
                    message("Excel.empty", new Object[0], locale))));
        }
        List<RowError> errors = new ArrayList<>();
        int imported = 0;
        for (RowValues row : sheet.rows()) {
            List<RowError> rowErrors = importRow(row, columns, parse, store, locale);
            if (rowErrors.isEmpty()) {
                imported++;
            }
            errors.addAll(rowErrors);
        }
        if (!errors.isEmpty() && !validRowsOnly) {
            throw new ExcelRowsException(errors);
        }
        return new ImportReport(sheet.rows().size(), imported, errors);
    }

    private <R> List<RowError> importRow(RowValues row, List<Column> columns, Function<RowValues, R> parse,
            Consumer<R> store, Locale locale) {
        R request = parse.apply(row);
        List<RowError> errors = new ArrayList<>(row.errors().stream().map(e -> error(row.row(), e, columns, locale))
                .toList());
        Set<ConstraintViolation<R>> violations = validator.validate(request);
        violations.stream()
                .filter(v -> row.errors().stream().noneMatch(e -> e.field() != null
                        && v.getPropertyPath().toString().startsWith(e.field())))
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> errors.add(at(row.row(), field(v.getPropertyPath().toString()), columns,
                        messages.getMessage(v.getConstraintDescriptor().getAnnotation().annotationType()
                                .getSimpleName(), null, v.getMessage(), locale))));
        if (!errors.isEmpty()) {
            return errors;
        }
        try {
            perRow.executeWithoutResult(status -> store.accept(request));
            return List.of();
        } catch (FieldProblemException e) {
            return e.fieldProblems().stream()
                    .map(f -> at(row.row(), field(f.field()), columns, message(f.code(), f.args(), locale)))
                    .toList();
        } catch (ProblemException e) {
            return List.of(new RowError(row.row(), null, null,
                    problems.message("problem." + e.slug() + ".detail", e.args(), locale, e.slug())));
        } catch (DataIntegrityViolationException e) {
            // A unique index caught what the service's own check could not (e.g. the same row twice at once).
            return List.of(new RowError(row.row(), null, null,
                    problems.message("problem.duplicate.detail", new Object[0], locale, "duplicate")));
        }
    }

    /** {@code organizationIds[0]} and {@code fields[]} name the column {@code organizationIds} / {@code fields}. */
    private static String field(String path) {
        int bracket = path.indexOf('[');
        int dot = path.indexOf('.');
        int end = bracket < 0 ? dot : dot < 0 ? bracket : Math.min(bracket, dot);
        return end < 0 ? path : path.substring(0, end);
    }

    private RowError error(int row, RowValues.PendingError e, List<Column> columns, Locale locale) {
        return at(row, e.field(), columns, message(e.code(), e.args(), locale));
    }

    private static RowError at(int row, String field, List<Column> columns, String message) {
        String title = columns.stream().filter(c -> c.key().equals(field)).map(Column::title).findFirst()
                .orElse(null);
        return new RowError(row, title, title == null ? null : field, message);
    }

    private String message(String code, Object[] args, Locale locale) {
        return messages.getMessage(code, args, code, locale);
    }
}
