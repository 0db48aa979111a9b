package cn.incubator.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;

/** {@link BearerTokens} answers every header as Spring Security's own converter does (the oracle). */
class BearerTokensTest {

    private final ServerBearerTokenAuthenticationConverter spring = new ServerBearerTokenAuthenticationConverter();
    private final BearerTokens ours = new BearerTokens();

    @Test
    void sameAnswerAsSpringSecurityForHandPickedHeaders() {
        List<String> headers = new ArrayList<>(List.of("Bearer abc.def.ghi", "bearer abc", "BEARER abc==", "Bearer abc=",
                "Bearer a=b", "Bearer ", "Bearer", "Bearerabc", "Bearer  abc", "Bearer abc ", "Bearer ab c", "Basic dXNlcjpw",
                "Bearer é", "Bearer -._~+/", "Bearer ===", "bearer\tabc", "Bearer abc\n", "Token abc", "Bear abc", ""));
        for (String header : headers) {
            assertThat(answer(ours, header)).as(header).isEqualTo(answer(spring, header));
        }
        assertThat(answer(ours, "Bearer abc.def.ghi")).isEqualTo("token abc.def.ghi");
        assertThat(answer(ours, "Bearer a=b")).isEqualTo("invalid_token");
        assertThat(answer(ours, "Basic dXNlcjpw")).isEqualTo("none");
    }

    @Test
    void sameAnswerAsSpringSecurityForRandomHeaders() {
        Random random = new Random(20261202L);
        String alphabet = "aZ09-._~+/= \t\u00e9Bb";
        for (int i = 0; i < 5_000; i++) {
            StringBuilder header = new StringBuilder(random.nextInt(4) == 0 ? "bEaReR " : "Bearer ");
            int length = random.nextInt(12);
            for (int j = 0; j < length; j++) {
                header.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(answer(ours, header.toString())).as(header.toString()).isEqualTo(answer(spring, header.toString()));
        }
    }

    private static String answer(org.springframework.security.web.server.authentication.ServerAuthenticationConverter converter,
            String header) {
        MockServerWebExchange exchange = MockServerWebExchange.from(
                MockServerHttpRequest.get("/api/registry/v1/organizations").header(HttpHeaders.AUTHORIZATION, header));
        try {
            Authentication authentication = converter.convert(exchange).block();
            return authentication == null ? "none" : "token " + authentication.getCredentials();
        } catch (OAuth2AuthenticationException e) {
            return e.getError().getErrorCode();
        }
    }
}
