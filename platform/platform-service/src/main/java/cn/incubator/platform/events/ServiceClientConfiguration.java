package cn.incubator.platform.events;

import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * A {@link RestClient} that authenticates as the platform's service client ({@code incubator-services}, client
 * credentials from Keycloak, token cached and renewed by Spring Security), for calls no user makes: reading event feeds,
 * account provisioning.
 */
@Configuration(proxyBeanMethods = false)
public class ServiceClientConfiguration {

    public static final String REGISTRATION = "incubator-services";

    @Bean
    @ConditionalOnMissingBean(name = "serviceRestClient")
    RestClient serviceRestClient(RestClient.Builder builder, OAuth2AuthorizedClientManager serviceClientManager) {
        return builder.clone().requestInterceptor(bearer(serviceClientManager)).build();
    }

    /** A client of the service account with its own connect and read time-out. */
    public static RestClient serviceClient(RestClient.Builder builder, OAuth2AuthorizedClientManager manager,
            Duration timeout) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(timeout);
        requests.setReadTimeout(timeout);
        return builder.clone().requestFactory(requests).requestInterceptor(bearer(manager)).build();
    }

    private static OAuth2ClientHttpRequestInterceptor bearer(OAuth2AuthorizedClientManager manager) {
        OAuth2ClientHttpRequestInterceptor bearer = new OAuth2ClientHttpRequestInterceptor(manager);
        bearer.setClientRegistrationIdResolver(request -> REGISTRATION);
        return bearer;
    }

    @Bean
    @ConditionalOnMissingBean
    OAuth2AuthorizedClientManager serviceClientManager(ClientRegistrationRepository registrations,
            OAuth2AuthorizedClientService clients) {
        // Not tied to an HTTP request, so it also works on the outbox's background threads.
        return new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations, clients);
    }
}
