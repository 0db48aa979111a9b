package cn.incubator.platform.token;

import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Tokens a decoder has fully validated, keyed by the token string, each kept until its expiry: the one cache behind
 * the gateway's reactive and the services' servlet token decoders (both {@code CachingJwtDecoder}). Bounded: when
 * full, expired entries are dropped, and if that is not enough, the cache is emptied (tokens are then checked again).
 *
 * @param <T> the validated token (Spring Security's {@code Jwt})
 */
public final class ValidatedTokens<T> {

    private final int maxEntries;
    private final Clock clock;
    private final Function<T, Instant> expiresAt;
    private final Map<String, T> validated = new ConcurrentHashMap<>();

    public ValidatedTokens(int maxEntries, Clock clock, Function<T, Instant> expiresAt) {
        this.maxEntries = maxEntries;
        this.clock = clock;
        this.expiresAt = expiresAt;
    }

    /** The validated token remembered for this string, or {@code null} when there is none or it has expired. */
    public T get(String token) {
        T cached = validated.get(token);
        if (cached != null) {
            if (unexpired(cached, clock.instant())) {
                return cached;
            }
            validated.remove(token, cached);
        }
        return null;
    }

    /** Remembers a token the delegate decoder has just validated, unless it has already expired or has no expiry. */
    public void remember(String token, T value) {
        Instant now = clock.instant();
        if (!unexpired(value, now)) {
            return;
        }
        if (validated.size() >= maxEntries) {
            for (Iterator<T> entries = validated.values().iterator(); entries.hasNext(); ) {
                if (!unexpired(entries.next(), now)) {
                    entries.remove();
                }
            }
            if (validated.size() >= maxEntries) {
                validated.clear();
            }
        }
        validated.put(token, value);
    }

    public int size() {
        return validated.size();
    }

    private boolean unexpired(T value, Instant now) {
        Instant expiry = expiresAt.apply(value);
        return expiry != null && now.isBefore(expiry);
    }
}
