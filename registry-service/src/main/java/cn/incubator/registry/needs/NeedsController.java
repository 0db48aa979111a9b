package cn.incubator.registry.needs;

import cn.incubator.platform.federation.ListOrder;
import cn.incubator.platform.federation.NodeFederation;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.permission.RequiresPermission;
import cn.incubator.platform.problem.FieldProblemException;
import cn.incubator.platform.validation.JurisdictionCode;
import cn.incubator.registry.field.ServiceField;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 需求库 · 资源链接 through the gateway. */
@RestController
@Validated
@RequestMapping("/api/registry/v1")
class NeedsController {

    private final NeedsService needs;
    private final NodeFederation federation;

    NeedsController(NeedsService needs, NodeFederation federation) {
        this.needs = needs;
        this.federation = federation;
    }

    @RequiresPermission("registry:need:write")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/needs")
    @Operation(summary = "Post a need for an organization (an org-admin for its own only)")
    ResponseEntity<NeedResponse> post(CurrentUser user, @Valid @RequestBody NeedRequest request) {
        Need need = needs.post(user, new NeedsService.NewNeed(request.organizationId(), request.kind(),
                request.title(), request.description(), request.field(), request.jurisdiction(),
                request.amountYuan()));
        return ResponseEntity.created(URI.create("/api/registry/v1/needs/" + need.id())).body(NeedResponse.of(need));
    }

    @RequiresPermission("registry:need:read")
    @GetMapping("/needs")
    @Operation(summary = "Needs in your scope")
    Page<NeedResponse> list(CurrentUser user, @RequestParam(required = false) ResourceKind kind,
            @RequestParam(required = false) ServiceField field, @RequestParam(required = false) NeedStatus status,
            @RequestParam(required = false) @JurisdictionCode String jurisdiction,
            @RequestParam(required = false) UUID organizationId, PageRequest page, HttpServletRequest request,
            HttpServletResponse response) {
        Jurisdiction within = jurisdiction == null ? null : Jurisdiction.of(jurisdiction);
        // A place holding street nodes: their needs too (NodeFederation), newest first across them.
        return federation.list("registry", within != null ? List.of(within) : user.jurisdictions(), page,
                rows -> needs.needs(user, kind, field, status, within, organizationId, rows).map(NeedResponse::of),
                NeedResponse.class, NeedResponse.ORDER, request, response);
    }

    @RequiresPermission("registry:need:read")
    @GetMapping("/needs/{id}")
    NeedResponse get(CurrentUser user, @PathVariable UUID id) {
        return NeedResponse.of(needs.need(user, id));
    }

    @RequiresPermission("registry:need:write")
    @PostMapping("/needs/{id}/close")
    NeedResponse close(CurrentUser user, @PathVariable UUID id) {
        return NeedResponse.of(needs.close(user, id));
    }

    @RequiresPermission("registry:need:read")
    @GetMapping("/needs/{id}/matches")
    @Operation(summary = "Suggested offers for the need: same kind, covering its place; ranked by field, amount, proximity")
    Page<MatchResponse> matches(CurrentUser user, @PathVariable UUID id, PageRequest page) {
        return Page.slice(needs.matches(user, id).stream().map(m -> new MatchResponse(OfferResponse.of(m.offer()),
                m.fieldMatches(), m.coversAmount(), m.coverageTier())).toList(), page);
    }

    @RequiresPermission("registry:need:link")
    @PostMapping("/needs/{id}/linkages")
    @Operation(summary = "Confirm a resource linkage (资源链接) with its value in yuan and date")
    ResponseEntity<Linkage> link(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody LinkageRequest request) {
        return ResponseEntity.status(201).body(needs.link(user, id, new NeedsService.NewLinkage(request.offerId(),
                request.providerName(), request.valueYuan(), request.linkedOn(), request.note())));
    }

    @RequiresPermission("registry:need:read")
    @GetMapping("/needs/{id}/linkages")
    Page<Linkage> linkages(CurrentUser user, @PathVariable UUID id, PageRequest page) {
        return Page.slice(needs.linkages(user, id), page);
    }

    @RequiresPermission("registry:need:link")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/offers")
    @Operation(summary = "Record a resource a foundation or enterprise offers, for the jurisdiction it covers")
    ResponseEntity<OfferResponse> offer(CurrentUser user, @Valid @RequestBody OfferRequest request) {
        ResourceOffer offer = needs.offer(user, new NeedsService.NewOffer(request.providerName(),
                request.providerType(), request.kind(), request.title(), request.description(), request.fields(),
                request.coverage(), request.valueYuan()));
        return ResponseEntity.created(URI.create("/api/registry/v1/offers/" + offer.id())).body(OfferResponse.of(offer));
    }

    @RequiresPermission("registry:need:link")
    @PostMapping("/offers/{id}/withdraw")
    @Operation(summary = "Withdraw an offer: no longer suggested; linkages already made stay")
    OfferResponse withdraw(CurrentUser user, @PathVariable UUID id) {
        return OfferResponse.of(needs.withdraw(user, id));
    }

    @RequiresPermission("registry:need:read")
    @GetMapping("/offers")
    @Operation(summary = "Offers covering places in your scope, or covering your whole scope")
    Page<OfferResponse> offers(CurrentUser user, @RequestParam(required = false) ResourceKind kind, PageRequest page,
            HttpServletRequest request, HttpServletResponse response) {
        // A place holding street nodes: the offers covering their streets too (NodeFederation), newest first; an offer
        // a moved linkage used is on both and shown once.
        return federation.list("registry", user.jurisdictions(), page,
                rows -> needs.offers(user, kind, rows).map(OfferResponse::of), OfferResponse.class,
                OfferResponse.ORDER, request, response);
    }

    @RequiresPermission("registry:need:read")
    @GetMapping("/resource-links/totals")
    @Operation(summary = "Linked organizations (distinct) and linked value in yuan, by jurisdiction subtree and period")
    NeedsService.Totals totals(CurrentUser user, @RequestParam(required = false) @JurisdictionCode String jurisdiction,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate start = from == null ? LocalDate.of(2000, 1, 1) : from;
        LocalDate end = to == null ? LocalDate.of(2999, 12, 31) : to;
        if (end.isBefore(start)) {
            throw new FieldProblemException("to", "Period.endBeforeStart");
        }
        return needs.totals(user, jurisdiction == null ? null : Jurisdiction.of(jurisdiction), start, end);
    }

    record NeedRequest(
            @NotNull UUID organizationId,
            @NotNull ResourceKind kind,
            @NotBlank @Size(max = 200) String title,
            @Size(max = 2000) String description,
            @NotNull ServiceField field,
            @JurisdictionCode String jurisdiction,
            @DecimalMin(value = "0.01") @DecimalMax("999999999999.99") @Digits(integer = 12, fraction = 2)
            BigDecimal amountYuan) {
    }

    record OfferRequest(
            @NotBlank @Size(max = 200) String providerName,
            @NotNull ProviderType providerType,
            @NotNull ResourceKind kind,
            @NotBlank @Size(max = 200) String title,
            @Size(max = 2000) String description,
            Set<ServiceField> fields,
            @NotBlank @JurisdictionCode String coverage,
            @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal valueYuan) {
    }

    record LinkageRequest(
            UUID offerId,
            @Size(max = 200) String providerName,
            @NotNull @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal valueYuan,
            @NotNull @PastOrPresent LocalDate linkedOn,
            @Size(max = 500) String note) {
    }

    record NeedResponse(UUID id, UUID organizationId, String organizationName, ResourceKind kind, String title,
            String description, ServiceField field, Jurisdiction jurisdiction, BigDecimal amountYuan, NeedStatus status,
            java.time.Instant createdAt) {

        /** The list's order ({@code created_at DESC, id}), for merging the rows of several nodes. */
        static final ListOrder<NeedResponse> ORDER = ListOrder.identifiedBy(NeedResponse::id)
                .newestFirst(NeedResponse::createdAt).thenId();

        static NeedResponse of(Need n) {
            return new NeedResponse(n.id(), n.organizationId(), n.organizationName(), n.kind(), n.title(),
                    n.description(), n.field(), n.jurisdiction(), n.amountYuan(), n.status(), n.createdAt());
        }
    }

    record OfferResponse(UUID id, String providerName, ProviderType providerType, ResourceKind kind, String title,
            String description, Set<ServiceField> fields, Jurisdiction coverage, BigDecimal valueYuan, boolean open,
            java.time.Instant createdAt) {

        /** The list's order ({@code created_at DESC, id}), for merging the rows of several nodes. */
        static final ListOrder<OfferResponse> ORDER = ListOrder.identifiedBy(OfferResponse::id)
                .newestFirst(OfferResponse::createdAt).thenId();

        static OfferResponse of(ResourceOffer o) {
            return new OfferResponse(o.id(), o.providerName(), o.providerType(), o.kind(), o.title(), o.description(),
                    o.fields(), o.coverage(), o.valueYuan(), o.open(), o.createdAt());
        }
    }

    record MatchResponse(OfferResponse offer, boolean fieldMatches, boolean coversAmount, String coverageTier) {
    }
}
