package cn.incubator.gateway;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Problem details written by the gateway itself (400, 401, 403, 404, 413, 414, 429, 431, 503), in the same shape as the services':
 * a stable {@code urn:incubator:problem:*} type, a Chinese or English title and detail, and the request id.
 */
@Component
public class GatewayProblems {

    private static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource messages;
    private final JsonMapper json;

    GatewayProblems(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    public Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String slug, Object... args) {
        return write(exchange, true, status, slug, args);
    }

    /**
     * @param withInstance whether to name the request path as {@code instance}; not for a path refused as unsafe,
     *     which is not echoed back
     */
    public Mono<Void> write(ServerWebExchange exchange, boolean withInstance, HttpStatus status, String slug,
            Object... args) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        byte[] body = body(status, slug, locale(exchange.getRequest().getHeaders().getFirst("Accept-Language")),
                withInstance ? exchange.getRequest().getPath().value() : null,
                exchange.getRequest().getHeaders().getFirst(RequestIdFilter.HEADER), args);
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().setContentLength(body.length);
        DataBuffer buffer = response.bufferFactory().wrap(body);
        return response.writeWith(Mono.just(buffer));
    }

    /** The problem document as JSON bytes, also for answers written below WebFlux (request decoding failures). */
    public byte[] body(HttpStatus status, String slug, Locale locale, String instance, String requestId,
            Object... args) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "urn:incubator:problem:" + slug);
        problem.put("title", messages.getMessage("problem." + slug + ".title", null, status.getReasonPhrase(), locale));
        problem.put("status", status.value());
        problem.put("detail", messages.getMessage("problem." + slug + ".detail", args, null, locale));
        if (instance != null) {
            problem.put("instance", instance);
        }
        if (requestId != null) {
            problem.put("requestId", requestId);
        }
        return json.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8);
    }

    /** The caller's language from {@code Accept-Language}; Chinese when absent or unreadable. */
    public static Locale locale(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return DEFAULT_LOCALE;
        }
        try {
            var ranges = Locale.LanguageRange.parse(acceptLanguage);
            return ranges.isEmpty() ? DEFAULT_LOCALE : Locale.forLanguageTag(ranges.get(0).getRange());
        } catch (IllegalArgumentException e) {
            return DEFAULT_LOCALE;
        }
    }
}
