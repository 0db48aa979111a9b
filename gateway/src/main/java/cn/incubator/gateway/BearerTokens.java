package cn.incubator.gateway;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Reads the bearer token from the {@code Authorization} header, by the same rule as Spring Security's
 * {@code ServerBearerTokenAuthenticationConverter} (RFC 6750: {@code Bearer} in any case, one space, then
 * {@code [A-Za-z0-9-._~+/]+=*}; no token in the query string), with a loop instead of a regular expression: matching
 * the ~1.3 KB Keycloak token against the regular expression on every request was one of the gateway's largest costs
 * (docs/decisions.md). {@code BearerTokensTest} checks both give the same answer.
 */
final class BearerTokens implements ServerAuthenticationConverter {

    private static final String PREFIX = "bearer ";

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
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length() - 1)) {
            return null;
        }
        if (!wellFormed(header)) {
            throw new OAuth2AuthenticationException(BearerTokenErrors.invalidToken("Bearer token is malformed"));
        }
        return header.substring(PREFIX.length());
    }

    private static boolean wellFormed(String header) {
        int length = header.length();
        if (length <= PREFIX.length() || header.charAt(PREFIX.length() - 1) != ' ') {
            return false;
        }
        int i = PREFIX.length();
        while (i < length && tokenCharacter(header.charAt(i))) {
            i++;
        }
        if (i == PREFIX.length()) {
            return false;
        }
        while (i < length && header.charAt(i) == '=') {
            i++;
        }
        return i == length;
    }

    private static boolean tokenCharacter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
    }
}
