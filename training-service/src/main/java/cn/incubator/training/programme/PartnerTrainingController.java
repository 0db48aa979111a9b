package cn.incubator.training.programme;

import cn.incubator.platform.federation.NodeLocal;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.identity.PartnerCaller;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.permission.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The partner API's training part (基金会): the training programmes a partner co-funds, their sessions and
 * person-times, through the same narrow-scoped client as the rest of the partner API; any other programme is 404.
 *
 * <p>Not federated: a partner's lists are chosen by its account, not by a place, and partner accounts are central.
 */
@RestController
@RequestMapping("/partner/v1/training/programmes")
class PartnerTrainingController {

    private final ProgrammeService programmes;

    PartnerTrainingController(ProgrammeService programmes) {
        this.programmes = programmes;
    }

    @GetMapping
    @RequiresPermission("partner:programme:read")
    @Operation(summary = "The training programmes the partner co-funds, with its share, sessions run and person-times")
    @NodeLocal("chosen by the partner account, not by a place; partner clients are central accounts")
    Page<Programme> list(CurrentUser user, @AuthenticationPrincipal Jwt jwt, PageRequest page) {
        return Page.slice(programmes.coFundedBy(user, reader(user, jwt)), page);
    }

    @GetMapping("/{id}")
    @RequiresPermission("partner:programme:read")
    @Operation(summary = "One co-funded training programme; any other programme is 404")
    Programme get(CurrentUser user, @AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        return programmes.coFundedBy(user, reader(user, jwt), id);
    }

    @GetMapping("/{id}/sessions")
    @RequiresPermission("partner:programme:read")
    @Operation(summary = "The sessions of a co-funded training programme, with person-times from attendance")
    Page<ProgrammeSession> sessions(CurrentUser user, @AuthenticationPrincipal Jwt jwt, @PathVariable UUID id,
            PageRequest page) {
        return Page.slice(programmes.sessionsCoFundedBy(user, reader(user, jwt), id), page);
    }

    private static String reader(CurrentUser user, Jwt jwt) {
        return PartnerCaller.holding(user, jwt, PartnerCaller.READ_SCOPE);
    }
}
