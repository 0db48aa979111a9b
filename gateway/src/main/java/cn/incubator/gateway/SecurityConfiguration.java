package cn.incubator.gateway;

import cn.incubator.platform.permission.PermissionTable;
import java.util.Collection;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

/**
 * The gateway validates Keycloak tokens before routing (the services validate them again): anonymous callers reach
 * only health, the OpenAPI documents, Swagger UI, the web console's static files and the public reads ({@code GET /public/**}, rate-limited). A
 * partner's client reaches {@code /partner/**} and nothing else, and nobody else reaches {@code /partner/**}, whatever
 * a service behind would answer.
 */
@Configuration
class SecurityConfiguration {

    @Bean
    SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, GatewayProblems problems) {
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                // Stateless: no WebSession per request. The default repository and request cache asked for the
                // exchange's session on every request, and creating one hops to Reactor's bounded-elastic and parallel
                // schedulers (InMemoryWebSessionStore), two thread switches per request (docs/decisions.md).
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(HttpMethod.GET, "/actuator/**", "/api/*/v3/api-docs/**", "/gateway/v3/api-docs/**",
                                "/swagger-ui.html", "/swagger-ui/**", "/webjars/**")
                        .permitAll()
                        .pathMatchers("/fallback/**").permitAll()
                        // the web console's page, files, configuration and client routes (ConsoleRoutes); it calls the
                        // API with the user's token like any other client
                        .matchers(ConsoleRoutes.consoleMatcher()).permitAll()
                        // anonymous reads (certificate verification), limited per client address: PublicRateLimitFilter
                        .pathMatchers(HttpMethod.GET, "/public/**").permitAll()
                        .pathMatchers("/partner/**").access(partnerOnly())
                        .anyExchange().access(notPartner()))
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .bearerTokenConverter(new BearerTokens())
                        .jwt(jwt -> { })
                        .authenticationEntryPoint((exchange, e) -> {
                            exchange.getResponse().getHeaders().set("WWW-Authenticate", "Bearer");
                            return problems.write(exchange, HttpStatus.UNAUTHORIZED, "unauthorized");
                        })
                        .accessDeniedHandler((exchange, e) -> problems.write(exchange, HttpStatus.FORBIDDEN, "forbidden")))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((exchange, e) -> {
                            exchange.getResponse().getHeaders().set("WWW-Authenticate", "Bearer");
                            return problems.write(exchange, HttpStatus.UNAUTHORIZED, "unauthorized");
                        })
                        .accessDeniedHandler((exchange, e) -> problems.write(exchange, HttpStatus.FORBIDDEN, "forbidden")))
                .build();
    }

    /**
     * No security observations at all. {@code management.observations.enable.spring.security=false} only made the
     * observations no-ops: Spring Security still wrapped its filter chain in {@code ObservationWebFilterChainDecorator}
     * and opened a (no-op) observation around each of its ~15 web filters per request. With these settings the chain
     * is not decorated (docs/decisions.md, "Gateway CPU per request").
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Spring Security's strict firewall with its own rules, but for header values checked by {@link HeaderValues}
     * (the same rule, without a regular expression per read).
     */
    @Bean
    ServerWebExchangeFirewall firewall() {
        StrictServerWebExchangeFirewall firewall = new StrictServerWebExchangeFirewall();
        firewall.setAllowedHeaderValues(HeaderValues::allowed);
        return firewall;
    }

    /** Any authenticated caller except a partner client (role {@code partner}). */
    static ReactiveAuthorizationManager<AuthorizationContext> notPartner() {
        return (authentication, context) -> authentication
                .<AuthorizationResult>map(caller -> new AuthorizationDecision(caller.isAuthenticated() && !isPartner(caller)))
                .defaultIfEmpty(new AuthorizationDecision(false));
    }

    /** Only a partner client (role {@code partner}): the partner API is theirs alone, and so is its rate limit. */
    static ReactiveAuthorizationManager<AuthorizationContext> partnerOnly() {
        return (authentication, context) -> authentication
                .<AuthorizationResult>map(caller -> new AuthorizationDecision(caller.isAuthenticated() && isPartner(caller)))
                .defaultIfEmpty(new AuthorizationDecision(false));
    }

    static boolean isPartner(Authentication caller) {
        if (!(caller instanceof JwtAuthenticationToken token)) {
            return false;
        }
        Jwt jwt = token.getToken();
        Map<String, Object> realmAccess = jwt.getClaimAsMap("realm_access");
        return realmAccess != null && realmAccess.get("roles") instanceof Collection<?> roles
                && roles.contains(PermissionTable.PARTNER);
    }
}
