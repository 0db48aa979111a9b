package cn.incubator.platform.identity;

import cn.incubator.platform.token.ValidatedTokens;
import java.time.Clock;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers tokens that the delegate decoder has fully validated (signature, issuer, time stamps), keyed by the
 * token string, until the token's {@code exp}: a caller sends the same access token on every request for its
 * lifetime (5 minutes at Keycloak), and parsing it and checking its RS256 signature again each time was the largest
 * cost of a short read in a service (docs/decisions.md, "Services under load"). The servlet counterpart of the
 * gateway's decoder cache. A token that fails validation is never cached. Bounded: when full, expired entries are
 * dropped, and if that is not enough, the cache is emptied (tokens are then checked again).
 *
 * <p>What this gives up: nothing that the decoder checked before. A cached token is still refused after its
 * {@code exp} (the cache does not apply the validator's clock-skew allowance, so it is stricter); revocation was never
 * checked by a JWT decoder; and a signing key removed from the JWK set stops being trusted for new tokens at once,
 * for tokens already seen when they expire.
 */
public final class CachingJwtDecoder implements JwtDecoder {

    private final JwtDecoder delegate;
    private final ValidatedTokens<Jwt> validated;

    public CachingJwtDecoder(JwtDecoder delegate, int maxEntries, Clock clock) {
        this.delegate = delegate;
        this.validated = new ValidatedTokens<>(maxEntries, clock, Jwt::getExpiresAt);
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt cached = validated.get(token);
        if (cached != null) {
            return cached;
        }
        Jwt jwt = delegate.decode(token);
        validated.remember(token, jwt);
        return jwt;
    }

    int size() {
        return validated.size();
    }
}
