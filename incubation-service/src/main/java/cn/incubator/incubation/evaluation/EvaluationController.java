package cn.incubator.incubation.evaluation;

import cn.incubator.incubation.remote.StarRatings;
import cn.incubator.incubation.remote.TrainingRecords;
import cn.incubator.platform.federation.NodeFederation;
import cn.incubator.platform.federation.NodeLocal;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.permission.RequiresPermission;
import cn.incubator.platform.validation.CriterionCode;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Rubrics (评估细则) and expert-panel evaluations (入壳评估, 成长评估, hub evaluations). */
@RestController
@RequestMapping("/api/incubation/v1")
class EvaluationController {

    private final EvaluationService evaluations;
    private final StarRatings starRatings;
    private final TrainingRecords trainingRecords;
    private final NodeFederation federation;

    EvaluationController(EvaluationService evaluations, StarRatings starRatings, TrainingRecords trainingRecords,
            NodeFederation federation) {
        this.federation = federation;
        this.evaluations = evaluations;
        this.starRatings = starRatings;
        this.trainingRecords = trainingRecords;
    }

    @RequiresPermission("incubation:rubric:read")
    @GetMapping("/rubrics")
    @Operation(summary = "The current version of every rubric")
    @NodeLocal("reference data without a place, kept by the central node (a node holds copies of the ones its"
            + " evaluations use)")
    Page<Rubric> rubrics(PageRequest page) {
        return Page.slice(evaluations.rubrics(), page);
    }

    @RequiresPermission("incubation:rubric:read")
    @GetMapping("/rubrics/{code}")
    @Operation(summary = "The current version of one rubric, e.g. hub-organization")
    Rubric rubric(@PathVariable String code) {
        return evaluations.rubric(code);
    }

    @RequiresPermission("incubation:rubric:write")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/rubrics")
    @Operation(summary = "Publish a new version of a rubric; weights add up to 100")
    ResponseEntity<Rubric> publish(CurrentUser user, @Valid @RequestBody RubricRequest request) {
        Rubric rubric = evaluations.publishRubric(user, request.code(), request.kind(), request.name(),
                request.passThreshold(), request.minExperts(), request.criteria().stream()
                        .map(c -> new Criterion(c.code(), c.name(), c.weight(), c.maxScore())).toList());
        return ResponseEntity.created(URI.create("/api/incubation/v1/rubrics/" + rubric.code())).body(rubric);
    }

    @RequiresPermission("incubation:evaluation:manage")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/cases/{caseId}/evaluations")
    @Operation(summary = "Open the admission or growth evaluation of a case in that stage")
    ResponseEntity<Evaluation> open(CurrentUser user, @PathVariable UUID caseId,
            @Valid @RequestBody OpenRequest request) {
        Evaluation evaluation = evaluations.openForCase(user, caseId, request.kind());
        return ResponseEntity.created(URI.create("/api/incubation/v1/evaluations/" + evaluation.id()))
                .body(evaluation);
    }

    @RequiresPermission("incubation:evaluation:read")
    @GetMapping("/evaluations")
    @Operation(summary = "Evaluations in your scope; for an expert, the ones assigned to them")
    Page<Evaluation> list(CurrentUser user, @RequestParam(required = false) UUID caseId,
            @RequestParam(required = false) UUID organizationId, PageRequest page, HttpServletRequest request,
            HttpServletResponse response) {
        // A place holding street nodes: their evaluations too (NodeFederation), newest first across them.
        return federation.list("incubation", user.jurisdictions(), page,
                rows -> evaluations.list(user, caseId, organizationId, rows), Evaluation.class, Evaluation.ORDER,
                request, response);
    }

    @RequiresPermission("incubation:evaluation:read")
    @GetMapping("/evaluations/{id}")
    @Operation(summary = "An evaluation with rubric, panel, the score sheets you may see, and the organization's "
            + "profile for the panel: its latest star rating (星级评定) from party-building and its training record "
            + "(培训记录: courses completed, person-times, certificates) from training, each UNAVAILABLE when that "
            + "service does not answer in time")
    EvaluationDetail get(CurrentUser user, @PathVariable UUID id) {
        EvaluationService.View view = evaluations.view(user, id);
        Evaluation evaluation = view.evaluation();
        return new EvaluationDetail(evaluation, view.rubric(), view.panel(), view.sheets(),
                new OrganizationProfile(evaluation.subjectOrganizationId(), evaluation.subjectName(),
                        starRatings.latestOf(evaluation.subjectOrganizationId()),
                        trainingRecords.of(evaluation.subjectOrganizationId())));
    }

    @RequiresPermission("incubation:evaluation:manage")
    @PostMapping("/evaluations/{id}/panel")
    @Operation(summary = "Appoint experts of the registry's talent pool (人才库) by person id")
    List<PanelMember> appoint(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody PanelRequest request) {
        return evaluations.appoint(user, id, request.talentIds());
    }

    @RequiresPermission("incubation:evaluation:score")
    @PostMapping("/evaluations/{id}/panel/{talentId}/conflict")
    @Operation(summary = "Declare a conflict of interest (利益冲突回避): the expert may no longer score")
    PanelMember conflict(CurrentUser user, @PathVariable UUID id, @PathVariable String talentId,
            @Valid @RequestBody ConflictRequest request) {
        return evaluations.declareConflict(user, id, talentId, request.note());
    }

    @RequiresPermission("incubation:evaluation:score")
    @PutMapping("/evaluations/{id}/sheets/{talentId}")
    @Operation(summary = "An expert's scores per criterion (by the expert, or entered by staff from paper)")
    ScoreSheet score(CurrentUser user, @PathVariable UUID id, @PathVariable String talentId,
            @Valid @RequestBody SheetRequest request) {
        return evaluations.score(user, id, talentId, request.scores());
    }

    @RequiresPermission("incubation:evaluation:manage")
    @PostMapping("/evaluations/{id}/decision")
    @Operation(summary = "Decide by the scoring rule; admission → in shell or rejected, growth → graduated (the "
            + "organization registered or filed in the registry; before the in-shell period is over only with the "
            + "panel's earlyGraduationReason) or back in shell")
    PanelScoring.Result decide(CurrentUser user, @PathVariable UUID id,
            @Valid @RequestBody(required = false) DecisionRequest request) {
        return evaluations.decide(user, id, request == null ? null : request.earlyGraduationReason());
    }

    /** The panel's reason to graduate before the in-shell period is over (提前出壳), when it so decided. */
    record DecisionRequest(@Size(max = 2000) String earlyGraduationReason) {
    }

    /** An evaluation as the panel sees it, with the evaluated organization's profile. */
    record EvaluationDetail(Evaluation evaluation, Rubric rubric, List<PanelMember> panel, List<ScoreSheet> sheets,
            OrganizationProfile organization) {
    }

    /**
     * What the panel sees of the organization besides the case: its party-building star rating and its training
     * record (a growth evaluation weighs the capacity built).
     */
    record OrganizationProfile(UUID id, String name, StarRatings.OrganizationRating starRating,
            TrainingRecords.OrganizationTraining trainingRecord) {
    }

    record OpenRequest(@NotNull EvaluationKind kind) {
    }

    record PanelRequest(@NotEmpty @Size(max = EvaluationService.MAX_PANEL) List<@NotBlank @Size(max = 64) String> talentIds) {
    }

    record ConflictRequest(@Size(max = 500) String note) {
    }

    record SheetRequest(@NotEmpty Map<@NotBlank String, @NotNull @DecimalMin("0") BigDecimal> scores) {
    }

    record CriterionRequest(@NotBlank @CriterionCode String code,
            @NotBlank @Size(max = 200) String name, @NotNull @DecimalMin("0.01") @DecimalMax("100") BigDecimal weight,
            @NotNull @DecimalMin("0.01") @DecimalMax("1000") BigDecimal maxScore) {
    }

    record RubricRequest(@NotBlank @Pattern(regexp = "[a-z0-9-]{1,60}") String code, @NotNull EvaluationKind kind,
            @NotBlank @Size(max = 200) String name,
            @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal passThreshold,
            @Min(1) @Max(15) int minExperts, @NotEmpty @Size(max = 30) List<@Valid CriterionRequest> criteria) {
    }
}
