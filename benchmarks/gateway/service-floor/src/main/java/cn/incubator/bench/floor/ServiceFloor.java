package cn.incubator.bench.floor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The service floor of the gateway benchmark: what any service behind the gateway costs per request before it does
 * anything of its own. Spring MVC on Tomcat answers the benchmark's path with a fixed body read from a file at start,
 * after Spring Security's resource server has checked the bearer token the way its documentation shows
 * ({@code anyRequest().authenticated()}, {@code jwt()}), stateless, with the decoded tokens kept in a map as the
 * services' token cache keeps them. No database, no JSON written per request.
 *
 * <p>Arguments: {@code PORT BACKEND_PORT BODY_FILE}; the backend serves the JWK set at
 * {@code /realms/incubator/protocol/openid-connect/certs}.
 */
@SpringBootApplication
@RestController
public class ServiceFloor {

    private final byte[] body;

    ServiceFloor(Environment environment) throws IOException {
        this.body = Files.readAllBytes(Path.of(environment.getRequiredProperty("floor.body")));
    }

    public static void main(String[] args) {
        SpringApplication.run(ServiceFloor.class, "--server.port=" + args[0],
                "--floor.backend=http://127.0.0.1:" + args[1], "--floor.body=" + args[2],
                "--spring.main.banner-mode=off");
    }

    @GetMapping("/api/registry/v1/registration-guides")
    ResponseEntity<byte[]> guides() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    @Bean
    SecurityFilterChain security(HttpSecurity http) throws Exception {
        return http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .oauth2ResourceServer(server -> server.jwt(jwt -> { }))
                .build();
    }

    @Bean
    JwtDecoder jwtDecoder(Environment environment) {
        JwtDecoder nimbus = NimbusJwtDecoder.withJwkSetUri(
                environment.getRequiredProperty("floor.backend") + "/realms/incubator/protocol/openid-connect/certs")
                .build();
        Map<String, Jwt> decoded = new ConcurrentHashMap<>();
        return token -> decoded.computeIfAbsent(token, nimbus::decode);
    }
}
