package cn.incubator.platform.identity;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.MalformedURLException;
import java.net.URI;
import java.time.Duration;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * The services' token decoder: what Spring Boot builds from {@code spring.security.oauth2.resourceserver.jwt}
 * (RS256 against the JWK set URL, the default validators with the issuer), except that the JWK set survives an
 * outage of Keycloak.
 *
 * <p>Spring Security's {@code NimbusJwtDecoder.withJwkSetUri(..)} keeps the JWK set in Nimbus' cache for 5 minutes;
 * once that expires, every token check fetches the set again, and while Keycloak is down that fetch fails and every
 * request is refused with 401, although the tokens are valid and the keys have not changed (found by
 * {@code benchmarks/faults/run.sh}, docs/decisions.md). Here the set is still refreshed every 5 minutes and at once
 * when a token names an unknown key, but when Keycloak cannot be reached the last set fetched stays in use for
 * {@code outageTolerance}. A key removed from the realm while Keycloak is reachable stops being trusted at the next
 * refresh, as before.
 */
public final class OutageTolerantJwtDecoders {

    private OutageTolerantJwtDecoders() {
    }

    public static NimbusJwtDecoder create(String jwkSetUri, String issuer, Duration outageTolerance) {
        return create(jwkSetUri, issuer, Duration.ofMinutes(5), outageTolerance);
    }

    static NimbusJwtDecoder create(String jwkSetUri, String issuer, Duration refreshEvery, Duration outageTolerance) {
        JWKSource<SecurityContext> keys;
        try {
            keys = JWKSourceBuilder.<SecurityContext>create(URI.create(jwkSetUri).toURL(),
                            new DefaultResourceRetriever(2_000, 2_000, 512 * 1024))
                    .cache(refreshEvery.toMillis(), Math.min(15_000, refreshEvery.toMillis() / 2))
                    // as Spring Security's own builder: no refresh ahead of expiry, no rate limit
                    .refreshAheadCache(false)
                    .rateLimited(false)
                    .outageTolerant(outageTolerance.toMillis())
                    .build();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("bad JWK set URL " + jwkSetUri, e);
        }
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        // Spring Security validates the claims itself (below), as NimbusJwtDecoder's own builder arranges.
        processor.setJWTClaimsSetVerifier((claims, context) -> {
        });
        NimbusJwtDecoder decoder = new NimbusJwtDecoder(processor);
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(issuer));
        return decoder;
    }
}
