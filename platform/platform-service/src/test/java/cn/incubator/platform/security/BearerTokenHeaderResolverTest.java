package cn.incubator.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/** {@link BearerTokenHeaderResolver} answers every request as Spring Security's default resolver does (the oracle). */
class BearerTokenHeaderResolverTest {

    private final BearerTokenResolver spring = new DefaultBearerTokenResolver();
    private final BearerTokenHeaderResolver ours = new BearerTokenHeaderResolver();

    @Test
    void answersChosenHeadersAsSpringSecurityDoes() {
        Stream.of(null, "", "Bearer eyJ.eyJ.sig", "bearer abc", "BEARER abc==", "Bearer a=b", "Bearer ", "Bearer",
                "Bearerabc", "Bearer  abc", "Bearer abc ", "Basic dXNlcjpw", "Bearer é", "Bearer -._~+/", "Bearer ===",
                "bearer\tabc", "Token abc").forEach(header ->
                        assertThat(answer(ours, header)).as(String.valueOf(header)).isEqualTo(answer(spring, header)));
        assertThat(answer(ours, "Bearer eyJ.eyJ.sig")).isEqualTo("token eyJ.eyJ.sig");
        assertThat(answer(ours, "Bearer a=b")).isEqualTo("invalid_token");
        assertThat(answer(ours, null)).isEqualTo("none");
    }

    @Test
    void answersRandomHeadersAsSpringSecurityDoes() {
        Random random = new Random(20261204L);
        String alphabet = "aZ09-._~+/= \te\u00e9";
        Function<Integer, String> tail = length -> random.ints(length, 0, alphabet.length())
                .mapToObj(i -> String.valueOf(alphabet.charAt(i)))
                .reduce("", String::concat);
        for (int i = 0; i < 5_000; i++) {
            String header = (random.nextBoolean() ? "Bearer " : "bEARER ") + tail.apply(random.nextInt(14));
            assertThat(answer(ours, header)).as(header).isEqualTo(answer(spring, header));
        }
    }

    private static String answer(BearerTokenResolver resolver, String header) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/training/v1/courses");
        if (header != null) {
            request.addHeader("Authorization", header);
        }
        try {
            String token = resolver.resolve(request);
            return token == null ? "none" : "token " + token;
        } catch (OAuth2AuthenticationException e) {
            return e.getError().getErrorCode();
        }
    }
}
