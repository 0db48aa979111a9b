package cn.incubator.grants.round;

import cn.incubator.platform.audit.AuditEntry;
import cn.incubator.platform.export.Downloads;
import cn.incubator.platform.export.ExcelTables;
import cn.incubator.platform.federation.ListOrder;
import cn.incubator.platform.federation.NodeFederation;
import cn.incubator.platform.federation.NodeLocal;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.permission.RequiresPermission;
import cn.incubator.platform.text.Display;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Proposals (申报项目): drafted, edited and submitted by organizations (or officers on their behalf).
 *
 * <p>Lists under one record ({@code /{id}/...}) are that record's and stay local: the node holding the record answers
 * them (its id routes there).
 */
@RestController
@Validated
@RequestMapping("/api/grants/v1")
class ProposalController {

    private final ProposalService proposals;
    private final NodeFederation federation;

    ProposalController(ProposalService proposals, NodeFederation federation) {
        this.proposals = proposals;
        this.federation = federation;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/rounds/{roundId}/proposals")
    @RequiresPermission("grants:proposal:write")
    @Operation(summary = "Draft a proposal while the call is open; an org-admin for their own organization")
    ResponseEntity<ProposalView> create(CurrentUser user, @PathVariable UUID roundId,
            @Valid @RequestBody ProposalRequest request) {
        Proposal created = proposals.create(user, roundId, request.organizationId(), request.toContent());
        return ResponseEntity.created(URI.create("/api/grants/v1/proposals/" + created.id()))
                .body(ProposalView.of(created));
    }

    @GetMapping("/rounds/{roundId}/proposals")
    @RequiresPermission("grants:proposal:read")
    @Operation(summary = "Proposals of a round you may see (an expert: only those assigned to them)")
    Page<ProposalView> search(CurrentUser user, @PathVariable UUID roundId,
            @RequestParam(required = false) ProposalStatus status, PageRequest page) {
        // One round's: its proposals are where the round is (they move with it), so the node holding it answers.
        return proposals.search(user, roundId, status, page).map(ProposalView::of);
    }

    @GetMapping("/proposals")
    @RequiresPermission("grants:proposal:read")
    @Operation(summary = "Proposals you may see across rounds: an org-admin its organization's, an expert those assigned")
    Page<ProposalView> searchAll(CurrentUser user, @RequestParam(required = false) ProposalStatus status,
            PageRequest page, HttpServletRequest request, HttpServletResponse response) {
        // A place holding street nodes: the proposals to their rounds too (NodeFederation), in this list's order.
        return federation.list("grants", user.jurisdictions(), page,
                rows -> proposals.searchAll(user, status, rows).map(ProposalView::of), ProposalView.class,
                ProposalView.ORDER, request, response);
    }

    @GetMapping("/reviews/assignments")
    @RequiresPermission("grants:review:assignments")
    @Operation(summary = "An expert's assignments: proposals to score in rounds under expert review, conflicts left out")
    @NodeLocal("one expert's own work, not a place's: an expert's claim names no place whose nodes to ask")
    Page<ProposalView> assignments(CurrentUser user, PageRequest page) {
        return proposals.assignments(user, page).map(ProposalView::of);
    }

    @GetMapping("/reviews/assignments/export")
    @RequiresPermission("grants:review:assignments")
    @Operation(summary = "An expert's assignments as .xlsx (the list the expert sees, all of it)")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "评审任务 · The assignments (.xlsx)",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = Downloads.XLSX,
                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> assignmentsWorkbook(CurrentUser user) {
        List<List<?>> rows = Page.collect(page -> proposals.assignments(user, page), 20_000).stream()
                .<List<?>>map(p -> Arrays.asList(p.title(),
                p.organizationName(), Jurisdiction.of(p.jurisdictionCode()).name(), p.requested(),
                p.submittedAt() == null ? null : LocalDateTime.ofInstant(p.submittedAt(), Display.ZONE),
                p.id().toString(), p.roundId().toString())).toList();
        return Downloads.of("评审任务.xlsx", Downloads.XLSX, ExcelTables.of(List.of(new ExcelTables.Table("评审任务",
                List.of("申报项目", "申报组织", "所在区划", "申请金额（元）", "提交时间", "申报编号", "批次编号"), rows))));
    }

    @GetMapping("/proposals/{id}")
    @RequiresPermission("grants:proposal:read")
    @Operation(summary = "One proposal; outside your scope it does not exist")
    ProposalView get(CurrentUser user, @PathVariable UUID id) {
        return ProposalView.of(proposals.get(user, id));
    }

    @PutMapping("/proposals/{id}")
    @RequiresPermission("grants:proposal:write")
    @Operation(summary = "Replace a draft's content (only drafts, only while the call accepts proposals)")
    ProposalView update(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody ProposalRequest request) {
        return ProposalView.of(proposals.update(user, id, request.organizationId(), request.toContent()));
    }

    @PostMapping("/proposals/{id}/submission")
    @RequiresPermission("grants:proposal:write")
    @Operation(summary = "Submit a draft before the deadline; the registry is asked about the applicant (503 when it does not answer)")
    ProposalView submit(CurrentUser user, @PathVariable UUID id) {
        return ProposalView.of(proposals.submit(user, id));
    }

    @GetMapping("/proposals/{id}/timeline")
    @RequiresPermission("grants:proposal:write")
    @Operation(summary = "The proposal's audit timeline")
    Page<AuditEntry> timeline(CurrentUser user, @PathVariable UUID id, PageRequest page) {
        return proposals.timeline(user, id, page);
    }

    record BudgetLineRequest(@NotNull BudgetCategory category, @NotBlank @Size(max = 200) String description,
            @NotNull @DecimalMin("0.01") @Digits(integer = 10, fraction = 2) BigDecimal amount) {
    }

    record OutcomesRequest(@Min(0) Integer activities, @Min(0) Integer personTimes, @Min(0) Integer volunteers) {
    }

    /** {@code organizationId}: whose proposal (an org-admin's own by default); it cannot change on a draft. */
    record ProposalRequest(UUID organizationId, @NotBlank @Size(max = 200) String title, @Size(max = 4000) String summary,
            @Size(max = 100) String priorityArea, @Size(max = 40) String planCode,
            @NotEmpty @Size(max = 50) @Valid List<@NotNull BudgetLineRequest> budget,
            @Valid OutcomesRequest expectedOutcomes) {
        ProposalService.Content toContent() {
            return new ProposalService.Content(title, summary, priorityArea, planCode,
                    budget.stream().map(l -> new Proposal.BudgetLine(l.category(), l.description().strip(),
                            l.amount())).toList(),
                    expectedOutcomes == null ? new Proposal.Outcomes(null, null, null)
                            : new Proposal.Outcomes(expectedOutcomes.activities(), expectedOutcomes.personTimes(),
                                    expectedOutcomes.volunteers()));
        }
    }

    record ProposalView(UUID id, UUID roundId, UUID organizationId, String organizationName, Jurisdiction jurisdiction,
            String title, String summary, String priorityArea, String planCode, BigDecimal requestedAmount,
            List<Proposal.BudgetLine> budget, Proposal.Outcomes expectedOutcomes, ProposalStatus status,
            Instant submittedAt, EligibilityRules.Applicant registryAnswer, List<String> screeningReasons,
            String screeningComment, String screenedBy, Instant screenedAt, Instant createdAt) {

        /**
         * The list's order ({@code p.submitted_at NULLS LAST, p.created_at, p.id}), for merging the rows of several
         * nodes (drafts, not yet submitted, last, as PostgreSQL puts nulls last in an ascending order).
         */
        static final ListOrder<ProposalView> ORDER = ListOrder.identifiedBy(ProposalView::id)
                .oldestFirst(ProposalView::submittedAt).oldestFirst(ProposalView::createdAt).thenId();

        static ProposalView of(Proposal p) {
            return new ProposalView(p.id(), p.roundId(), p.organizationId(), p.organizationName(),
                    Jurisdiction.of(p.jurisdictionCode()), p.title(), p.summary(), p.priorityArea(), p.planCode(), p.requested(),
                    p.budget(), p.expectedOutcomes(), p.status(), p.submittedAt(), p.applicant(),
                    p.screeningReasons(), p.screeningComment(), p.screenedBy(), p.screenedAt(), p.createdAt());
        }
    }
}
