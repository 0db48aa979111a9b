package cn.incubator.gateway;

import cn.incubator.platform.token.BearerHeaders;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Reads the bearer token from the {@code Authorization} header as Spring Security's
 * {@code ServerBearerTokenAuthenticationConverter} does (no token in the query string), by {@link BearerHeaders}'
 * rule without a regular expression. {@code BearerTokensTest} checks both give the same answer.
 */
final class BearerTokens implements ServerAuthenticationConverter {

    @Override
    public Mono<Authentication> convert(ServerWebExchange exchange) {
        return Mono.fromCallable(() -> {
            String token = token(exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION));
            return token == null ? null : new BearerTokenAuthenticationToken(token);
        });
    }

    /**
     * The token of an {@code Authorization} header; {@code null} when there is no header or it is not a bearer one.
     *
     * @throws OAuth2AuthenticationException {@code invalid_token} for a bearer header whose token is malformed
     */
    static String token(String header) {
        return BearerHeaders.token(header,
                () -> new OAuth2AuthenticationException(BearerTokenErrors.invalidToken("Bearer token is malformed")));
    }
}
