package cn.incubator.gateway;

import cn.incubator.platform.token.ValidatedTokens;
import java.time.Clock;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Remembers tokens that the delegate decoder has fully validated (signature, issuer, time stamps), keyed by the
 * token string, until the token's {@code exp}: a client sends the same access token on every request for its
 * lifetime (5 minutes at Keycloak), and checking its RS256 signature again each time was the largest cost of a
 * request through the gateway (docs/decisions.md). A token that fails validation is never cached. Bounded: when full,
 * expired entries are dropped, and if that is not enough, the cache is emptied (tokens are then checked again).
 *
 * <p>What this gives up: nothing that the decoder checked before. A cached token is still refused after its
 * {@code exp} (the cache does not apply the validator's clock-skew allowance, so it is stricter); revocation was never
 * checked by a JWT decoder; and a signing key removed from the JWK set stops being trusted for new tokens at once,
 * for tokens already seen when they expire.
 */
final class CachingJwtDecoder implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder delegate;
    private final ValidatedTokens<Jwt> validated;

    CachingJwtDecoder(ReactiveJwtDecoder delegate, int maxEntries, Clock clock) {
        this.delegate = delegate;
        this.validated = new ValidatedTokens<>(maxEntries, clock, Jwt::getExpiresAt);
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt cached = validated.get(token);
        if (cached != null) {
            return Mono.just(cached);
        }
        return delegate.decode(token).doOnNext(jwt -> validated.remember(token, jwt));
    }

    int size() {
        return validated.size();
    }
}
