package cn.incubator.training.survey;

import cn.incubator.platform.audit.AuditEntry;
import cn.incubator.platform.federation.NodeFederation;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.permission.RequiresPermission;
import cn.incubator.platform.validation.JurisdictionCode;
import cn.incubator.training.course.Audience;
import cn.incubator.training.course.CourseArea;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
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
 * 需求调查: surveys of a jurisdiction's organizations, their answers, results and the course plan drafted from them.
 *
 * <p>Lists under one record ({@code /{id}/...}) are that record's and stay local: the node holding the record answers
 * them (its id routes there).
 */
@RestController
@Validated
@RequestMapping("/api/training/v1/surveys")
class SurveyController {

    private final SurveyService surveys;
    private final NodeFederation federation;

    SurveyController(SurveyService surveys, NodeFederation federation) {
        this.surveys = surveys;
        this.federation = federation;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @RequiresPermission("training:survey:write")
    @Operation(summary = "Draft a survey of a district's or street's organizations with a questionnaire")
    ResponseEntity<Survey> create(CurrentUser user, @Valid @RequestBody SurveyRequest request) {
        Survey survey = surveys.create(user, request.questionnaireId(), Jurisdiction.of(request.jurisdiction()),
                request.title().strip(), request.opensAt(), request.closesAt());
        return ResponseEntity.created(URI.create("/api/training/v1/surveys/" + survey.id())).body(survey);
    }

    @GetMapping
    @RequiresPermission("training:survey:read")
    @Operation(summary = "Surveys sent where you work or above it, newest first")
    Page<Survey> list(CurrentUser user, @RequestParam(required = false) SurveyStatus status, PageRequest page,
            HttpServletRequest request, HttpServletResponse response) {
        // A place holding street nodes: their surveys too (NodeFederation), in this list's order across them.
        return federation.list("training", user.jurisdictions(), page,
                rows -> Page.slice(surveys.list(user, status), rows), Survey.class, Survey.ORDER, request, response);
    }

    @GetMapping("/{id}")
    @RequiresPermission("training:survey:read")
    @Operation(summary = "One survey, with how many of the responses you may see it has")
    Survey get(CurrentUser user, @PathVariable UUID id) {
        return surveys.get(user, id);
    }

    @GetMapping("/{id}/timeline")
    @RequiresPermission("training:survey:read")
    @Operation(summary = "The survey's history")
    Page<AuditEntry> timeline(CurrentUser user, @PathVariable UUID id, PageRequest page) {
        return surveys.timeline(user, id, page);
    }

    @PostMapping("/{id}/publication")
    @RequiresPermission("training:survey:write")
    @Operation(summary = "Open the survey for answers")
    Survey open(CurrentUser user, @PathVariable UUID id) {
        return surveys.open(user, id);
    }

    @PostMapping("/{id}/closure")
    @RequiresPermission("training:survey:write")
    @Operation(summary = "Close the survey")
    Survey close(CurrentUser user, @PathVariable UUID id) {
        return surveys.close(user, id);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{id}/responses")
    @RequiresPermission("training:survey:answer")
    @Operation(summary = "Answer the survey for your organization, once; every answer is checked against its question")
    ResponseEntity<SurveyResponse> answer(CurrentUser user, @PathVariable UUID id,
            @Valid @RequestBody ResponseRequest request) {
        SurveyResponse response = surveys.answer(user, id, request.answers().stream()
                .map(a -> new Answer(a.question(), a.options(), a.scale(), a.text())).toList());
        return ResponseEntity.created(URI.create("/api/training/v1/surveys/" + id + "/responses")).body(response);
    }

    @GetMapping("/{id}/responses")
    @RequiresPermission("training:survey:read")
    @Operation(summary = "The responses you may see: your organization's, or those of the organizations where you work")
    Page<SurveyResponse> responses(CurrentUser user, @PathVariable UUID id, PageRequest page) {
        return Page.slice(surveys.responses(user, id), page);
    }

    @GetMapping("/{id}/results")
    @RequiresPermission("training:survey:results")
    @Operation(summary = "Results by question, topic and course area, with response rates by street against the "
            + "registry's organizations")
    SurveyService.Results results(CurrentUser user, @PathVariable UUID id) {
        return surveys.results(user, id);
    }

    @GetMapping("/{id}/course-plan")
    @RequiresPermission("training:survey:results")
    @Operation(summary = "A course plan drafted from the top needs: course areas ranked by demand")
    Page<CoursePlan.Item> plan(CurrentUser user, @PathVariable UUID id,
            @RequestParam(defaultValue = "5") @Min(1) @Max(10) int top, PageRequest page) {
        return Page.slice(surveys.proposePlan(user, id, top), page);
    }

    @PostMapping("/{id}/course-plan")
    @RequiresPermission("training:course:write")
    @Operation(summary = "Accept the plan of a closed survey for a place: the chosen areas become courses of its "
            + "catalogue")
    Page<CoursePlan.Item> accept(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody PlanRequest request,
            PageRequest page) {
        return Page.slice(surveys.acceptPlan(user, id, Jurisdiction.of(request.jurisdiction()),
                request.courses().stream().map(c -> new SurveyService.AcceptedCourse(c.area(), c.title().strip(),
                        c.hours(), c.audience().stream().distinct().toList(),
                        c.completionPercent() == null ? 80 : c.completionPercent())).toList()), page);
    }

    record SurveyRequest(
            @NotNull UUID questionnaireId,
            @NotBlank @JurisdictionCode String jurisdiction,
            @NotBlank @Size(max = 200) String title,
            @NotNull Instant opensAt,
            @NotNull Instant closesAt) {
    }

    record ResponseRequest(@NotNull @Size(max = 100) List<@NotNull @Valid AnswerRequest> answers) {
    }

    /** The chosen option keys (a choice), the value (a scale) or the text. */
    record AnswerRequest(
            @NotBlank @Size(max = 40) String question,
            @Size(max = 30) List<@NotBlank @Size(max = 40) String> options,
            @Min(-1000) @Max(1000) Integer scale,
            @Size(max = 2000) String text) {
    }

    record PlanRequest(
            @NotBlank @JurisdictionCode String jurisdiction,
            @NotEmpty @Size(max = 10) List<@NotNull @Valid PlannedCourse> courses) {
    }

    record PlannedCourse(
            @NotNull CourseArea area,
            @NotBlank @Size(max = 200) String title,
            @NotNull @DecimalMin("0.5") @DecimalMax("999.5") @Digits(integer = 3, fraction = 1) BigDecimal hours,
            @NotEmpty @Size(max = 6) List<@NotNull Audience> audience,
            @Min(1) @Max(100) Integer completionPercent) {
    }
}
