package cn.incubator.gateway;

import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses, with a 400 problem document and before anything is routed or authenticated, request paths that only a
 * probe or a confused client sends: a NUL ({@code %00}) anywhere in the URI, and in the path an encoded slash,
 * backslash or period ({@code %2F}, {@code %5C}, {@code %2E}), a double encoding ({@code %25}), a backslash, a
 * {@code .} or {@code ..} segment, an empty segment or a semicolon (matrix parameters). The services would refuse
 * most of them too, but with their container's own error page; no API path has any of them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class PathGuardFilter implements WebFilter {

    private static final Pattern UNSAFE_PATH = Pattern.compile(
            "%2f|%5c|%2e|%25|%3b|\\\\|;|//|(^|/)\\.{1,2}(/|$)|[\\x00-\\x1f\\x7f]");

    private final GatewayProblems problems;

    PathGuardFilter(GatewayProblems problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (isUnsafe(exchange.getRequest().getURI().getRawPath(), exchange.getRequest().getURI().getRawQuery())) {
            return problems.write(exchange, false, HttpStatus.BAD_REQUEST, "path-rejected");
        }
        return chain.filter(exchange);
    }

    static boolean isUnsafe(String rawPath, String rawQuery) {
        String path = rawPath == null ? "" : rawPath.toLowerCase(Locale.ROOT);
        String query = rawQuery == null ? "" : rawQuery;
        return path.contains("%00") || query.contains("%00") || UNSAFE_PATH.matcher(path).find();
    }
}
