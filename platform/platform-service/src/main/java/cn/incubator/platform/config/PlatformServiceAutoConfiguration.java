package cn.incubator.platform.config;

import cn.incubator.platform.accounts.KeycloakAccounts;
import cn.incubator.platform.accounts.KeycloakClients;
import cn.incubator.platform.audit.AuditTrail;
import cn.incubator.platform.events.EventForwarder;
import cn.incubator.platform.events.EventHandler;
import cn.incubator.platform.events.EventInbox;
import cn.incubator.platform.events.EventInboxController;
import cn.incubator.platform.events.EventRedelivery;
import cn.incubator.platform.events.EventSubscriptions;
import cn.incubator.platform.events.Events;
import cn.incubator.platform.events.ServiceClientConfiguration;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.web.client.RestClient;
import cn.incubator.platform.grpc.BearerTokenClientInterceptor;
import cn.incubator.platform.grpc.ProblemGrpcExceptionHandler;
import cn.incubator.platform.grpc.RemoteCalls;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;
import org.springframework.grpc.client.GlobalClientInterceptor;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import cn.incubator.platform.identity.CachingJwtDecoder;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.identity.CurrentUserArgumentResolver;
import cn.incubator.platform.identity.KeycloakRoles;
import cn.incubator.platform.identity.OutageTolerantJwtDecoders;
import cn.incubator.platform.identity.ProblemAuthenticationHandlers;
import cn.incubator.platform.json.JurisdictionJsonModule;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.node.Node;
import cn.incubator.platform.permission.DeclaredPermissions;
import cn.incubator.platform.permission.PermissionInterceptor;
import cn.incubator.platform.permission.PermissionOperationCustomizer;
import cn.incubator.platform.node.NodeProperties;
import cn.incubator.platform.paging.PageOperationCustomizer;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.paging.PageRequestArgumentResolver;
import cn.incubator.platform.problem.ProblemAdvice;
import cn.incubator.platform.problem.ProblemErrorReportValve;
import cn.incubator.platform.problem.ProblemRequestRejectedHandler;
import cn.incubator.platform.problem.Problems;
import cn.incubator.platform.scope.DataScopes;
import io.micrometer.tracing.Tracer;
import java.time.Clock;
import java.util.List;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import cn.incubator.platform.security.Firewall;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * Wires the platform into a business service: resource-server security on Keycloak tokens, the caller and its data
 * scope, the node setting, problem details, and the audit timeline.
 */
// Before Spring Boot's resource server, so that its own JwtDecoder backs off for the caching one below.
@AutoConfiguration(before = OAuth2ResourceServerAutoConfiguration.class)
@EnableConfigurationProperties({NodeProperties.class, EventSubscriptions.class})
@EnableMethodSecurity
@EnableAsync
@EnableScheduling
@Import(ServiceClientConfiguration.class)
public class PlatformServiceAutoConfiguration {

    static {
        // The caller comes from the token (CurrentUserArgumentResolver), not from the query: springdoc would
        // otherwise document it as a required object-valued query parameter "user" on every operation.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class);
        // Paging comes from the query parameters page and size (PageRequestArgumentResolver), documented by
        // PageOperationCustomizer.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(PageRequest.class);
    }

    @Bean
    Node node(NodeProperties properties) {
        return new Node(properties.name(), Jurisdiction.of(properties.jurisdiction()));
    }

    /** One JSON shape for a jurisdiction across services (code, name, full name, tier). */
    @Bean
    JurisdictionJsonModule jurisdictionJsonModule() {
        return new JurisdictionJsonModule();
    }

    @Bean
    DataScopes dataScopes(Node node) {
        return new DataScopes(node);
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    Problems problems(MessageSource messageSource, ObjectProvider<Tracer> tracer) {
        return new Problems(messageSource, tracer);
    }

    @Bean
    ProblemAdvice problemAdvice(Problems problems) {
        return new ProblemAdvice(problems);
    }

    @Bean
    ProblemAuthenticationHandlers problemAuthenticationHandlers(Problems problems, LocaleResolver localeResolver,
            JsonMapper jsonMapper) {
        return new ProblemAuthenticationHandlers(problems, localeResolver, jsonMapper);
    }

    /** Paths the security firewall refuses ({@code %00}, {@code %2F}, {@code ..}) answer a 400 problem document. */
    @Bean
    ProblemRequestRejectedHandler problemRequestRejectedHandler(Problems problems, LocaleResolver localeResolver,
            JsonMapper jsonMapper) {
        return new ProblemRequestRejectedHandler(problems, localeResolver, jsonMapper);
    }

    /** What Tomcat refuses itself (before Spring) as problem documents too, not its HTML error page. */
    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> problemErrorReportValve(Problems problems,
            JsonMapper jsonMapper) {
        return ProblemErrorReportValve.installer(problems, jsonMapper);
    }

    @Bean
    AuditTrail auditTrail(JdbcClient jdbcClient, JsonMapper jsonMapper, Clock clock, ObjectProvider<Tracer> tracer) {
        return new AuditTrail(jdbcClient, jsonMapper, clock, tracer);
    }

    @Bean
    Events events(ApplicationEventPublisher publisher, JsonMapper jsonMapper, Clock clock,
            @Value("${spring.application.name}") String serviceName) {
        return new Events(publisher, jsonMapper, clock, serviceName);
    }

    @Bean
    EventForwarder eventForwarder(EventSubscriptions subscriptions, RestClient serviceRestClient) {
        return new EventForwarder(subscriptions, serviceRestClient);
    }

    @Bean
    EventRedelivery eventRedelivery(FailedEventPublications failed, IncompleteEventPublications incomplete,
            @Value("${incubator.events.redelivery-interval:5s}") Duration retryAfter) {
        return new EventRedelivery(failed, incomplete, retryAfter);
    }

    @Bean
    EventInbox eventInbox(JdbcClient jdbcClient, List<EventHandler> handlers) {
        return new EventInbox(jdbcClient, handlers);
    }

    @Bean
    EventInboxController eventInboxController(EventInbox inbox) {
        return new EventInboxController(inbox);
    }

    @Bean
    KeycloakAccounts keycloakAccounts(RestClient serviceRestClient,
            @Value("${incubator.keycloak.url}") String keycloakUrl) {
        return new KeycloakAccounts(serviceRestClient, keycloakUrl);
    }

    @Bean
    KeycloakClients keycloakClients(RestClient serviceRestClient,
            @Value("${incubator.keycloak.url}") String keycloakUrl) {
        return new KeycloakClients(serviceRestClient, keycloakUrl);
    }

    @Bean
    @GlobalClientInterceptor
    BearerTokenClientInterceptor bearerTokenClientInterceptor(OAuth2AuthorizedClientManager serviceClientManager) {
        OAuth2AuthorizeRequest serviceLogin = OAuth2AuthorizeRequest
                .withClientRegistrationId(ServiceClientConfiguration.REGISTRATION)
                .principal(ServiceClientConfiguration.REGISTRATION)
                .build();
        return new BearerTokenClientInterceptor(
                () -> serviceClientManager.authorize(serviceLogin).getAccessToken().getTokenValue());
    }

    @Bean
    RemoteCalls remoteCalls(CircuitBreakerFactory<?, ?> circuitBreakerFactory) {
        return new RemoteCalls(circuitBreakerFactory);
    }

    @Bean
    ProblemGrpcExceptionHandler problemGrpcExceptionHandler() {
        return new ProblemGrpcExceptionHandler();
    }

    /**
     * The token decoder: what Spring Boot would build from {@code spring.security.oauth2.resourceserver.jwt} (the JWK
     * set URL, RS256, the default validators with the issuer), with Keycloak's JWK set kept through an outage of
     * Keycloak ({@link OutageTolerantJwtDecoders}, {@code incubator.security.jwk-set-outage-tolerance}), behind a
     * cache of validated tokens ({@link CachingJwtDecoder}; {@code incubator.security.token-cache.max-entries=0}
     * turns it off). A test that brings its own decoder replaces it.
     */
    @Bean
    @ConditionalOnMissingBean(JwtDecoder.class)
    JwtDecoder jwtDecoder(@Value("${spring.security.oauth2.resourceserver.jwt.jwk-set-uri}") String jwkSetUri,
            @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer,
            @Value("${incubator.security.jwk-set-outage-tolerance:PT24H}") Duration outageTolerance,
            @Value("${incubator.security.token-cache.max-entries:10000}") int maxEntries) {
        NimbusJwtDecoder nimbus = OutageTolerantJwtDecoders.create(jwkSetUri, issuer, outageTolerance);
        return maxEntries > 0 ? new CachingJwtDecoder(nimbus, maxEntries, Clock.systemUTC()) : nimbus;
    }

    /** The strict firewall with its default rules, checked without a regular expression ({@link Firewall}). */
    @Bean
    @ConditionalOnMissingBean(HttpFirewall.class)
    HttpFirewall httpFirewall() {
        return Firewall.strict();
    }

    /**
     * No observation per security filter, authentication and authorization: they wrapped each of the chain's filters
     * and timed it on every request, and nothing reads those metrics. The request itself is still observed (its
     * {@code http.server.requests} timer, and its span when traced).
     */
    @Bean
    @ConditionalOnMissingBean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    JwtAuthenticationConverter jwtAuthenticationConverter() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(new KeycloakRoles());
        converter.setPrincipalClaimName("preferred_username");
        return converter;
    }

    @Bean
    SecurityFilterChain platformSecurity(HttpSecurity http, ProblemAuthenticationHandlers problemHandlers,
            JwtAuthenticationConverter jwtAuthenticationConverter) throws Exception {
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/actuator/**", "/v3/api-docs/**", "/api/*/v3/api-docs/**")
                        .permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(jwtAuthenticationConverter))
                        .authenticationEntryPoint(problemHandlers)
                        .accessDeniedHandler(problemHandlers))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problemHandlers)
                        .accessDeniedHandler(problemHandlers))
                .build();
    }

    /** Fails the start of a service with an operation that declares no known permission. */
    @Bean
    DeclaredPermissions declaredPermissions(
            @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
            RequestMappingHandlerMapping requestMappingHandlerMapping) {
        return new DeclaredPermissions(requestMappingHandlerMapping);
    }

    /** Each operation's permission in the OpenAPI document ({@code x-permission}). */
    @Bean
    PermissionOperationCustomizer permissionOperationCustomizer() {
        return new PermissionOperationCustomizer();
    }

    /** The page and size query parameters of every paged list operation in the OpenAPI document. */
    @Bean
    PageOperationCustomizer pageOperationCustomizer() {
        return new PageOperationCustomizer();
    }

    @Bean
    WebMvcConfigurer currentUserArgumentAndPermissions() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CurrentUserArgumentResolver());
                resolvers.add(new PageRequestArgumentResolver());
            }

            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new PermissionInterceptor())
                        .addPathPatterns(DeclaredPermissions.GUARDED)
                        .excludePathPatterns(DeclaredPermissions.UNGUARDED);
            }
        };
    }
}
