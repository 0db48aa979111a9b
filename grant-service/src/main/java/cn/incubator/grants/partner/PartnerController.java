package cn.incubator.grants.partner;

import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.problem.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The partner API (基金会 / 企业): foundations see their own programmes through a narrow-scoped client. */
@RestController
@RequestMapping("/partner/v1")
class PartnerController {

    @GetMapping("/me")
    @Operation(summary = "Who the calling partner client is and which scopes it holds")
    PartnerIdentity me(CurrentUser user, @AuthenticationPrincipal Jwt jwt) {
        String partnerId = user.partnerId().orElseThrow(
                () -> new ProblemException(HttpStatus.FORBIDDEN, "partner-only"));
        String scope = jwt.getClaimAsString("scope");
        return new PartnerIdentity(partnerId, user.username(),
                scope == null ? List.of() : List.of(scope.split(" ")));
    }

    record PartnerIdentity(String partnerId, String client, List<String> scopes) {
    }
}
