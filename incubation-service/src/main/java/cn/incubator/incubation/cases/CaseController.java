package cn.incubator.incubation.cases;

import cn.incubator.incubation.remote.StarRatings;
import cn.incubator.incubation.remote.TrainingRecords;
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
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
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

/** Incubation cases (孵化案例): applications, stage changes, workstations, the overdue list and the timeline. */
@RestController
@Validated
@RequestMapping("/api/incubation/v1/cases")
class CaseController {

    private final CaseService cases;
    private final StarRatings starRatings;
    private final TrainingRecords trainingRecords;
    private final NodeFederation federation;

    CaseController(CaseService cases, StarRatings starRatings, TrainingRecords trainingRecords,
            NodeFederation federation) {
        this.cases = cases;
        this.starRatings = starRatings;
        this.trainingRecords = trainingRecords;
        this.federation = federation;
    }

    @RequiresPermission("incubation:case:apply")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(summary = "Apply (项目申请): an organization of the registry, or a team in preparation")
    ResponseEntity<CaseResponse> apply(CurrentUser user, @Valid @RequestBody ApplicationRequest request) {
        IncubationCase created = cases.apply(user, new CaseService.NewApplication(request.track(), request.baseId(),
                request.organizationId(), request.team() == null ? null : new CaseService.NewTeam(
                        request.team().name(), request.team().legalForm(), request.team().jurisdiction(),
                        request.team().category()), request.note()));
        return ResponseEntity.created(URI.create("/api/incubation/v1/cases/" + created.id()))
                .body(response(user, created, null, null));
    }

    @RequiresPermission("incubation:case:read")
    @GetMapping("/{id}")
    @Operation(summary = "One case with its clocks, allowed actions, workstation, the organization's latest star "
            + "rating (星级评定) from party-building and its training record (培训记录: courses completed, person-times, "
            + "certificates) from training, each UNAVAILABLE when that service does not answer in time; outside your "
            + "scope the case does not exist")
    CaseResponse get(CurrentUser user, @PathVariable UUID id) {
        IncubationCase c = cases.get(user, id);
        // Asked outside the case's read transaction: a slow party-building or training must not hold a database
        // connection.
        return response(user, c, cases.workstationOf(user, id).orElse(null), null)
                .withProfile(starRatings.latestOf(c.organizationId()), trainingRecords.of(c.organizationId()));
    }

    @RequiresPermission("incubation:case:read")
    @GetMapping
    @Operation(summary = "Cases in your scope (experts: the cases they evaluate), newest first")
    Page<CaseResponse> search(CurrentUser user, @RequestParam(required = false) Stage stage,
            @RequestParam(required = false) Track track, @RequestParam(required = false) UUID baseId,
            PageRequest page, HttpServletRequest request, HttpServletResponse response) {
        // A place holding street nodes: their cases too (NodeFederation), newest first across them.
        return federation.list("incubation", user.jurisdictions(), page,
                rows -> cases.search(user, new CaseSearch(stage, track, baseId, null), rows)
                        .map(c -> response(user, c, null, null)),
                CaseResponse.class, CaseResponse.ORDER, request, response);
    }

    @RequiresPermission("incubation:case:read")
    @GetMapping("/overdue")
    @Operation(summary = "Cases whose growth evaluation, follow-up end or service evaluation is overdue")
    Page<CaseResponse> overdue(CurrentUser user, PageRequest page, HttpServletRequest request,
            HttpServletResponse response) {
        // A place holding street nodes: their overdue cases too (NodeFederation), newest first across them; each node
        // reads the clocks by its own now.
        Instant now = cases.now();
        return federation.list("incubation", user.jurisdictions(), page,
                rows -> cases.overdue(user, rows).map(c -> response(user, c, null, now)), CaseResponse.class,
                CaseResponse.ORDER, request, response);
    }

    @RequiresPermission("incubation:case:apply")
    @PostMapping("/{id}/transitions")
    @Operation(summary = "Move the case: START_INSPECTION, REQUEST_ADMISSION_EVALUATION, START_GROWTH_EVALUATION, "
            + "START_FOLLOW_UP, CLOSE, ADMIT_RESIDENT, RECORD_SERVICE_EVALUATION, EXIT, REJECT, WITHDRAW, TERMINATE; "
            + "admission and graduation are decided by evaluation panels; a step its clock still holds (CLOSE before "
            + "the follow-up year is over) only as a decision recorded with its earlyReason")
    CaseResponse transition(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody TransitionRequest request) {
        IncubationCase moved = cases.perform(user, id, request.action(), request.note(), request.earlyReason());
        return response(user, moved, cases.workstationOf(user, id).orElse(null), null);
    }

    /** The case as this caller sees it: what they may do now, and what only as an early decision. */
    private CaseResponse response(CurrentUser user, IncubationCase c, Allocation workstation, Instant overdueAt) {
        Instant now = cases.now();
        return CaseResponse.of(c, workstation, overdueAt, cases.actionsFor(user, c, now, false),
                cases.actionsFor(user, c, now, true));
    }

    @RequiresPermission("incubation:case:transition")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{id}/workstation")
    @Operation(summary = "Allocate a workstation of the case's base to the admitted organization (the first free one "
            + "of its zone when none is named)")
    ResponseEntity<Allocation> allocate(CurrentUser user, @PathVariable UUID id,
            @RequestBody(required = false) AllocationRequest request) {
        Allocation allocation = cases.allocate(user, id,
                request == null ? null : request.workstationId());
        return ResponseEntity.created(URI.create("/api/incubation/v1/cases/" + id)).body(allocation);
    }

    @RequiresPermission("incubation:case:transition")
    @PostMapping("/{id}/workstation/release")
    @Operation(summary = "Release the case's workstation")
    ResponseEntity<Void> release(CurrentUser user, @PathVariable UUID id) {
        cases.releaseWorkstation(user, id);
        return ResponseEntity.noContent().build();
    }

    @RequiresPermission("incubation:case:read")
    @GetMapping("/{id}/timeline")
    @Operation(summary = "The case's full-process trace (全过程留痕): every stage, evaluation, service and allocation")
    Page<AuditEntry> timeline(CurrentUser user, @PathVariable UUID id, PageRequest page) {
        return cases.timeline(user, id, page);
    }

    @RequiresPermission("incubation:case:read")
    @GetMapping("/{id}/timeline/verification")
    @Operation(summary = "Whether the case's timeline is intact: its hash chain recomputed from the stored entries")
    AuditChain.Verification verification(CurrentUser user, @PathVariable UUID id) {
        return cases.verifyTimeline(user, id);
    }

    record TeamRequest(@NotBlank @Size(max = 100) String name,
            @NotNull @Pattern(regexp = "SOCIAL_GROUP|SOCIAL_SERVICE_ORGANIZATION|COMMUNITY_ORGANIZATION") String legalForm,
            @NotBlank @JurisdictionCode String jurisdiction,
            @NotNull @Pattern(regexp = "[A-Z_]{3,40}") String category) {
    }

    record ApplicationRequest(@NotNull Track track, @NotNull UUID baseId, UUID organizationId,
            @Valid TeamRequest team, @Size(max = 2000) String note) {

        @AssertTrue
        boolean isOrganizationOrTeam() {
            return (organizationId == null) != (team == null);
        }
    }

    /** {@code earlyReason}: the reason of the decision to take a step before its clock allows it. */
    record TransitionRequest(@NotNull CaseAction action, @Size(max = 2000) String note,
            @Size(max = 2000) String earlyReason) {
    }

    record AllocationRequest(UUID workstationId) {
    }

    record Clocks(Instant inShellEndsAt, Instant growthEvaluationDueAt, Instant followUpEndsAt,
            Instant serviceEvaluationDueAt) {
    }

    record CaseResponse(UUID id, Track track, Stage stage, UUID organizationId, String organizationName,
            Jurisdiction jurisdiction, UUID baseId, Instant appliedAt, Instant admittedAt,
            Instant graduatedAt, Instant endedAt, Clocks clocks, Set<CaseAction> allowedActions,
            Set<CaseAction> earlyActions, Allocation workstation, List<IncubationCase.OverdueClock> overdue,
            StarRatings.OrganizationRating starRating, TrainingRecords.OrganizationTraining trainingRecord) {

        /** The list's order ({@code applied_at DESC, id}), for merging the rows of several nodes. */
        static final ListOrder<CaseResponse> ORDER = ListOrder.identifiedBy(CaseResponse::id)
                .newestFirst(CaseResponse::appliedAt).thenId();

        /**
         * @param allowedActions what the caller may do now through the transitions API (clocks, permission, scope;
         *                       never a panel decision)
         * @param earlyActions   what a clock still holds that the caller may do with a recorded {@code earlyReason}
         */
        static CaseResponse of(IncubationCase c, Allocation workstation, Instant overdueAt,
                Set<CaseAction> allowedActions, Set<CaseAction> earlyActions) {
            return new CaseResponse(c.id(), c.track(), c.stage(), c.organizationId(), c.organizationName(),
                    c.jurisdiction(), c.baseId(), c.appliedAt(), c.admittedAt(), c.graduatedAt(), c.endedAt(),
                    new Clocks(c.inShellEndsAt(), c.growthEvaluationDueAt().orElse(null), c.followUpEndsAt(),
                            c.serviceEvaluationDueAt()),
                    allowedActions, earlyActions, workstation,
                    overdueAt == null ? List.of() : c.overdueClocks(overdueAt), null, null);
        }

        /**
         * Only the detail carries the rating and the training record: a list would otherwise ask party-building and
         * training once per row.
         */
        CaseResponse withProfile(StarRatings.OrganizationRating rating,
                TrainingRecords.OrganizationTraining training) {
            return new CaseResponse(id, track, stage, organizationId, organizationName, jurisdiction,
                    baseId, appliedAt, admittedAt, graduatedAt, endedAt, clocks, allowedActions,
                    earlyActions, workstation, overdue, rating, training);
        }
    }
}
