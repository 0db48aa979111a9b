package cn.incubator.grants.programme;

import cn.incubator.platform.audit.AuditEntry;
import cn.incubator.platform.federation.ListOrder;
import cn.incubator.platform.federation.NodeFederation;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.permission.RequiresPermission;
import cn.incubator.platform.validation.CriterionCode;
import cn.incubator.platform.validation.JurisdictionCode;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
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

/**
 * Funding programmes (资助项目): pools from government and partners, capped plans.
 *
 * <p>Lists under one record ({@code /{id}/...}) are that record's and stay local: the node holding the record answers
 * them (its id routes there).
 */
@RestController
@Validated
@RequestMapping("/api/grants/v1/programmes")
class ProgrammeController {

    private final ProgrammeService programmes;
    private final NodeFederation federation;

    ProgrammeController(ProgrammeService programmes, NodeFederation federation) {
        this.programmes = programmes;
        this.federation = federation;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @RequiresPermission("grants:programme:write")
    @Operation(summary = "Create a programme with its fundings (pool) and capped plans")
    ResponseEntity<ProgrammeView> create(CurrentUser user, @Valid @RequestBody CreateProgrammeRequest request) {
        Programme created = programmes.create(user, new ProgrammeService.NewProgramme(request.jurisdiction(),
                request.name(), request.kind(), request.description(),
                request.fundings() == null ? null : request.fundings().stream().map(FundingRequest::toNew).toList(),
                request.plans() == null ? null : request.plans().stream().map(PlanRequest::toNew).toList()));
        return ResponseEntity.created(URI.create("/api/grants/v1/programmes/" + created.id()))
                .body(ProgrammeView.of(created));
    }

    @GetMapping
    @RequiresPermission("grants:programme:read")
    @Operation(summary = "Programmes in your scope")
    Page<ProgrammeView> search(CurrentUser user, @RequestParam(required = false) ProgrammeKind kind, PageRequest page,
            HttpServletRequest request, HttpServletResponse response) {
        // A place holding street nodes: their programmes too (NodeFederation), newest first across them; a programme
        // copied to a node with a round or award it funds is shown once, as this node holds it.
        return federation.list("grants", user.jurisdictions(), page,
                rows -> programmes.search(user, kind, rows).map(ProgrammeView::of), ProgrammeView.class,
                ProgrammeView.ORDER, request, response);
    }

    @GetMapping("/{id}")
    @RequiresPermission("grants:programme:read")
    @Operation(summary = "One programme with its pool, committed and available amounts; outside your scope it does not exist")
    ProgrammeView get(CurrentUser user, @PathVariable UUID id) {
        return ProgrammeView.of(programmes.get(user, id));
    }

    @PostMapping("/{id}/fundings")
    @RequiresPermission("grants:programme:write")
    @Operation(summary = "Add money to the pool (government or a partner)")
    ProgrammeView fund(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody FundingRequest request) {
        return ProgrammeView.of(programmes.addFunding(user, id, request.toNew()));
    }

    @PostMapping("/{id}/plans")
    @RequiresPermission("grants:programme:write")
    @Operation(summary = "Add a capped plan (计划); plans never change once added")
    ProgrammeView addPlan(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody PlanRequest request) {
        return ProgrammeView.of(programmes.addPlan(user, id, request.toNew()));
    }

    @GetMapping("/{id}/timeline")
    @RequiresPermission("grants:programme:read")
    @Operation(summary = "The programme's audit timeline")
    Page<AuditEntry> timeline(CurrentUser user, @PathVariable UUID id, PageRequest page) {
        return programmes.timeline(user, id, page);
    }

    record CreateProgrammeRequest(@NotBlank @JurisdictionCode String jurisdiction, @NotBlank @Size(max = 200) String name,
            @NotNull ProgrammeKind kind, @Size(max = 4000) String description,
            @Valid @Size(max = 20) List<@NotNull FundingRequest> fundings,
            @Valid @Size(max = 20) List<@NotNull PlanRequest> plans) {
    }

    record FundingRequest(@NotNull Programme.Source source, @NotBlank @Size(max = 200) String funderName,
            @Size(max = 64) String partnerId,
            @NotNull @DecimalMin("0.01") @Digits(integer = 12, fraction = 2) BigDecimal amount,
            @NotNull LocalDate committedOn) {
        ProgrammeService.NewFunding toNew() {
            return new ProgrammeService.NewFunding(source, funderName, partnerId, amount, committedOn);
        }
    }

    record PlanRequest(@NotBlank @CriterionCode String code,
            @NotBlank @Size(max = 200) String name,
            @NotNull @DecimalMin("0.01") @Digits(integer = 12, fraction = 2) BigDecimal cap) {
        ProgrammeService.NewPlan toNew() {
            return new ProgrammeService.NewPlan(code, name, cap);
        }
    }

    record ProgrammeView(UUID id, Jurisdiction jurisdiction, String name, ProgrammeKind kind, String description,
            BigDecimal pool, BigDecimal committed, BigDecimal available, List<Programme.Funding> fundings,
            List<Programme.Plan> plans, String createdBy, java.time.Instant createdAt) {

        /** The list's order ({@code created_at DESC, id}), for merging the rows of several nodes. */
        static final ListOrder<ProgrammeView> ORDER = ListOrder.identifiedBy(ProgrammeView::id)
                .newestFirst(ProgrammeView::createdAt).thenId();

        static ProgrammeView of(Programme p) {
            return new ProgrammeView(p.id(), Jurisdiction.of(p.jurisdictionCode()), p.name(), p.kind(), p.description(), p.pool(),
                    p.committed(), p.available(), p.fundings(), p.plans(), p.createdBy(), p.createdAt());
        }
    }
}
