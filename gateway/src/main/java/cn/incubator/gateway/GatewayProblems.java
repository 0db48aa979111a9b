package cn.incubator.gateway;

import java.net.URI;
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
 * Problem details written by the gateway itself (401, 403, 404, 429, 503), in the same shape as the services':
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
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        Locale locale = locale(exchange);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "urn:incubator:problem:" + slug);
        problem.put("title", messages.getMessage("problem." + slug + ".title", null, status.getReasonPhrase(), locale));
        problem.put("status", status.value());
        problem.put("detail", messages.getMessage("problem." + slug + ".detail", args, null, locale));
        problem.put("instance", URI.create(exchange.getRequest().getPath().value()));
        String requestId = exchange.getRequest().getHeaders().getFirst(RequestIdFilter.HEADER);
        if (requestId != null) {
            problem.put("requestId", requestId);
        }
        byte[] body = json.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8);
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().setContentLength(body.length);
        DataBuffer buffer = response.bufferFactory().wrap(body);
        return response.writeWith(Mono.just(buffer));
    }

    private static Locale locale(ServerWebExchange exchange) {
        var ranges = exchange.getRequest().getHeaders().getAcceptLanguage();
        return ranges.isEmpty() ? DEFAULT_LOCALE : Locale.forLanguageTag(ranges.get(0).getRange());
    }
}
