package cn.incubator.grants.marketplace;

import cn.incubator.platform.audit.AuditEntry;
import cn.incubator.platform.federation.NodeFederation;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.permission.RequiresPermission;
import cn.incubator.platform.validation.JurisdictionCode;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * 社区项目超市: communities and hubs post projects, organizations offer, the poster chooses, delivery is traced.
 *
 * <p>Lists under one record ({@code /{id}/...}) are that record's and stay local: the node holding the record answers
 * them (its id routes there).
 */
@RestController
@RequestMapping("/api/grants/v1/community-projects")
class MarketplaceController {

    private final MarketplaceService marketplace;
    private final NodeFederation federation;

    MarketplaceController(MarketplaceService marketplace, NodeFederation federation) {
        this.marketplace = marketplace;
        this.federation = federation;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @RequiresPermission("grants:marketplace:post")
    @Operation(summary = "Post a community project for organizations to take on")
    ResponseEntity<CommunityProject> post(CurrentUser user, @Valid @RequestBody ProjectRequest request) {
        CommunityProject project = marketplace.post(user, Jurisdiction.of(request.jurisdiction()),
                request.title().strip(), request.description().strip(), request.budget(), request.posterKind(),
                request.posterName().strip());
        return ResponseEntity.created(URI.create("/api/grants/v1/community-projects/" + project.id())).body(project);
    }

    @GetMapping
    @RequiresPermission("grants:marketplace:read")
    @Operation(summary = "Projects posted where you work (organizations see them too), newest first")
    Page<CommunityProject> list(CurrentUser user, @RequestParam(required = false) ProjectStatus status, PageRequest page,
            HttpServletRequest request, HttpServletResponse response) {
        // A place holding street nodes: their projects too (NodeFederation), newest first across them.
        return federation.list("grants", user.jurisdictions(), page, rows -> marketplace.list(user, status, rows),
                CommunityProject.class, CommunityProject.ORDER, request, response);
    }

    @GetMapping("/{id}")
    @RequiresPermission("grants:marketplace:read")
    @Operation(summary = "One posted project")
    CommunityProject get(CurrentUser user, @PathVariable UUID id) {
        return marketplace.get(user, id);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{id}/offers")
    @RequiresPermission("grants:marketplace:offer")
    @Operation(summary = "Your organization offers to take the project on (once)")
    ResponseEntity<CommunityProject.Offer> offer(CurrentUser user, @PathVariable UUID id,
            @Valid @RequestBody OfferRequest request) {
        CommunityProject.Offer offer = marketplace.offer(user, id, request.organizationName().strip(),
                request.proposal().strip(), request.price());
        return ResponseEntity.created(URI.create("/api/grants/v1/community-projects/" + id + "/offers"))
                .body(offer);
    }

    @GetMapping("/{id}/offers")
    @RequiresPermission("grants:marketplace:read")
    @Operation(summary = "Offers: all of them for the poster's side, its own for an organization")
    Page<CommunityProject.Offer> offers(CurrentUser user, @PathVariable UUID id, PageRequest page) {
        return Page.slice(marketplace.offers(user, id), page);
    }

    @PostMapping("/{id}/choice")
    @RequiresPermission("grants:marketplace:post")
    @Operation(summary = "Choose the organization that delivers")
    CommunityProject choose(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody ChoiceRequest request) {
        return marketplace.choose(user, id, request.offerId());
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{id}/steps")
    @RequiresPermission("grants:marketplace:deliver")
    @Operation(summary = "The chosen organization logs a delivery step")
    ResponseEntity<CommunityProject.Step> logStep(CurrentUser user, @PathVariable UUID id,
            @Valid @RequestBody StepRequest request) {
        CommunityProject.Step step = marketplace.logStep(user, id, request.description().strip(),
                request.occurredOn());
        return ResponseEntity.created(URI.create("/api/grants/v1/community-projects/" + id + "/steps")).body(step);
    }

    @GetMapping("/{id}/steps")
    @RequiresPermission("grants:marketplace:read")
    @Operation(summary = "The delivery steps, in order")
    Page<CommunityProject.Step> steps(CurrentUser user, @PathVariable UUID id, PageRequest page) {
        return Page.slice(marketplace.steps(user, id), page);
    }

    @PostMapping("/{id}/completion")
    @RequiresPermission("grants:marketplace:post")
    @Operation(summary = "The poster confirms the delivery done")
    CommunityProject complete(CurrentUser user, @PathVariable UUID id) {
        return marketplace.complete(user, id);
    }

    @PostMapping("/{id}/cancellation")
    @RequiresPermission("grants:marketplace:post")
    @Operation(summary = "Withdraw the project before delivery starts")
    CommunityProject cancel(CurrentUser user, @PathVariable UUID id) {
        return marketplace.cancel(user, id);
    }

    @GetMapping("/{id}/timeline")
    @RequiresPermission("grants:marketplace:read")
    @Operation(summary = "The whole delivery traced (全程留痕)")
    Page<AuditEntry> timeline(CurrentUser user, @PathVariable UUID id, PageRequest page) {
        return marketplace.timeline(user, id, page);
    }

    record ProjectRequest(
            @NotBlank @JurisdictionCode String jurisdiction,
            @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 5000) String description,
            @DecimalMin("0.01") @Digits(integer = 12, fraction = 2) BigDecimal budget,
            @NotNull CommunityProject.PosterKind posterKind,
            @NotBlank @Size(max = 200) String posterName) {
    }

    record OfferRequest(
            @NotBlank @Size(max = 200) String organizationName,
            @NotBlank @Size(max = 5000) String proposal,
            @DecimalMin("0.01") @Digits(integer = 12, fraction = 2) BigDecimal price) {
    }

    record ChoiceRequest(@NotNull UUID offerId) {
    }

    record StepRequest(
            @NotBlank @Size(max = 5000) String description,
            @NotNull @PastOrPresent LocalDate occurredOn) {
    }
}
