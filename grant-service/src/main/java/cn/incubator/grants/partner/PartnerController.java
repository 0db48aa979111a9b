package cn.incubator.grants.partner;

import cn.incubator.grants.award.AwardService;
import cn.incubator.grants.award.AwardView;
import cn.incubator.grants.award.Outcomes;
import cn.incubator.grants.award.Tracking;
import cn.incubator.grants.round.RoundView;
import cn.incubator.grants.webhook.Webhook;
import cn.incubator.grants.webhook.WebhookDelivery;
import cn.incubator.grants.webhook.WebhookService;
import cn.incubator.platform.federation.NodeLocal;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.identity.PartnerCaller;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.permission.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The partner API (基金会 / 企业): foundations see the programmes they co-fund through a narrow-scoped client, and
 * nothing of any other programme (404, as if it did not exist).
 *
 * <p>Not federated ({@link NodeLocal}): a partner's lists are chosen by its account, not by a place, and partner
 * accounts are central.
 */
@RestController
@RequestMapping("/partner/v1")
class PartnerController {

    static final String READ_SCOPE = PartnerCaller.READ_SCOPE;

    private final PartnerReads reads;
    private final WebhookService webhooks;

    PartnerController(PartnerReads reads, WebhookService webhooks) {
        this.reads = reads;
        this.webhooks = webhooks;
    }

    @GetMapping("/me")
    @RequiresPermission("partner:programme:read")
    @Operation(summary = "Who the calling partner client is and which scopes it holds")
    PartnerIdentity me(CurrentUser user, @AuthenticationPrincipal Jwt jwt) {
        return new PartnerIdentity(partnerOnly(user), user.username(), scopes(jwt));
    }

    @GetMapping("/programmes")
    @RequiresPermission("partner:programme:read")
    @Operation(summary = "The programmes the partner co-funds, with what it contributed")
    @NodeLocal("chosen by the partner account, not by a place, and partner accounts are central (a handover leaves"
            + " them here), so a street node could not tell whose programmes to show")
    Page<PartnerRepository.CoFundedProgramme> programmes(CurrentUser user, @AuthenticationPrincipal Jwt jwt, PageRequest page) {
        return reads.programmes(user, reader(user, jwt), page);
    }

    @GetMapping("/programmes/{id}")
    @RequiresPermission("partner:programme:read")
    @Operation(summary = "One co-funded programme with its ledger; any other programme is 404")
    ProgrammeView programme(CurrentUser user, @AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        PartnerReads.CoFunded funded = reads.programme(user, reader(user, jwt), id);
        var ledger = funded.money().ledger();
        return new ProgrammeView(funded.programme(), new LedgerView(ledger.pool(), ledger.committed(),
                ledger.available(), ledger.paid(), ledger.unpaid()));
    }

    @GetMapping("/programmes/{id}/rounds")
    @RequiresPermission("partner:programme:read")
    @Operation(summary = "The published rounds of a co-funded programme (calls, status, notice dates)")
    Page<RoundView> rounds(CurrentUser user, @AuthenticationPrincipal Jwt jwt, @PathVariable UUID id, PageRequest page) {
        return reads.rounds(user, reader(user, jwt), id, page).map(RoundView::of);
    }

    @GetMapping("/programmes/{id}/awards")
    @RequiresPermission("partner:programme:read")
    @Operation(summary = "The awards of a co-funded programme")
    Page<AwardView> awards(CurrentUser user, @AuthenticationPrincipal Jwt jwt, @PathVariable UUID id, PageRequest page) {
        return Page.slice(reads.programme(user, reader(user, jwt), id).money().awards(), page);
    }

    @GetMapping("/programmes/{id}/disbursements")
    @RequiresPermission("partner:programme:read")
    @Operation(summary = "The payments made from a co-funded programme")
    Page<Disbursement> disbursements(CurrentUser user, @AuthenticationPrincipal Jwt jwt, @PathVariable UUID id, PageRequest page) {
        AwardService.CoFunded funded = reads.programme(user, reader(user, jwt), id).money();
        Map<UUID, AwardView> byId = funded.awards().stream()
                .collect(Collectors.toMap(AwardView::id, Function.identity()));
        return Page.slice(funded.payments().stream().map(p -> new Disbursement(p.id(), p.awardId(),
                byId.get(p.awardId()).organizationName(), byId.get(p.awardId()).projectTitle(), p.amount(),
                p.voucherNumber(), p.paidAt())).toList(), page);
    }

    @GetMapping("/programmes/{id}/outcomes")
    @RequiresPermission("partner:programme:read")
    @Operation(summary = "Outcomes of a co-funded programme: approved reports added up, and logged activities")
    OutcomesView outcomes(CurrentUser user, @AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        AwardService.CoFunded funded = reads.programme(user, reader(user, jwt), id).money();
        return new OutcomesView(id, funded.awards().size(), funded.outcomes(), funded.activities());
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/webhooks")
    @RequiresPermission("partner:webhook:write")
    @Operation(summary = "Register a webhook for award-made and report-approved events of co-funded programmes; "
            + "the signing secret is answered once")
    ResponseEntity<RegisteredWebhook> register(CurrentUser user, @AuthenticationPrincipal Jwt jwt,
            @Valid @RequestBody WebhookRequest request) {
        WebhookService.Registered registered = webhooks.register(user, reader(user, jwt), request.url());
        return ResponseEntity.created(URI.create("/partner/v1/webhooks/" + registered.webhook().id()))
                .header("Cache-Control", "no-store")
                .body(new RegisteredWebhook(registered.webhook(), registered.secret()));
    }

    @GetMapping("/webhooks")
    @RequiresPermission("partner:webhook:write")
    @Operation(summary = "The partner's webhooks (without secrets)")
    @NodeLocal("the partner account's own webhooks, not a place's; partner accounts are central")
    Page<Webhook> webhooks(CurrentUser user, @AuthenticationPrincipal Jwt jwt, PageRequest page) {
        return Page.slice(webhooks.list(reader(user, jwt)), page);
    }

    @GetMapping("/webhooks/{id}/deliveries")
    @RequiresPermission("partner:webhook:write")
    @Operation(summary = "The delivery log of one of the partner's webhooks, newest first, with every attempt")
    Page<WebhookDelivery> deliveries(CurrentUser user, @AuthenticationPrincipal Jwt jwt, @PathVariable UUID id, PageRequest page) {
        return Page.slice(webhooks.deliveries(reader(user, jwt), id), page);
    }

    /** The partner id of a client holding the read scope. */
    private static String reader(CurrentUser user, Jwt jwt) {
        return PartnerCaller.holding(user, jwt, READ_SCOPE);
    }

    private static String partnerOnly(CurrentUser user) {
        return PartnerCaller.partnerId(user);
    }

    private static List<String> scopes(Jwt jwt) {
        return PartnerCaller.scopes(jwt);
    }

    record PartnerIdentity(String partnerId, String client, List<String> scopes) {
    }

    record LedgerView(BigDecimal pool, BigDecimal committed, BigDecimal available, BigDecimal paid,
            BigDecimal unpaid) {
    }

    record ProgrammeView(PartnerRepository.CoFundedProgramme programme, LedgerView ledger) {
    }

    record Disbursement(UUID paymentId, UUID awardId, String organizationName, String projectTitle,
            BigDecimal amount, String voucherNumber, Instant paidAt) {
    }

    /**
     * @param outcomes   added up over approved reports (a final report's figures stand for the whole project)
     * @param activities the activities projects logged as they ran (micro-ventures report this way)
     */
    record OutcomesView(UUID programmeId, int awards, Outcomes outcomes, Tracking.ActivityTotals activities) {
    }

    record WebhookRequest(@NotBlank @Size(max = 500) String url) {
    }

    /** @param secret the HMAC-SHA256 signing key; shown only in this answer */
    record RegisteredWebhook(Webhook webhook, String secret) {
    }
}
