package cn.incubator.grants.award;

import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.permission.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * 项目跟踪: visits, activities and the final evaluation of awards; micro-venture activity totals.
 *
 * <p>Lists under one record ({@code /{id}/...}) are that record's and stay local: the node holding the record answers
 * them (its id routes there).
 */
@RestController
@RequestMapping("/api/grants/v1")
class TrackingController {

    private final TrackingService tracking;

    TrackingController(TrackingService tracking) {
        this.tracking = tracking;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/awards/{id}/visits")
    @RequiresPermission("grants:tracking:write")
    @Operation(summary = "Log a coaching (辅导) or supervision (督导) visit while the project runs")
    ResponseEntity<Tracking.Visit> logVisit(CurrentUser user, @PathVariable UUID id,
            @Valid @RequestBody VisitRequest request) {
        Tracking.Visit visit = tracking.logVisit(user, id, request.kind(), request.visitedOn(),
                request.visitor().strip(), request.findings().strip());
        return ResponseEntity.created(URI.create("/api/grants/v1/awards/" + id + "/visits")).body(visit);
    }

    @GetMapping("/awards/{id}/visits")
    @RequiresPermission("grants:award:read")
    @Operation(summary = "The award's coaching and supervision visits")
    Page<Tracking.Visit> visits(CurrentUser user, @PathVariable UUID id, PageRequest page) {
        return Page.slice(tracking.visits(user, id), page);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/awards/{id}/evaluation")
    @RequiresPermission("grants:evaluation:write")
    @Operation(summary = "终期评估 (a third-party evaluator allowed), once, after the final report is approved")
    ResponseEntity<Tracking.Evaluation> evaluate(CurrentUser user, @PathVariable UUID id,
            @Valid @RequestBody EvaluationRequest request) {
        Tracking.Evaluation evaluation = tracking.evaluate(user, id, request.evaluatorName().strip(),
                request.thirdParty(), request.score(), request.conclusion().strip(), request.evaluatedOn());
        return ResponseEntity.created(URI.create("/api/grants/v1/awards/" + id + "/evaluation")).body(evaluation);
    }

    @GetMapping("/awards/{id}/evaluation")
    @RequiresPermission("grants:award:read")
    @Operation(summary = "The award's final evaluation (404 until it is recorded)")
    Tracking.Evaluation evaluation(CurrentUser user, @PathVariable UUID id) {
        return tracking.evaluation(user, id)
                .orElseThrow(() -> new cn.incubator.platform.problem.NotFoundException("evaluation", id));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/awards/{id}/activities")
    @RequiresPermission("grants:activity:write")
    @Operation(summary = "Log an activity of a running project (micro-venture activity reporting)")
    ResponseEntity<Tracking.Activity> logActivity(CurrentUser user, @PathVariable UUID id,
            @Valid @RequestBody ActivityRequest request) {
        Tracking.Activity activity = tracking.logActivity(user, id, request.heldOn(), request.title().strip(),
                request.personTimes(), request.volunteerPersonTimes());
        return ResponseEntity.created(URI.create("/api/grants/v1/awards/" + id + "/activities")).body(activity);
    }

    @GetMapping("/awards/{id}/activities")
    @RequiresPermission("grants:award:read")
    @Operation(summary = "The award's activities")
    Page<Tracking.Activity> activities(CurrentUser user, @PathVariable UUID id, PageRequest page) {
        return Page.slice(tracking.activities(user, id), page);
    }

    @GetMapping("/programmes/{programmeId}/activity-totals")
    @RequiresPermission("grants:award:read")
    @Operation(summary = "Projects, activities, person-times and volunteer person-times of a programme, over the "
            + "awards in your scope")
    Tracking.ActivityTotals totals(CurrentUser user, @PathVariable UUID programmeId) {
        return tracking.activityTotals(user, programmeId);
    }

    record VisitRequest(
            @NotNull Tracking.VisitKind kind,
            @NotNull @PastOrPresent LocalDate visitedOn,
            @NotBlank @Size(max = 100) String visitor,
            @NotBlank @Size(max = 5000) String findings) {
    }

    record EvaluationRequest(
            @NotBlank @Size(max = 200) String evaluatorName,
            boolean thirdParty,
            @NotNull @Min(0) @Max(100) Integer score,
            @NotBlank @Size(max = 5000) String conclusion,
            @NotNull @PastOrPresent LocalDate evaluatedOn) {
    }

    record ActivityRequest(
            @NotNull @PastOrPresent LocalDate heldOn,
            @NotBlank @Size(max = 200) String title,
            @NotNull @Min(0) @Max(100000) Integer personTimes,
            @NotNull @Min(0) @Max(100000) Integer volunteerPersonTimes) {
    }
}
