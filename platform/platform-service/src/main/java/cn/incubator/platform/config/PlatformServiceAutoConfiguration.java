package cn.incubator.platform.config;

import cn.incubator.platform.accounts.KeycloakAccounts;
import cn.incubator.platform.accounts.KeycloakAdmin;
import cn.incubator.platform.accounts.KeycloakClients;
import cn.incubator.platform.audit.AuditTrail;
import cn.incubator.platform.audit.OperationLog;
import cn.incubator.platform.audit.OperationLogController;
import cn.incubator.platform.change.GuardedChanges;
import cn.incubator.platform.events.EventFeed;
import cn.incubator.platform.events.EventFeedController;
import cn.incubator.platform.events.EventFeedPoller;
import cn.incubator.platform.federation.NodeFederation;
import cn.incubator.platform.rollup.CentralNodeDirectory;
import cn.incubator.platform.events.EventHandler;
import cn.incubator.platform.events.EventInbox;
import cn.incubator.platform.events.EventRedelivery;
import cn.incubator.platform.events.EventsEndpoint;
import cn.incubator.platform.events.ParkedEventController;
import cn.incubator.platform.events.ParkedEvents;
import cn.incubator.platform.events.EventSubscriptions;
import cn.incubator.platform.events.Events;
import cn.incubator.platform.events.ServiceClientConfiguration;
import java.time.Clock;
import java.time.Duration;
import cn.incubator.platform.text.Display;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
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
import cn.incubator.platform.demo.DemoMigrations;
import cn.incubator.platform.identity.OutageTolerantJwtDecoders;
import cn.incubator.platform.identity.ProblemAuthenticationHandlers;
import cn.incubator.platform.json.DisplayJsonModule;
import cn.incubator.platform.json.JurisdictionJsonModule;
import cn.incubator.platform.i18n.DisplayMessageSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.node.Node;
import cn.incubator.platform.permission.DeclaredPermissions;
import cn.incubator.platform.permission.PermissionInterceptor;
import cn.incubator.platform.permission.PermissionOperationCustomizer;
import cn.incubator.platform.node.NodeDuties;
import cn.incubator.platform.node.NodeProperties;
import cn.incubator.platform.openapi.ApiDocumentProperties;
import cn.incubator.platform.openapi.ApiDocuments;
import cn.incubator.platform.openapi.ProblemResponses;
import io.swagger.v3.oas.models.OpenAPI;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import cn.incubator.platform.paging.PageOperationCustomizer;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.paging.PageRequestArgumentResolver;
import cn.incubator.platform.problem.ProblemAdvice;
import cn.incubator.platform.problem.ProblemErrorReportValve;
import cn.incubator.platform.problem.ProblemRequestRejectedHandler;
import cn.incubator.platform.problem.Problems;
import cn.incubator.platform.scope.DataScopes;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import cn.incubator.platform.handover.SubtreeFences;
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
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import cn.incubator.platform.security.BearerTokenHeaderResolver;
import cn.incubator.platform.security.Firewall;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
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
@EnableConfigurationProperties({NodeProperties.class, EventSubscriptions.class, ApiDocumentProperties.class})
@EnableMethodSecurity
@EnableAsync
@EnableScheduling
@Import(ServiceClientConfiguration.class)
public class PlatformServiceAutoConfiguration {

    /** Connect and read time-out of a feed request, so that a hung producer never holds the scheduler. */
    private static final Duration FEED_TIMEOUT = Duration.ofSeconds(10);

    static {
        // The caller comes from the token (CurrentUserArgumentResolver), not from the query: springdoc would
        // otherwise document it as a required object-valued query parameter "user" on every operation.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class);
        // Paging comes from the query parameters page and size (PageRequestArgumentResolver), documented by
        // PageOperationCustomizer.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(PageRequest.class);
    }

    /** With the demo data only: the demo timelines get their hash chains ({@link DemoMigrations#timelineChains}). */
    @Bean
    FlywayConfigurationCustomizer demoTimelineChains() {
        return DemoMigrations.timelineChains();
    }

    @Bean
    Node node(NodeProperties properties) {
        return new Node(properties.name(), properties.jurisdiction().stream().map(Jurisdiction::of).toList());
    }

    /** Whether this node does its timed work now: not while the central directory lists it as joining. */
    @Bean
    NodeDuties nodeDuties(Node node, ObjectProvider<CentralNodeDirectory> directory) {
        CentralNodeDirectory central = directory.getIfAvailable();
        return new NodeDuties(node, central == null ? name -> false : central::joining);
    }

    /** Times in Asia/Shanghai (the offset optional on input), decimals with at least two places. */
    @Bean
    DisplayJsonModule displayJsonModule() {
        return new DisplayJsonModule();
    }

    /**
     * {@code @PastOrPresent} and {@code @Future} judge "today" in Asia/Shanghai, as the people entering the dates do,
     * not in the server's own zone (a machine on UTC is a day behind Beijing from 16:00 UTC).
     */
    @Bean
    ValidationConfigurationCustomizer chinaValidationClock(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock.withZone(Display.ZONE));
    }

    /** Message arguments as people read them: local times, ungrouped numbers, enum labels. */
    @Bean
    static BeanPostProcessor displayMessageSource() {
        return DisplayMessageSource.wrapper();
    }

    /** One JSON shape for a jurisdiction across services (code, name, full name, tier). */
    @Bean
    JurisdictionJsonModule jurisdictionJsonModule() {
        return new JurisdictionJsonModule();
    }

    /** Scoped writes also check the subtrees this node hands over (docs/decisions.md, "Handover"). */
    @Bean
    DataScopes dataScopes(Node node, ObjectProvider<SubtreeFences> fences) {
        return new DataScopes(node, fences.getIfAvailable());
    }

    @Bean
    @ConditionalOnMissingBean
    SubtreeFences subtreeFences(JdbcClient jdbcClient, PlatformTransactionManager transactionManager, Node node,
            Clock clock) {
        return new SubtreeFences(jdbcClient, new TransactionTemplate(transactionManager), node, clock);
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

    /** Before every other filter, so that nothing is written before the larger buffer is in place. */
    @Bean
    FilterRegistrationBean<ResponseBuffer> responseBuffer() {
        FilterRegistrationBean<ResponseBuffer> registration = new FilterRegistrationBean<>(new ResponseBuffer());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
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

    /** 操作日志: the audit timeline read across records, in the caller's jurisdiction. */
    @Bean
    OperationLog operationLog(JdbcClient jdbcClient, DataScopes dataScopes) {
        return new OperationLog(jdbcClient, dataScopes);
    }

    /** The operation-log API every service has ({@code /api/<service>/v1/operation-log}). */
    @Bean
    OperationLogController operationLogController(OperationLog operationLog, JsonMapper jsonMapper,
            ApiDocumentProperties api) {
        return new OperationLogController(operationLog, jsonMapper, api.name());
    }

    @Bean
    GuardedChanges guardedChanges(DataScopes dataScopes, AuditTrail auditTrail) {
        return new GuardedChanges(dataScopes, auditTrail);
    }

    @Bean
    Events events(ApplicationEventPublisher publisher, JdbcClient jdbcClient, JsonMapper jsonMapper, Clock clock,
            @Value("${spring.application.name}") String serviceName) {
        return new Events(publisher, jdbcClient, jsonMapper, clock, serviceName);
    }

    @Bean
    EventFeed eventFeed(JdbcClient jdbcClient, JsonMapper jsonMapper,
            @Value("${spring.application.name}") String serviceName, Clock clock,
            @Value("${incubator.events.retention:30d}") Duration retention) {
        return new EventFeed(jdbcClient, jsonMapper, serviceName, clock, retention);
    }

    @Bean
    EventFeedController eventFeedController(EventFeed feed) {
        return new EventFeedController(feed);
    }

    /** Redelivers this service's own in-process listeners' publications (Spring Modulith's registry). */
    @Bean
    EventRedelivery eventRedelivery(FailedEventPublications failed, IncompleteEventPublications incomplete,
            @Value("${incubator.events.redelivery-interval:5s}") Duration retryAfter) {
        return new EventRedelivery(failed, incomplete, retryAfter);
    }

    /**
     * The inbox; an event of a place that a deeper node running this service owns (the central directory's copy) is
     * left to that node's consumer.
     */
    @Bean
    EventInbox eventInbox(JdbcClient jdbcClient, Node node, MeterRegistry meterRegistry,
            List<EventHandler<?>> handlers, ObjectProvider<CentralNodeDirectory> directory,
            @Value("${incubator.api.name}") String service) {
        CentralNodeDirectory central = directory.getIfAvailable();
        return new EventInbox(jdbcClient, node, meterRegistry, handlers, central == null ? place -> null
                : place -> EventInbox.deeperOwner(node, central.serving(service), place));
    }

    /**
     * The client that reads other services' event feeds, as the platform's service account; injected only where asked
     * for by name, so that it never competes with {@code serviceRestClient}.
     */
    @Bean(defaultCandidate = false)
    @ConditionalOnMissingBean(name = "eventFeedClient")
    RestClient eventFeedClient(RestClient.Builder restClientBuilder,
            OAuth2AuthorizedClientManager serviceClientManager) {
        return ServiceClientConfiguration.serviceClient(restClientBuilder, serviceClientManager, FEED_TIMEOUT);
    }

    @Bean
    EventFeedPoller eventFeedPoller(EventSubscriptions subscriptions, EventInbox inbox, JdbcClient jdbcClient,
            PlatformTransactionManager transactionManager,
            @org.springframework.beans.factory.annotation.Qualifier("eventFeedClient") RestClient eventFeedClient,
            Environment environment, Clock clock, Node node,
            @Value("${incubator.events.max-attempts:5}") int maxAttempts,
            ObjectProvider<CentralNodeDirectory> directory) {
        // The producer's other nodes come from the directory the roll-ups read (none where it is not configured).
        CentralNodeDirectory central = directory.getIfAvailable();
        return new EventFeedPoller(subscriptions, inbox, jdbcClient, new TransactionTemplate(transactionManager),
                eventFeedClient, environment, clock, node, maxAttempts,
                central == null ? producer -> List.of() : central::feedsOf);
    }

    @Bean
    ParkedEvents parkedEvents(JdbcClient jdbcClient, EventInbox inbox, PlatformTransactionManager transactionManager,
            AuditTrail auditTrail, JsonMapper jsonMapper) {
        return new ParkedEvents(jdbcClient, inbox, new TransactionTemplate(transactionManager), auditTrail, jsonMapper);
    }

    /**
     * Reads of a place that holds street nodes, federated to them (lists, statistics): the nodes of the central
     * directory's copy (none where it is not configured), each asked as the caller within
     * {@code incubator.federation.timeout}.
     */
    @Bean
    @ConditionalOnMissingBean
    NodeFederation nodeFederation(ObjectProvider<CentralNodeDirectory> directory, RestClient.Builder restClientBuilder,
            JdbcClient jdbcClient, JsonMapper jsonMapper,
            @Value("${incubator.federation.timeout:3s}") Duration timeout) {
        CentralNodeDirectory central = directory.getIfAvailable();
        return new NodeFederation(central == null ? service -> List.of() : central::serving,
                NodeFederation.client(restClientBuilder, timeout), jdbcClient, jsonMapper, timeout);
    }

    @Bean
    ParkedEventController parkedEventController(ParkedEvents parkedEvents) {
        return new ParkedEventController(parkedEvents);
    }

    @Bean
    EventsEndpoint eventsEndpoint(Node node, EventFeed feed, EventFeedPoller poller, JdbcClient jdbcClient) {
        return new EventsEndpoint(node, feed, poller, jdbcClient);
    }

    /** Keycloak's admin client as the platform's service client; it contacts Keycloak at the first call only. */
    @Bean(destroyMethod = "close")
    KeycloakAdmin keycloakAdmin(@Value("${incubator.keycloak.url}") String keycloakUrl,
            @Value("${spring.security.oauth2.client.registration.incubator-services.client-id}") String clientId,
            @Value("${spring.security.oauth2.client.registration.incubator-services.client-secret}") String secret) {
        return new KeycloakAdmin(keycloakUrl, "incubator", clientId, secret);
    }

    @Bean
    KeycloakAccounts keycloakAccounts(KeycloakAdmin keycloakAdmin) {
        return new KeycloakAccounts(keycloakAdmin);
    }

    @Bean
    KeycloakClients keycloakClients(KeycloakAdmin keycloakAdmin) {
        return new KeycloakClients(keycloakAdmin);
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
                        // anonymous reads outside the permission model, e.g. certificate verification (rate-limited
                        // at the gateway)
                        .requestMatchers(HttpMethod.GET, "/public/**").permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .bearerTokenResolver(new BearerTokenHeaderResolver())
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
            RequestMappingHandlerMapping requestMappingHandlerMapping, Environment environment) {
        return new DeclaredPermissions(requestMappingHandlerMapping, environment);
    }

    /** Each operation's permission in the OpenAPI document ({@code x-permission}). */
    @Bean
    PermissionOperationCustomizer permissionOperationCustomizer(Environment environment) {
        return new PermissionOperationCustomizer(environment);
    }

    /**
     * The frame of the service's OpenAPI document (title, the gateway as server, Keycloak log-in, problem schemas),
     * from {@code incubator.api.*}.
     */
    @Bean
    @ConditionalOnMissingBean
    OpenAPI apiDocument(ApiDocumentProperties api) {
        return ApiDocuments.base(api);
    }

    /** The problem responses of every operation and its domain tag. */
    @Bean
    ProblemResponses problemResponses(ApiDocumentProperties api) {
        return new ProblemResponses(api);
    }

    /** The document's list of domain tags. */
    @Bean
    GlobalOpenApiCustomizer apiDocumentTags() {
        return ApiDocuments.tags();
    }

    /** The page and size query parameters of every paged list operation in the OpenAPI document. */
    @Bean
    PageOperationCustomizer pageOperationCustomizer() {
        return new PageOperationCustomizer();
    }

    @Bean
    WebMvcConfigurer currentUserArgumentAndPermissions(Environment environment) {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CurrentUserArgumentResolver());
                resolvers.add(new PageRequestArgumentResolver());
            }

            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new PermissionInterceptor(environment))
                        .addPathPatterns(DeclaredPermissions.GUARDED)
                        .excludePathPatterns(DeclaredPermissions.UNGUARDED);
            }
        };
    }
}
