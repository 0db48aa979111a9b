package cn.incubator.platform.problem;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * Bad input found by a domain rule rather than by bean validation (e.g. an unknown jurisdiction code); rendered the
 * same way as validation errors, field by field.
 */
public class FieldProblemException extends ProblemException {

    private final List<FieldProblem> fieldProblems;

    public FieldProblemException(List<FieldProblem> fieldProblems) {
        super(HttpStatus.BAD_REQUEST, "validation", new Object[0], Map.of());
        this.fieldProblems = List.copyOf(fieldProblems);
    }

    public FieldProblemException(String field, String code, Object... args) {
        this(List.of(new FieldProblem(field, code, args)));
    }

    public List<FieldProblem> fieldProblems() {
        return fieldProblems;
    }

    /** @param code message key of the field error, resolved in the caller's language */
    public record FieldProblem(String field, String code, Object... args) {
    }
}
