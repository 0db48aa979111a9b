package cn.incubator.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/** A Keycloak that stops answering must not make valid tokens invalid (benchmarks/faults/run.sh, fault b). */
class OutageTolerantJwtDecodersTest {

    private static final String ISSUER = "http://keycloak.test/realms/incubator";

    @Test
    void keepsTheLastJwkSetWhenTheIssuerStopsAnsweringAndStillRefusesUnknownKeys() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("k1").generate();
        AtomicInteger fetches = new AtomicInteger();
        HttpServer keycloak = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        keycloak.createContext("/certs", exchange -> {
            fetches.incrementAndGet();
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            exchange.getResponseBody().write(jwks);
            exchange.close();
        });
        keycloak.start();
        String uri = "http://127.0.0.1:" + keycloak.getAddress().getPort() + "/certs";
        JwtDecoder decoder = OutageTolerantJwtDecoders.create(uri, ISSUER, Duration.ofMillis(300), Duration.ofHours(1));
        String token = token(key);

        assertThat(decoder.decode(token).getSubject()).isEqualTo("county-officer");
        keycloak.stop(0);
        Thread.sleep(600);

        assertThat(decoder.decode(token).getSubject()).as("valid token while Keycloak is down").isEqualTo("county-officer");
        assertThat(fetches.get()).isGreaterThanOrEqualTo(1);
        RSAKey other = new RSAKeyGenerator(2048).keyID("k2").generate();
        assertThatThrownBy(() -> decoder.decode(token(other))).isInstanceOf(JwtException.class);
    }

    private static String token(RSAKey key) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                new JWTClaimsSet.Builder().issuer(ISSUER).subject("county-officer")
                        .issueTime(Date.from(Instant.now())).expirationTime(Date.from(Instant.now().plusSeconds(300)))
                        .build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
