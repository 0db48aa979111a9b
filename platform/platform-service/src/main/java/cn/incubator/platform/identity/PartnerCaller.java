package cn.incubator.platform.identity;

import cn.incubator.platform.problem.ProblemException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A partner client (合作方: 基金会 / 企业) calling the partner API ({@code /partner/v1/**}): its {@code partner_id} claim,
 * and the narrow OAuth scopes its token carries. Every service that answers partners reads them this way.
 */
public final class PartnerCaller {

    /** The scope a partner client needs to read the programmes it co-funds. */
    public static final String READ_SCOPE = "partner.programmes.read";

    private PartnerCaller() {
    }

    /**
     * The partner id of a client holding {@code scope}: 403 {@code partner-only} without a partner id, 403
     * {@code partner-scope-missing} without the scope.
     */
    public static String holding(CurrentUser user, Jwt jwt, String scope) {
        String partnerId = partnerId(user);
        if (!scopes(jwt).contains(scope)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "partner-scope-missing", scope);
        }
        return partnerId;
    }

    /** The caller's partner id; 403 {@code partner-only} for anyone else. */
    public static String partnerId(CurrentUser user) {
        return user.partnerId().orElseThrow(() -> new ProblemException(HttpStatus.FORBIDDEN, "partner-only"));
    }

    /** The scopes of the token ({@code scope} claim, space-separated). */
    public static List<String> scopes(Jwt jwt) {
        String scope = jwt.getClaimAsString("scope");
        return scope == null ? List.of() : List.of(scope.split(" "));
    }
}
