package cn.incubator.incubation.activity;

import cn.incubator.platform.federation.NodeLocal;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.permission.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
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

/** Services and steps of a case, supervision (督导) sessions and the template library (模板库). */
@RestController
@RequestMapping("/api/incubation/v1")
class ActivityController {

    private final ActivityService activities;
    private final SupervisionService supervision;

    ActivityController(ActivityService activities, SupervisionService supervision) {
        this.activities = activities;
        this.supervision = supervision;
    }

    @RequiresPermission("incubation:service:write")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/cases/{id}/activities")
    @Operation(summary = "Log a service (coaching, project design, resource linkage ...) or a step (roadshow 项目路演, "
            + "plan drafting 方案编制) against a case")
    ResponseEntity<ActivityService.Activity> record(CurrentUser user, @PathVariable UUID id,
            @Valid @RequestBody ActivityRequest request) {
        ActivityService.Activity activity = activities.record(user, id, new ActivityService.NewActivity(
                request.kind(), request.title(), request.description(), request.occurredOn(), request.provider(),
                request.personTimes(), request.resourceValue()));
        return ResponseEntity.created(URI.create("/api/incubation/v1/cases/" + id + "/activities")).body(activity);
    }

    @RequiresPermission("incubation:service:read")
    @GetMapping("/cases/{id}/activities")
    @Operation(summary = "Services and steps of a case, in date order")
    Page<ActivityService.Activity> activities(CurrentUser user, @PathVariable UUID id, PageRequest page) {
        return Page.slice(activities.list(user, id), page);
    }

    @RequiresPermission("incubation:service:read")
    @GetMapping("/templates")
    @Operation(summary = "The template library: agreements (三方资金代管协议), service guides, forms, handbooks")
    @NodeLocal("reference data without a place, kept by the central node (a node holds copies of the ones its"
            + " cases use)")
    Page<ActivityService.Template> templates(PageRequest page) {
        return Page.slice(activities.templates(), page);
    }

    @RequiresPermission("incubation:service:write")
    @PostMapping("/cases/{id}/templates")
    @Operation(summary = "Attach a template of the library to a case")
    ActivityService.Template attach(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody AttachRequest request) {
        return activities.attach(user, id, request.templateId(), request.note());
    }

    @RequiresPermission("incubation:service:read")
    @GetMapping("/cases/{id}/templates")
    Page<ActivityService.AttachedTemplate> attached(CurrentUser user, @PathVariable UUID id, PageRequest page) {
        return Page.slice(activities.attached(user, id), page);
    }

    @RequiresPermission("incubation:service:write")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/supervisions")
    @Operation(summary = "Record a supervision session (督导), collective or individual, with findings and follow-ups")
    ResponseEntity<SupervisionService.Session> hold(CurrentUser user, @Valid @RequestBody SessionRequest request) {
        SupervisionService.Session session = supervision.hold(user, new SupervisionService.NewSession(request.kind(),
                request.topic(), request.problem(), request.heldOn(), request.supervisor(), request.caseIds(),
                request.findings() == null ? List.of() : request.findings().stream()
                        .map(f -> new SupervisionService.NewFinding(f.caseId(), f.finding(), f.followUp(), f.dueOn()))
                        .toList()));
        return ResponseEntity.created(URI.create("/api/incubation/v1/supervisions/" + session.id())).body(session);
    }

    @RequiresPermission("incubation:service:read")
    @GetMapping("/supervisions/{id}")
    SupervisionService.Session session(CurrentUser user, @PathVariable UUID id) {
        return supervision.find(user, id);
    }

    @RequiresPermission("incubation:service:read")
    @GetMapping("/cases/{id}/supervisions")
    Page<SupervisionService.Session> sessionsOfCase(CurrentUser user, @PathVariable UUID id, PageRequest page) {
        return Page.slice(supervision.ofCase(user, id), page);
    }

    @RequiresPermission("incubation:service:write")
    @PostMapping("/supervisions/{id}/findings/{findingId}/done")
    @Operation(summary = "Close the follow-up of a finding")
    SupervisionService.Session followUpDone(CurrentUser user, @PathVariable UUID id, @PathVariable UUID findingId,
            @Valid @RequestBody(required = false) DoneRequest request) {
        return supervision.closeFollowUp(user, id, findingId, request == null ? null : request.note());
    }

    record ActivityRequest(@NotNull ActivityKind kind, @NotBlank @Size(max = 200) String title,
            @Size(max = 4000) String description, @NotNull @PastOrPresent LocalDate occurredOn,
            @Size(max = 200) String provider, @Min(0) Integer personTimes,
            @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal resourceValue) {
    }

    record AttachRequest(@NotNull UUID templateId, @Size(max = 500) String note) {
    }

    record FindingRequest(UUID caseId, @NotBlank @Size(max = 2000) String finding,
            @NotBlank @Size(max = 2000) String followUp, LocalDate dueOn) {
    }

    record SessionRequest(@NotNull SupervisionService.Kind kind, @NotBlank @Size(max = 200) String topic,
            @Size(max = 4000) String problem, @NotNull @PastOrPresent LocalDate heldOn,
            @NotBlank @Size(max = 100) String supervisor, @NotEmpty @Size(max = 100) List<@NotNull UUID> caseIds,
            @Size(max = 50) List<@Valid FindingRequest> findings) {
    }

    record DoneRequest(@Size(max = 2000) String note) {
    }
}
