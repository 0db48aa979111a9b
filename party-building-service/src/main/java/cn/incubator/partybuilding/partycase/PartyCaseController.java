package cn.incubator.partybuilding.partycase;

import cn.incubator.platform.audit.AuditChain;
import cn.incubator.platform.audit.AuditEntry;
import cn.incubator.platform.federation.ListOrder;
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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
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

/** Party-organization incubation cases (党组织孵化): stages, coverage, instructors, pairing, proposals. */
@RestController
@Validated
@RequestMapping("/api/party-building/v1/cases")
class PartyCaseController {

    private final PartyCaseService cases;
    private final NodeFederation federation;

    PartyCaseController(PartyCaseService cases, NodeFederation federation) {
        this.cases = cases;
        this.federation = federation;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @RequiresPermission("party:case:open")
    @Operation(summary = "Open a case by hand for an organization admitted before the platform took admissions")
    ResponseEntity<CaseResponse> open(CurrentUser user, @Valid @RequestBody OpenCaseRequest request) {
        CaseRecord opened = cases.openByHand(user, new PartyCaseService.Admission(request.organizationId(),
                request.organizationName(), request.jurisdiction(), null, null, null, request.admittedAt(), null));
        return ResponseEntity.created(URI.create("/api/party-building/v1/cases/" + opened.id()))
                .body(CaseResponse.of(opened));
    }

    @GetMapping
    @RequiresPermission("party:case:read")
    @Operation(summary = "Cases in your scope (an instructor sees only the organizations assigned to them)")
    Page<CaseResponse> search(CurrentUser user,
            @RequestParam(required = false) Stage stage,
            @RequestParam(required = false) @JurisdictionCode String jurisdiction,
            @RequestParam(required = false) UUID jointBranchId,
            @RequestParam(required = false) UUID organizationId, PageRequest page, HttpServletRequest request,
            HttpServletResponse response) {
        Jurisdiction within = jurisdiction == null ? null : Jurisdiction.of(jurisdiction);
        // A place holding street nodes: their party cases too (NodeFederation), newest admission first across them.
        return federation.list("party-building", within != null ? List.of(within) : user.jurisdictions(), page,
                rows -> cases.search(user, new CaseSearch(stage, within, jointBranchId, organizationId), rows)
                        .map(CaseResponse::of),
                CaseResponse.class, CaseResponse.ORDER, request, response);
    }

    @GetMapping("/{id}")
    @RequiresPermission("party:case:read")
    @Operation(summary = "One case; outside your scope it does not exist")
    CaseResponse get(CurrentUser user, @PathVariable UUID id) {
        return CaseResponse.of(cases.get(user, id));
    }

    @PostMapping("/{id}/transitions")
    @RequiresPermission("party:case:work")
    @Operation(summary = "Move the case to its next stage (or close it); illegal moves answer 409")
    CaseResponse transition(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody TransitionRequest request) {
        return CaseResponse.of(cases.transition(user, id, request.action()));
    }

    @PutMapping("/{id}/development-plan")
    @RequiresPermission("party:case:work")
    @Operation(summary = "Keep the member-development plan (发展党员计划) of an organization without members")
    CaseResponse developmentPlan(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody PlanRequest request) {
        return CaseResponse.of(cases.keepDevelopmentPlan(user, id, request.plan()));
    }

    @PutMapping("/{id}/instructor")
    @RequiresPermission("party:committee:decide")
    @Operation(summary = "Assign the party-building instructor (党建指导员), optionally also incubation specialist (一岗双责)")
    CaseResponse instructor(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody InstructorRequest request) {
        return CaseResponse.of(cases.assignInstructor(user, id, request.username(),
                Boolean.TRUE.equals(request.incubationSpecialist())));
    }

    @PutMapping("/{id}/pairing")
    @RequiresPermission("party:committee:decide")
    @Operation(summary = "Pair the organization with one supervising-unit party organization (结对帮扶)")
    CaseResponse pairing(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody PairingRequest request) {
        return CaseResponse.of(cases.pair(user, id, request.supervisingUnit(), request.partyOrganization()));
    }

    @PutMapping("/{id}/joint-branch")
    @RequiresPermission("party:case:work")
    @Operation(summary = "Join or move to a joint branch (联合党支部); only with 1-2 members")
    CaseResponse jointBranch(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody JointBranchRequest request) {
        return CaseResponse.of(cases.joinJointBranch(user, id, request.jointBranchId()));
    }

    @PostMapping("/{id}/own-branch")
    @RequiresPermission("party:case:work")
    @Operation(summary = "Form the organization's own branch (单独组建党支部); only with 3 or more members")
    CaseResponse ownBranch(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody OwnBranchRequest request) {
        return CaseResponse.of(cases.formOwnBranch(user, id, request.name(), request.parentId()));
    }

    @GetMapping("/{id}/proposals")
    @RequiresPermission("party:case:read")
    @Operation(summary = "Moves the formation rules proposed, with their decisions")
    Page<FormationProposal> proposals(CurrentUser user, @PathVariable UUID id, PageRequest page) {
        return Page.slice(cases.proposals(user, id), page);
    }

    @PostMapping("/{id}/proposals/{proposalId}/decision")
    @RequiresPermission("party:case:work")
    @Operation(summary = "Accept (and make) or reject (with a reason) a proposed move")
    FormationProposal decide(CurrentUser user, @PathVariable UUID id, @PathVariable UUID proposalId,
            @Valid @RequestBody DecisionRequest request) {
        return cases.decide(user, id, proposalId, new PartyCaseService.Decision(request.accept(), request.reason(),
                request.jointBranchId(), request.branchName(), request.parentId()));
    }

    @GetMapping("/{id}/timeline")
    @RequiresPermission("party:case:read")
    @Operation(summary = "The case's full-process trace (全过程留痕)")
    Page<AuditEntry> timeline(CurrentUser user, @PathVariable UUID id, PageRequest page) {
        return cases.timeline(user, id, page);
    }

    @GetMapping("/{id}/timeline/verification")
    @RequiresPermission("party:case:read")
    @Operation(summary = "Whether the case's trace is intact (hash chain recomputed)")
    AuditChain.Verification verify(CurrentUser user, @PathVariable UUID id) {
        return cases.verifyTimeline(user, id);
    }

    record OpenCaseRequest(@NotNull UUID organizationId, @NotBlank @Size(max = 200) String organizationName,
            @NotBlank @JurisdictionCode String jurisdiction, @PastOrPresent Instant admittedAt) {
    }

    record TransitionRequest(@NotNull StageAction action) {
    }

    record PlanRequest(@NotBlank @Size(max = 4000) String plan) {
    }

    record InstructorRequest(
            @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+") String username,
            Boolean incubationSpecialist) {
    }

    record PairingRequest(@NotBlank @Size(max = 200) String supervisingUnit,
            @NotBlank @Size(max = 200) String partyOrganization) {
    }

    record JointBranchRequest(@NotNull UUID jointBranchId) {
    }

    record OwnBranchRequest(@NotBlank @Size(max = 200) String name, UUID parentId) {
    }

    record DecisionRequest(boolean accept, @Size(max = 2000) String reason, UUID jointBranchId,
            @Size(max = 200) String branchName, UUID parentId) {
    }

    record InstructorResponse(String username, boolean incubationSpecialist, Instant assignedAt) {
    }

    record PairingResponse(String supervisingUnit, String partyOrganization, Instant pairedAt) {
    }

    record CaseResponse(UUID id, UUID organizationId, String organizationName, Jurisdiction jurisdiction,
            UUID incubationCaseId, UUID baseId, String track, Instant admittedAt, Instant openedAt, Stage stage,
            int memberCount, Formation requiredFormation, Formation currentFormation, List<Shortfall> shortfalls,
            String developmentPlan, UUID jointBranchId, UUID ownBranchId, InstructorResponse instructor,
            PairingResponse pairing, Instant discoveryCompletedAt, Long daysToDiscovery,
            Instant ownBranchRequiredSince, Instant overdueReportedAt) {

        /** The list's order ({@code admitted_at DESC, id}), for merging the rows of several nodes. */
        static final ListOrder<CaseResponse> ORDER = ListOrder.identifiedBy(CaseResponse::id)
                .newestFirst(CaseResponse::admittedAt).thenId();

        static CaseResponse of(CaseRecord c) {
            Jurisdiction jurisdiction = Jurisdiction.of(c.jurisdictionCode());
            Coverage coverage = c.coverage();
            return new CaseResponse(c.id(), c.organizationId(), c.organizationName(),
                    jurisdiction, c.incubationCaseId(),
                    c.baseId(), c.track(), c.admittedAt(), c.openedAt(), c.stage(), c.memberCount(),
                    coverage.required(), coverage.current(), coverage.shortfalls(), c.developmentPlan(),
                    c.jointBranchId(), c.ownBranchId(),
                    c.instructor() == null ? null : new InstructorResponse(c.instructor().username(),
                            c.instructor().incubationSpecialist(), c.instructor().assignedAt()),
                    c.pairedUnit() == null ? null
                            : new PairingResponse(c.pairedUnit(), c.pairedPartyOrganization(), c.pairedAt()),
                    c.discoveryCompletedAt(),
                    c.discoveryCompletedAt() == null ? null
                            : Duration.between(c.admittedAt(), c.discoveryCompletedAt()).toDays(),
                    c.ownBranchRequiredSince(), c.overdueReportedAt());
        }
    }
}
