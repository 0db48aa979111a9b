package cn.incubator.platform.problem;

import cn.incubator.platform.creditcode.InvalidCreditCodeException;
import cn.incubator.platform.idnumber.InvalidIdNumberException;
import cn.incubator.platform.jurisdiction.InvalidJurisdictionException;
import cn.incubator.platform.transition.IllegalTransitionException;
import cn.incubator.platform.transition.RuleViolationException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/** Turns every error a controller raises into problem details; nothing leaves a service as a bare 500 page. */
@RestControllerAdvice
public class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    /** How long a caller should wait before retrying after a 503. */
    static final String RETRY_AFTER_SECONDS = "5";

    private final Problems problems;

    public ProblemAdvice(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> problem(ProblemException e, HttpServletRequest request) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(e.status());
        if (e.status() == HttpStatus.SERVICE_UNAVAILABLE) {
            response.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        return response.body(problems.of(e, locale(), request));
    }

    /** The one 409 {@code illegal-transition} shape of every service: see {@link Problems#illegalTransition}. */
    @ExceptionHandler(IllegalTransitionException.class)
    ResponseEntity<ProblemDetail> illegalTransition(IllegalTransitionException e, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problems.illegalTransition(e, locale(), request));
    }

    /** A domain rule's refusal (e.g. too few score sheets): a 409 named by the rule's slug. */
    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<ProblemDetail> ruleViolation(RuleViolationException e, HttpServletRequest request) {
        ProblemDetail problem = problems.of(HttpStatus.CONFLICT, e.slug(), e.args(), locale(), request);
        e.properties().forEach(problem::setProperty);
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException e, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(problems.of(HttpStatus.FORBIDDEN, "forbidden", new Object[0], locale(), request));
    }

    /** A unique index caught a race the service's own check could not (e.g. the same credit code twice at once). */
    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException e, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(problems.of(HttpStatus.CONFLICT, "duplicate", new Object[0], locale(), request));
    }

    /**
     * The database cannot be reached (PostgreSQL restarting, no connection within the pool's time-out, a connection
     * lost mid-statement): a 503 with {@code Retry-After}, not a 500, since retrying shortly is what the caller should
     * do. A failure before the commit stored nothing (the transaction rolled back); whether a lost commit took effect
     * cannot be known here, so the detail does not claim it.
     */
    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessResourceException.class,
            RecoverableDataAccessException.class, CannotCreateTransactionException.class})
    ResponseEntity<ProblemDetail> databaseUnavailable(Exception e, HttpServletRequest request) {
        log.warn("Database unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(problems.of(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable", new Object[0], locale(),
                        request));
    }

    /**
     * A commit or rollback that failed. When the connection was lost (PostgreSQL restarting: SQLState class 08, or
     * 57P0x for a server shutting down), the statement before it failed the same way and the rollback could not
     * reach the server either: the database is unavailable, a 503 as above, not a 500 masking it. Any other failure
     * stays an unexpected one.
     */
    @ExceptionHandler(TransactionSystemException.class)
    ResponseEntity<ProblemDetail> transactionFailed(TransactionSystemException e, HttpServletRequest request) {
        if (connectionLost(e) || connectionLost(e.getOriginalException())) {
            return databaseUnavailable(e, request);
        }
        return unexpected(e, request);
    }

    private static boolean connectionLost(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                            && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
        }
        return false;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return ResponseEntity.badRequest().body(problems.of(
                badValue(e.getName(), e.getRequiredType(), e.getValue(), "TypeMismatch"), locale(), request));
    }

    /**
     * A value of the wrong shape for its type, saying what is expected: the allowed values of an enum (by label and
     * code), the format of a time or a date; else {@code fallbackCode}.
     */
    private FieldProblemException badValue(String field, Class<?> type, Object value, String fallbackCode) {
        String shown = shown(value);
        if (type != null && type.isEnum()) {
            return new FieldProblemException(field, "Enum", shown, problems.allowedValues(type, locale()));
        }
        if (type == java.time.Instant.class || type == java.time.OffsetDateTime.class
                || type == java.time.LocalDateTime.class) {
            return new FieldProblemException(field, "DateTime", shown);
        }
        if (type == java.time.LocalDate.class) {
            return new FieldProblemException(field, "Date", shown);
        }
        return new FieldProblemException(field, fallbackCode, shown);
    }

    /** The rejected value as echoed in a message: at most 40 characters. */
    private static String shown(Object value) {
        String text = String.valueOf(value);
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    /**
     * Bean validation of a {@code @Validated} controller's (or service's) parameters, e.g. {@code ?size=500} against
     * {@code @Max(200)}: one field error per violation, named by the parameter (or the property inside it).
     */
    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException e, HttpServletRequest request) {
        List<FieldProblemException.FieldProblem> fields = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            String code = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
            // No arguments: the rejected value may be personal data (an ID number) and is not echoed.
            fields.add(new FieldProblemException.FieldProblem(fieldOf(violation.getPropertyPath()), code));
        }
        fields.sort(Comparator.comparing(f -> String.valueOf(f.field())));
        return ResponseEntity.badRequest().body(problems.of(new FieldProblemException(fields), locale(), request));
    }

    /**
     * A division code that slipped past {@code @JurisdictionCode} (a service parsed it itself). The field is the
     * request parameter or path variable that carried the rejected code, else {@code jurisdiction}.
     */
    @ExceptionHandler(InvalidJurisdictionException.class)
    ResponseEntity<ProblemDetail> invalidJurisdiction(InvalidJurisdictionException e, HttpServletRequest request) {
        String code = e.reason() == InvalidJurisdictionException.Reason.UNKNOWN ? "JurisdictionCode.unknown"
                : "JurisdictionCode";
        String field = parameterCarrying(request, e.input(), "jurisdiction");
        return ResponseEntity.badRequest().body(problems.of(
                new FieldProblemException(field, code, String.valueOf(e.input())), locale(), request));
    }

    @ExceptionHandler(InvalidCreditCodeException.class)
    ResponseEntity<ProblemDetail> invalidCreditCode(InvalidCreditCodeException e, HttpServletRequest request) {
        return ResponseEntity.badRequest().body(problems.of(
                new FieldProblemException("creditCode", "CreditCode"), locale(), request));
    }

    /** The rejected number is personal data: it is neither echoed nor logged. */
    @ExceptionHandler(InvalidIdNumberException.class)
    ResponseEntity<ProblemDetail> invalidIdNumber(InvalidIdNumberException e, HttpServletRequest request) {
        return ResponseEntity.badRequest().body(problems.of(
                new FieldProblemException("idNumber", "IdNumber"), locale(), request));
    }

    /**
     * A multipart body the container cannot parse (no boundary, cut off). One past the size limit is
     * {@code MaxUploadSizeExceededException}, a 413 from {@link ResponseEntityExceptionHandler}.
     */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> unreadableMultipart(MultipartException e, HttpServletRequest request) {
        return ResponseEntity.badRequest().body(
                problems.of(HttpStatus.BAD_REQUEST, "unreadable-multipart", new Object[0], locale(), request));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return ResponseEntity.internalServerError()
                .body(problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal", new Object[0], locale(), request));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(problems.validation(ex.getAllErrors(), locale(), servlet(request)));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<org.springframework.context.MessageSourceResolvable> errors = ex.getParameterValidationResults().stream()
                .flatMap((ParameterValidationResult result) -> result.getResolvableErrors().stream())
                .toList();
        return ResponseEntity.badRequest().body(problems.validation(errors, locale(), servlet(request)));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // Name the field when the body parsed but a value had the wrong shape (e.g. a date that is not a date).
        if (ex.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            String field = databind.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                    .orElse(null);
            FieldProblemException problem = databind instanceof MismatchedInputException mismatch
                    && (mismatch.getTargetType() != null && (mismatch.getTargetType().isEnum()
                            || mismatch.getTargetType().getName().startsWith("java.time.")))
                    ? badValue(field, mismatch.getTargetType(),
                            mismatch instanceof InvalidFormatException format ? format.getValue() : "", "Unreadable")
                    : new FieldProblemException(field, "Unreadable");
            return ResponseEntity.badRequest().body(problems.of(problem, locale(), servlet(request)));
        }
        return ResponseEntity.badRequest().body(
                problems.of(HttpStatus.BAD_REQUEST, "unreadable-body", new Object[0], locale(), servlet(request)));
    }

    /** A missing required query parameter is a field error on that parameter, like any other bad input. */
    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(problems.of(
                new FieldProblemException(ex.getParameterName(), "Required"), locale(), servlet(request)));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem) {
            problems.decorate(problem, servlet(request));
        }
        return response;
    }

    /**
     * The name a caller knows a violated value by: the parameter for a query or path parameter ({@code size}), the
     * property path inside a body or form object ({@code legalRepresentative.name}), as bean validation of a body
     * names it.
     */
    static String fieldOf(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.CROSS_PARAMETER
                    || kind == ElementKind.RETURN_VALUE) {
                continue;
            }
            boolean parameterWithInnerPath = kind == ElementKind.PARAMETER && i < nodes.size() - 1;
            if (parameterWithInnerPath) {
                continue;
            }
            // A node inside a list or map carries the element's index or key: it belongs to the name before it.
            if (node.isInIterable() && !names.isEmpty()) {
                Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                if (position != null) {
                    names.set(names.size() - 1, names.get(names.size() - 1) + "[" + position + "]");
                }
            }
            String name = node.getName() == null ? "" : node.getName();
            if (!name.isEmpty() && !name.startsWith("<")) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : String.join(".", names);
    }

    /** The query/form parameter or path variable whose value is {@code value}, else {@code fallback}. */
    private static String parameterCarrying(HttpServletRequest request, String value, String fallback) {
        if (value == null) {
            return fallback;
        }
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            for (Map.Entry<?, ?> variable : variables.entrySet()) {
                if (value.equals(variable.getValue())) {
                    return String.valueOf(variable.getKey());
                }
            }
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (Arrays.asList(parameter.getValue()).contains(value)) {
                return parameter.getKey();
            }
        }
        return fallback;
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    private static HttpServletRequest servlet(WebRequest request) {
        return request instanceof ServletWebRequest servlet ? servlet.getRequest() : null;
    }
}
