package cn.incubator.gateway;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * The gateway's token decoder: what Spring Boot would build from {@code spring.security.oauth2.resourceserver.jwt}
 * (the JWK set URL, RS256, the default validators with the issuer), behind a cache of validated tokens
 * ({@link CachingJwtDecoder}; {@code incubator.gateway.token-cache.max-entries=0} turns it off).
 */
@Configuration
class JwtDecoderConfiguration {

    @Bean
    ReactiveJwtDecoder jwtDecoder(@Value("${spring.security.oauth2.resourceserver.jwt.jwk-set-uri}") String jwkSetUri,
            @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer,
            @Value("${incubator.gateway.token-cache.max-entries:10000}") int maxEntries) {
        NimbusReactiveJwtDecoder nimbus = NimbusReactiveJwtDecoder.withJwkSetUri(jwkSetUri).build();
        nimbus.setJwtValidator(JwtValidators.createDefaultWithIssuer(issuer));
        return maxEntries > 0 ? new CachingJwtDecoder(nimbus, maxEntries, Clock.systemUTC()) : nimbus;
    }
}
