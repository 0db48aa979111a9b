package cn.incubator.platform.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
    private final int maxEntries;
    private final Clock clock;
    private final Map<String, Jwt> validated = new ConcurrentHashMap<>();

    public CachingJwtDecoder(JwtDecoder delegate, int maxEntries, Clock clock) {
        this.delegate = delegate;
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt cached = validated.get(token);
        if (cached != null) {
            if (unexpired(cached, clock.instant())) {
                return cached;
            }
            validated.remove(token, cached);
        }
        Jwt jwt = delegate.decode(token);
        remember(token, jwt);
        return jwt;
    }

    private void remember(String token, Jwt jwt) {
        Instant now = clock.instant();
        if (!unexpired(jwt, now)) {
            return;
        }
        if (validated.size() >= maxEntries) {
            for (Iterator<Jwt> entries = validated.values().iterator(); entries.hasNext(); ) {
                if (!unexpired(entries.next(), now)) {
                    entries.remove();
                }
            }
            if (validated.size() >= maxEntries) {
                validated.clear();
            }
        }
        validated.put(token, jwt);
    }

    private static boolean unexpired(Jwt jwt, Instant now) {
        Instant expiresAt = jwt.getExpiresAt();
        return expiresAt != null && now.isBefore(expiresAt);
    }

    int size() {
        return validated.size();
    }
}
