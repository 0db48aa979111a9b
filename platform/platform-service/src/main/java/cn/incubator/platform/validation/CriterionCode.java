package cn.incubator.platform.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

/**
 * The one pattern of a code chosen by users (a rubric criterion's code in grants and incubation, a subsidy plan's
 * code): an upper-case letter, then 1 to 39 upper-case letters, digits or underscores, e.g. {@code SOCIAL_NEED};
 * {@code null} passes.
 */
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = CriterionCode.Validator.class)
public @interface CriterionCode {

    /** The pattern, for OpenAPI documents and for data checks. */
    String PATTERN = "[A-Z][A-Z0-9_]{1,39}";

    String message() default "{CriterionCode}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<CriterionCode, String> {
        private static final Pattern CODE = Pattern.compile(PATTERN);

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || CODE.matcher(value).matches();
        }
    }
}
