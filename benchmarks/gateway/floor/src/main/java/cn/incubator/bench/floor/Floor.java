package cn.incubator.bench.floor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.server.HttpServer;
import reactor.netty.resources.ConnectionProvider;

/**
 * The floors the gateway benchmark measures the gateway against, on the same machine, JVM flags and backend: what
 * the parts the gateway is built on cost by themselves.
 *
 * <ul>
 *   <li>{@code netty}: Reactor Netty's server and client alone, forwarding method, URI, headers and body: the
 *       transport every WebFlux gateway runs on.
 *   <li>{@code scg}: Spring Cloud Gateway as it comes, one route to the backend, no security, nothing of ours.
 *   <li>{@code scg-jwt}: the same with Spring Security's resource server checking the bearer token on every request
 *       the way its documentation shows ({@code anyExchange().authenticated()}, {@code jwt()}), stateless, and the
 *       decoded tokens kept in a map, as the gateway's token cache does: the least a gateway that checks a JWT with
 *       Spring Security does per request.
 * </ul>
 *
 * <p>Arguments: {@code netty|scg|scg-jwt PORT BACKEND_PORT}; the backend serves the JWK set at
 * {@code /realms/incubator/protocol/openid-connect/certs}.
 */
@SpringBootApplication
public class Floor {

    private static final String SECURITY = "org.springframework.boot.security.autoconfigure.";

    public static void main(String[] args) {
        String mode = args[0];
        int port = Integer.parseInt(args[1]);
        int backendPort = Integer.parseInt(args[2]);
        if ("netty".equals(mode)) {
            netty(port, backendPort).onDispose().block();
            return;
        }
        List<String> properties = new ArrayList<>(List.of("--server.port=" + port,
                "--floor.backend=http://127.0.0.1:" + backendPort,
                "--spring.main.banner-mode=off",
                "--spring.cloud.gateway.server.webflux.routes[0].id=backend",
                "--spring.cloud.gateway.server.webflux.routes[0].uri=http://127.0.0.1:" + backendPort,
                "--spring.cloud.gateway.server.webflux.routes[0].predicates[0]=Path=/**"));
        if ("scg-jwt".equals(mode)) {
            properties.add("--spring.profiles.active=jwt");
        } else {
            properties.add("--spring.autoconfigure.exclude=" + SECURITY + "SecurityAutoConfiguration,"
                    + SECURITY + "ReactiveUserDetailsServiceAutoConfiguration,"
                    + SECURITY + "web.reactive.ReactiveWebSecurityAutoConfiguration,"
                    + "org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive."
                    + "ReactiveOAuth2ResourceServerAutoConfiguration");
        }
        SpringApplication.run(Floor.class, properties.toArray(String[]::new));
    }

    static DisposableServer netty(int port, int backendPort) {
        HttpClient client = HttpClient.create(ConnectionProvider.create("backend", 256))
                .baseUrl("http://127.0.0.1:" + backendPort);
        return HttpServer.create().host("127.0.0.1").port(port)
                .handle((request, response) -> client
                        .headers(headers -> headers.add(request.requestHeaders()))
                        .request(request.method()).uri(request.uri())
                        .send(request.receive().retain())
                        .response((backend, body) -> response.status(backend.status())
                                .headers(backend.responseHeaders())
                                .send(body.retain()))
                        .then())
                .bindNow();
    }

    /** Spring Security's resource server, as documented, stateless, with decoded tokens kept. */
    @Configuration
    @Profile("jwt")
    @EnableWebFluxSecurity
    static class JwtFloor {

        @Bean
        SecurityWebFilterChain security(ServerHttpSecurity http) {
            return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
                    .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                    .authorizeExchange(exchanges -> exchanges.anyExchange().authenticated())
                    .oauth2ResourceServer(server -> server.jwt(jwt -> { }))
                    .build();
        }

        @Bean
        ReactiveJwtDecoder jwtDecoder(Environment environment) {
            ReactiveJwtDecoder nimbus = NimbusReactiveJwtDecoder.withJwkSetUri(
                    environment.getRequiredProperty("floor.backend") + "/realms/incubator/protocol/openid-connect/certs")
                    .build();
            Map<String, Jwt> decoded = new ConcurrentHashMap<>();
            return token -> {
                Jwt known = decoded.get(token);
                return known != null ? Mono.just(known) : nimbus.decode(token).doOnNext(jwt -> decoded.put(token, jwt));
            };
        }
    }
}
