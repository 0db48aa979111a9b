package cn.incubator.platform.problem;

import cn.incubator.platform.text.EnumLabels;
import cn.incubator.platform.transition.IllegalTransitionException;
import io.micrometer.tracing.Tracer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds every problem document a service returns, so that all of them share one shape: a stable {@code type}
 * URN, a localized title and detail, the request and trace ids, and field errors for bad input.
 */
public class Problems {

    public static final String TYPE_PREFIX = "urn:incubator:problem:";

    private final MessageSource messages;
    private final ObjectProvider<Tracer> tracer;

    public Problems(MessageSource messages, ObjectProvider<Tracer> tracer) {
        this.messages = messages;
        this.tracer = tracer;
    }

    public ProblemDetail of(HttpStatusCode status, String slug, Object[] args, Locale locale, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(TYPE_PREFIX + slug));
        problem.setTitle(message("problem." + slug + ".title", new Object[0], locale, defaultTitle(status)));
        problem.setDetail(message("problem." + slug + ".detail", args, locale, null));
        decorate(problem, request);
        return problem;
    }

    public ProblemDetail of(ProblemException e, Locale locale, HttpServletRequest request) {
        ProblemDetail problem = of(e.status(), e.slug(), e.args(), locale, request);
        e.properties().forEach(problem::setProperty);
        if (e instanceof FieldProblemException fields) {
            problem.setProperty("errors", fields.fieldProblems().stream()
                    .map(f -> new FieldError(f.field(), f.code(), message(f.code(), f.args(), locale, f.code())))
                    .toList());
        }
        return problem;
    }

    /**
     * The one 409 answer to an action the current state does not allow: {@code currentState}, {@code action} and
     * {@code allowedActions} as enum codes for clients, and a detail naming the state, the action and the allowed
     * actions by their labels in the caller's language ({@link #label}).
     */
    public ProblemDetail illegalTransition(IllegalTransitionException e, Locale locale, HttpServletRequest request) {
        String allowed = e.allowedActions().isEmpty()
                ? message("problem.illegal-transition.allowed-none", new Object[0], locale, "")
                : message("problem.illegal-transition.allowed", new Object[] {e.allowedActions().stream()
                        .map(action -> label(action, locale))
                        .collect(java.util.stream.Collectors.joining(message("list.separator", new Object[0], locale,
                                ", ")))}, locale, "");
        ProblemDetail problem = of(HttpStatus.CONFLICT, "illegal-transition", new Object[] {
                label(e.currentState(), locale), label(e.action(), locale), allowed}, locale, request);
        problem.setProperty("currentState", e.currentState().name());
        problem.setProperty("action", e.action().name());
        problem.setProperty("allowedActions", e.allowedActions().stream().map(Enum::name).toList());
        return problem;
    }

    /**
     * The label of an enum constant in the caller's language: message {@code enum.<Type>.<CONSTANT>} of the
     * service's bundle, the type named without its package, a nested type after its outer one (e.g.
     * {@code enum.OrganizationStatus.REGISTERED=已登记}, {@code enum.ProposalStatus.Action.SUBMIT=提交}), else the
     * constant's name.
     */
    public String label(Enum<?> value, Locale locale) {
        return message(EnumLabels.key(value), new Object[0], locale, value.name());
    }

    /**
     * Writes a problem as the whole response, for the filters that answer before (or instead of) a controller: the
     * security entry point, access-denied handler and the firewall's rejections.
     */
    public static void write(HttpServletResponse response, ProblemDetail problem, JsonMapper json)
            throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    public ProblemDetail validation(List<? extends MessageSourceResolvable> errors, Locale locale,
            HttpServletRequest request) {
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "validation", new Object[0], locale, request);
        problem.setProperty("errors", errors.stream().map(error -> toFieldError(error, locale)).toList());
        return problem;
    }

    /** Adds {@code instance}, {@code requestId} and {@code traceId} to a problem built elsewhere (e.g. by Spring). */
    public void decorate(ProblemDetail problem, HttpServletRequest request) {
        if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
            problem.setType(URI.create(TYPE_PREFIX + slugOf(problem.getStatus())));
        }
        if (request != null) {
            problem.setInstance(URI.create(request.getRequestURI()));
            String requestId = request.getHeader("X-Request-Id");
            if (requestId != null) {
                problem.setProperty("requestId", requestId);
            }
        }
        Tracer current = tracer.getIfAvailable();
        if (current != null && current.currentSpan() != null
                && !current.currentSpan().context().traceId().isBlank()) {
            problem.setProperty("traceId", current.currentSpan().context().traceId());
        }
    }

    /**
     * The values an enum field accepts, each by its label and the code to send: {@code 已登记（REGISTERED）、已备案（FILED）},
     * in English {@code registered (REGISTERED), filed (FILED)}.
     */
    public String allowedValues(Class<?> enumType, Locale locale) {
        boolean chinese = locale == null || "zh".equals(locale.getLanguage());
        return EnumLabels.constants(enumType).stream()
                .map(constant -> {
                    String label = messages.getMessage(EnumLabels.key(enumType, constant), null, null, locale);
                    return label == null || label.equals(constant) ? constant
                            : chinese ? label + "（" + constant + "）" : label + " (" + constant + ")";
                })
                .collect(java.util.stream.Collectors.joining(chinese ? "、" : ", "));
    }

    public String message(String code, Object[] args, Locale locale, String fallback) {
        return messages.getMessage(code, args, fallback, locale);
    }

    private FieldError toFieldError(MessageSourceResolvable error, Locale locale) {
        String field = error instanceof org.springframework.validation.FieldError f ? f.getField()
                : error instanceof org.springframework.context.support.DefaultMessageSourceResolvable d
                        && d.getCodes() != null && d.getCodes().length > 0 ? lastSegment(d.getCodes()[0]) : null;
        String[] codes = error.getCodes();
        String code = codes == null || codes.length == 0 ? "Invalid" : codes[codes.length - 1];
        return new FieldError(field, code, messages.getMessage(error, locale));
    }

    private static String lastSegment(String code) {
        int dot = code.lastIndexOf('.');
        return dot < 0 ? code : code.substring(dot + 1);
    }

    private static String slugOf(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? "http-" + status : known.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String defaultTitle(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null ? String.valueOf(status.value()) : known.getReasonPhrase();
    }

    /** One bad input field: where, which rule, and what to do about it in the caller's language. */
    public record FieldError(String field, String code, String message) {
    }
}
