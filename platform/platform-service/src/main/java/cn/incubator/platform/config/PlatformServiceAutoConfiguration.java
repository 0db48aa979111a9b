package cn.incubator.platform.config;

import cn.incubator.platform.audit.AuditTrail;
import cn.incubator.platform.identity.CurrentUserArgumentResolver;
import cn.incubator.platform.identity.KeycloakRoles;
import cn.incubator.platform.identity.ProblemAuthenticationHandlers;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.node.Node;
import cn.incubator.platform.node.NodeProperties;
import cn.incubator.platform.problem.ProblemAdvice;
import cn.incubator.platform.problem.Problems;
import cn.incubator.platform.scope.DataScopes;
import io.micrometer.tracing.Tracer;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Wires the platform into a business service: resource-server security on Keycloak tokens, the caller and its data
 * scope, the node setting, problem details, and the audit timeline.
 */
@AutoConfiguration
@EnableConfigurationProperties(NodeProperties.class)
@EnableMethodSecurity
public class PlatformServiceAutoConfiguration {

    @Bean
    Node node(NodeProperties properties) {
        return new Node(properties.name(), Jurisdiction.of(properties.jurisdiction()));
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

    @Bean
    AuditTrail auditTrail(JdbcClient jdbcClient, JsonMapper jsonMapper, Clock clock, ObjectProvider<Tracer> tracer) {
        return new AuditTrail(jdbcClient, jsonMapper, clock, tracer);
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

    @Bean
    WebMvcConfigurer currentUserArgument() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CurrentUserArgumentResolver());
            }
        };
    }
}
