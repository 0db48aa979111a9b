package cn.incubator.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** Validated tokens are remembered until their {@code exp}, never longer, and a refused token is never remembered. */
class CachingJwtDecoderTest {

    private static final Instant NOW = Instant.parse("2026-12-02T08:00:00Z");

    private final AtomicInteger validations = new AtomicInteger();
    private final AtomicReference<Instant> now = new AtomicReference<>(NOW);

    private final JwtDecoder delegate = token -> {
        validations.incrementAndGet();
        if (token.startsWith("bad")) {
            throw new BadJwtException("bad signature");
        }
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("u")
                .issuedAt(NOW.minusSeconds(10)).expiresAt(NOW.plusSeconds(300)).build();
    };

    private CachingJwtDecoder decoder(int maxEntries) {
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        return new CachingJwtDecoder(delegate, maxEntries, clock);
    }

    @Test
    void validatesATokenOnceUntilItExpires() {
        CachingJwtDecoder decoder = decoder(10);

        assertThat(decoder.decode("t1").getSubject()).isEqualTo("u");
        assertThat(decoder.decode("t1").getSubject()).isEqualTo("u");
        assertThat(validations).hasValue(1);

        now.set(NOW.plusSeconds(300));
        decoder.decode("t1");
        assertThat(validations).as("checked again once expired (the delegate decides)").hasValue(2);
    }

    @Test
    void neverRemembersARefusedToken() {
        CachingJwtDecoder decoder = decoder(10);

        assertThatThrownBy(() -> decoder.decode("bad")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode("bad")).isInstanceOf(BadJwtException.class);
        assertThat(validations).hasValue(2);
        assertThat(decoder.size()).isZero();
    }

    @Test
    void staysWithinItsBound() {
        CachingJwtDecoder decoder = decoder(3);
        for (int i = 0; i < 10; i++) {
            decoder.decode("t" + i);
        }
        assertThat(decoder.size()).isLessThanOrEqualTo(3);
    }
}
