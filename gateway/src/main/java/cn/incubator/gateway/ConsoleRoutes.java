package cn.incubator.gateway;

import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The web console (管理控制台, module {@code console}): its built files are on the classpath under {@code static/}, which
 * Spring Boot serves at {@code /} after the gateway's routes. This adds the single-page fallback (a client route such
 * as {@code /registry/organizations} answers {@code index.html}) and {@code /console-config.json}. Paths of the API,
 * the partner API, the public reads, actuator, the OpenAPI documents and Swagger UI are never the console's, so their
 * answers (routes, 401, 404 problems) are unchanged.
 */
@Configuration
class ConsoleRoutes {

    /** Path prefixes that belong to the gateway's routes and tools, never to the console. */
    private static final List<String> RESERVED = List.of("/api/", "/public/", "/partner/", "/actuator", "/fallback/",
            "/gateway/", "/swagger-ui", "/webjars/", "/v3/");

    private static final Resource INDEX = new ClassPathResource("static/index.html");

    /** A GET of the console: its page, its static files, its configuration or one of its client routes. */
    static boolean isConsole(ServerHttpRequest request) {
        if (request.getMethod() != HttpMethod.GET) {
            return false;
        }
        String path = request.getPath().pathWithinApplication().value();
        return RESERVED.stream().noneMatch(path::startsWith) && !path.equals("/swagger-ui.html");
    }

    /** A client route of the console: not reserved, and its last segment names no file. */
    static boolean isClientRoute(String path) {
        String last = path.substring(path.lastIndexOf('/') + 1);
        return RESERVED.stream().noneMatch(path::startsWith) && !last.contains(".");
    }

    static ServerWebExchangeMatcher consoleMatcher() {
        return exchange -> isConsole(exchange.getRequest()) ? ServerWebExchangeMatcher.MatchResult.match()
                : ServerWebExchangeMatcher.MatchResult.notMatch();
    }

    @Bean
    RouterFunction<ServerResponse> consoleRouter(ConsoleProperties console) {
        RequestPredicate clientRoute = request -> request.method() == HttpMethod.GET
                && isClientRoute(request.requestPath().pathWithinApplication().value());
        return RouterFunctions.route()
                .GET("/console-config.json", request -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(Map.of("keycloakUrl", console.keycloakUrl(), "realm", console.realm(),
                                "clientId", console.clientId())))
                .route(clientRoute, request -> INDEX.exists()
                        ? ServerResponse.ok().contentType(MediaType.TEXT_HTML).bodyValue(INDEX)
                        : ServerResponse.notFound().build())
                .build();
    }
}
