package cn.incubator.platform.token;

import java.util.function.Supplier;

/**
 * The {@code Authorization: Bearer} header rule of Spring Security's resource server (RFC 6750: {@code Bearer} in any
 * case, one space, then {@code [A-Za-z0-9-._~+/]+=*}), applied with a loop instead of its case-insensitive regular
 * expression: matching the ~1.4 KB Keycloak token against that expression took about an eighth of a service's CPU per
 * request, and was one of the gateway's largest costs (docs/decisions.md). The one rule behind the gateway's
 * {@code BearerTokens} and the services' {@code BearerTokenHeaderResolver}; their tests compare each with Spring
 * Security's own resolver.
 */
public final class BearerHeaders {

    private static final String SCHEME = "bearer";

    private BearerHeaders() {
    }

    /**
     * The token of an {@code Authorization} header: {@code null} when there is none or it is not a bearer one.
     *
     * @param malformed the exception to throw for a bearer header whose token is malformed
     */
    public static String token(String header, Supplier<? extends RuntimeException> malformed) {
        if (!isBearer(header)) {
            return null;
        }
        String token = wellFormedToken(header);
        if (token == null) {
            throw malformed.get();
        }
        return token;
    }

    /** Whether the header names the bearer scheme (starts with {@code bearer} in any case), well formed or not. */
    public static boolean isBearer(String header) {
        return header != null && header.regionMatches(true, 0, SCHEME, 0, SCHEME.length());
    }

    /** The token of a well-formed bearer header; {@code null} for any other header (also a malformed bearer one). */
    public static String wellFormedToken(String header) {
        int start = SCHEME.length() + 1;
        if (!isBearer(header) || header.length() <= start || header.charAt(start - 1) != ' ') {
            return null;
        }
        int length = header.length();
        int i = start;
        while (i < length && tokenCharacter(header.charAt(i))) {
            i++;
        }
        if (i == start) {
            return null;
        }
        while (i < length && header.charAt(i) == '=') {
            i++;
        }
        return i == length ? header.substring(start) : null;
    }

    private static boolean tokenCharacter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
    }
}
