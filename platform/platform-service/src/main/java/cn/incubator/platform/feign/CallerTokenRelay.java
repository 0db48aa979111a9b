package cn.incubator.platform.feign;

import feign.RequestInterceptor;
import feign.RequestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Sends the caller's own bearer token with every Feign call, so the service called applies the caller's role and
 * data scope, not a wider one. A call made outside a request with a token (a scheduled job) goes without one and is
 * refused by the service called; such calls use the service client ({@code serviceRestClient}) instead.
 */
public class CallerTokenRelay implements RequestInterceptor {

    @Override
    public void apply(RequestTemplate request) {
        if (!request.headers().containsKey(HttpHeaders.AUTHORIZATION)
                && SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken jwt) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + jwt.getToken().getTokenValue());
        }
    }
}
