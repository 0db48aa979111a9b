package cn.incubator.registry.inspection;

import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.permission.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
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

/** 年检: submit, review, conclude, rectify; overdue rectifications. */
@RestController
@Validated
@RequestMapping("/api/registry/v1")
class AnnualInspectionController {

    private final AnnualInspectionService inspections;

    AnnualInspectionController(AnnualInspectionService inspections) {
        this.inspections = inspections;
    }

    @RequiresPermission("registry:inspection:submit")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/organizations/{id}/annual-inspections")
    @Operation(summary = "Submit the organization's annual report for a year (an org-admin for its own organization)")
    ResponseEntity<AnnualInspection> submit(CurrentUser user, @PathVariable UUID id,
            @Valid @RequestBody SubmissionRequest request) {
        AnnualInspection inspection = inspections.submit(user, id, request.year(), request.reportSummary());
        return ResponseEntity.created(URI.create("/api/registry/v1/annual-inspections/" + inspection.id()))
                .body(inspection);
    }

    @RequiresPermission("registry:inspection:read")
    @GetMapping("/organizations/{id}/annual-inspections")
    @Operation(summary = "The organization's inspections, latest year first")
    Page<AnnualInspection> ofOrganization(CurrentUser user, @PathVariable UUID id, PageRequest page) {
        return inspections.search(user, id, null, null, page);
    }

    @RequiresPermission("registry:inspection:read")
    @GetMapping("/annual-inspections")
    @Operation(summary = "Inspections in your scope, by year and status")
    Page<AnnualInspection> search(CurrentUser user, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) InspectionStatus status, PageRequest page) {
        return inspections.search(user, null, year, status, page);
    }

    @RequiresPermission("registry:inspection:read")
    @GetMapping("/annual-inspections/overdue-rectifications")
    @Operation(summary = "Rectifications still open after their due date (as of today in China, or asOf)")
    Page<AnnualInspection> overdue(CurrentUser user, @RequestParam(required = false) LocalDate asOf,
            PageRequest page) {
        return inspections.overdueRectifications(user, asOf, page);
    }

    @RequiresPermission("registry:inspection:read")
    @GetMapping("/annual-inspections/{id}")
    AnnualInspection get(CurrentUser user, @PathVariable UUID id) {
        return inspections.get(user, id);
    }

    @RequiresPermission("registry:inspection:conclude")
    @PostMapping("/annual-inspections/{id}/review")
    @Operation(summary = "审查: a civil-affairs officer takes up a submitted inspection")
    AnnualInspection review(CurrentUser user, @PathVariable UUID id) {
        return inspections.review(user, id);
    }

    @RequiresPermission("registry:inspection:conclude")
    @PostMapping("/annual-inspections/{id}/conclusion")
    @Operation(summary = "合格 / 基本合格 / 不合格; the last two with rectification opinions and a due date")
    AnnualInspection conclude(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody ConclusionRequest request) {
        return inspections.conclude(user, id, request.result().action, request.rectificationOpinion(),
                request.rectificationDue());
    }

    @RequiresPermission("registry:inspection:conclude")
    @PostMapping("/annual-inspections/{id}/rectification")
    @Operation(summary = "整改完成: the officer confirms the rectification")
    AnnualInspection rectify(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody RectificationRequest request) {
        return inspections.completeRectification(user, id, request.rectifiedOn());
    }

    record SubmissionRequest(@NotNull @Min(2000) @Max(2100) Integer year, @Size(max = 4000) String reportSummary) {
    }

    /** The three conclusions an officer can reach. */
    enum Result {
        PASS(InspectionAction.PASS), BASIC_PASS(InspectionAction.BASIC_PASS), FAIL(InspectionAction.FAIL);

        final InspectionAction action;

        Result(InspectionAction action) {
            this.action = action;
        }
    }

    record ConclusionRequest(@NotNull Result result, @Size(max = 4000) String rectificationOpinion,
            LocalDate rectificationDue) {
    }

    record RectificationRequest(@NotNull @PastOrPresent LocalDate rectifiedOn) {
    }
}
