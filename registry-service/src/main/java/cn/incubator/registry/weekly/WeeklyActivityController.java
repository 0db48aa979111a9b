package cn.incubator.registry.weekly;

import cn.incubator.platform.federation.ListOrder;
import cn.incubator.platform.federation.NodeFederation;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.federation.ListOrder;
import cn.incubator.platform.federation.NodeFederation;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.permission.RequiresPermission;
import cn.incubator.platform.problem.FieldProblemException;
import cn.incubator.platform.text.Masking;
import cn.incubator.platform.validation.JurisdictionCode;
import cn.incubator.registry.excel.Workbooks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 活动周预报: report next week's activities, see clashes, record follow-up checks, compile the week. */
@RestController
@Validated
@RequestMapping("/api/registry/v1/weekly")
class WeeklyActivityController {

    /** More activities than any week holds; an export of several nodes is never cut silently below this. */
    static final int EXPORT_LIMIT = 100_000;

    private final WeeklyActivityService weekly;
    private final Clock clock;
    private final NodeFederation federation;

    WeeklyActivityController(WeeklyActivityService weekly, Clock clock, NodeFederation federation) {
        this.weekly = weekly;
        this.clock = clock;
        this.federation = federation;
    }

    @RequiresPermission("registry:weekly:submit")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/activities")
    @Operation(summary = "Report an activity; accepted after the deadline but marked late; clashes come back as warnings")
    ResponseEntity<SubmissionResponse> submit(CurrentUser user, @Valid @RequestBody ActivityRequest request) {
        WeeklyActivityService.Submission submission = weekly.submit(user, request.toNewActivity());
        return ResponseEntity.created(URI.create("/api/registry/v1/weekly/activities/" + submission.activity().id()))
                .body(new SubmissionResponse(ActivityResponse.of(submission.activity()), submission.activity().late(),
                        submission.clashes()));
    }

    @RequiresPermission("registry:weekly:submit")
    @PutMapping("/activities/{id}")
    @Operation(summary = "Correct a report before its week's deadline (更正); clashes are detected again")
    SubmissionResponse correct(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody ActivityRequest request) {
        WeeklyActivityService.Submission submission = weekly.correct(user, id, request.toNewActivity());
        return new SubmissionResponse(ActivityResponse.of(submission.activity()), submission.activity().late(),
                submission.clashes());
    }

    @RequiresPermission("registry:weekly:submit")
    @DeleteMapping("/activities/{id}")
    @Operation(summary = "Withdraw a report before its week's deadline (撤回); it leaves the week and its clashes")
    ResponseEntity<Void> withdraw(CurrentUser user, @PathVariable UUID id) {
        weekly.withdraw(user, id);
        return ResponseEntity.noContent().build();
    }

    @RequiresPermission("registry:weekly:read")
    @GetMapping("/activities/{id}")
    @Operation(summary = "One activity with its clashes and checks")
    ActivityDetail get(CurrentUser user, @PathVariable UUID id) {
        return new ActivityDetail(ActivityResponse.of(weekly.get(user, id)), weekly.clashes(user, id, null, null),
                weekly.checks(user, id));
    }

    @RequiresPermission("registry:weekly:read")
    @GetMapping("/activities")
    @Operation(summary = "A week's activities in your scope (default: next week)")
    Page<ActivityResponse> list(CurrentUser user,
            @Parameter(description = "ISO week, e.g. 2026-W49") @RequestParam(required = false) String week,
            @RequestParam(required = false) @JurisdictionCode String jurisdiction,
            @RequestParam(required = false) UUID organizationId, PageRequest page, HttpServletRequest request,
            HttpServletResponse response) {
        // A place holding street nodes: their activities too (NodeFederation), by start across them; each node reads
        // the same week (asked, or next week by its clock).
        ActivityWeek activityWeek = week(week);
        Jurisdiction within = jurisdiction(jurisdiction);
        return federation.list("registry", NodeFederation.places(user.jurisdictions(), within), page,
                rows -> weekly.list(user, activityWeek, within, organizationId, rows).map(ActivityResponse::of),
                ActivityResponse.class, ActivityResponse.ORDER, request, response);
    }

    @RequiresPermission("registry:weekly:read")
    @GetMapping("/activities/export")
    @Operation(summary = "A week's activities in your scope as .xlsx (same parameters as the list; all of them)")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "每周活动预报 · The activities (.xlsx)",
            content = @io.swagger.v3.oas.annotations.media.Content(
                    mediaType = cn.incubator.platform.export.Downloads.XLSX,
                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> listWorkbook(CurrentUser user,
            @Parameter(description = "ISO week, e.g. 2026-W49") @RequestParam(required = false) String week,
            @RequestParam(required = false) @JurisdictionCode String jurisdiction,
            @RequestParam(required = false) UUID organizationId, HttpServletRequest request,
            HttpServletResponse response) {
        ActivityWeek activityWeek = week(week);
        Jurisdiction within = jurisdiction(jurisdiction);
        List<ActivityResponse> own = weekly.list(user, activityWeek, within, organizationId).stream()
                .map(ActivityResponse::of).toList();
        // 跨节点导出: places holding street nodes export their activities of the same week too, in the list's order.
        NodeFederation.Collected<ActivityResponse> found = federation.collect("registry",
                within != null ? List.of(within) : user.jurisdictions(), "/api/registry/v1/weekly/activities",
                Map.of("week", List.of(activityWeek.toString())), own, EXPORT_LIMIT, ActivityResponse.class,
                ActivityResponse.ORDER, request, response);
        return cn.incubator.platform.export.Downloads.of("每周活动预报-" + activityWeek + ".xlsx",
                cn.incubator.platform.export.Downloads.XLSX, WeeklyWorkbook.listed(found));
    }

    @RequiresPermission("registry:weekly:read")
    @GetMapping("/clashes")
    @Operation(summary = "Clashes involving an activity you can see (both organizations see them), of a week and an"
            + " area (default: your own, as the compilation counts them)")
    Page<WeeklyViews.Clash> clashes(CurrentUser user, @RequestParam(required = false) String week,
            @RequestParam(required = false) @JurisdictionCode String jurisdiction, PageRequest page,
            HttpServletRequest request, HttpServletResponse response) {
        // A place holding street nodes: the clashes of their activities too (NodeFederation), by detection across
        // them; a clash between activities held on two nodes is detected on neither (a known limit of a handover).
        ActivityWeek activityWeek = week == null ? null : week(week);
        Jurisdiction within = jurisdiction(jurisdiction);
        return federation.list("registry", NodeFederation.places(user.jurisdictions(), within), page,
                rows -> Page.slice(weekly.clashes(user, null, activityWeek, within), rows), WeeklyViews.Clash.class,
                WeeklyViews.Clash.ORDER, request, response);
    }

    @RequiresPermission("registry:weekly:compile")
    @PostMapping("/activities/{id}/checks")
    @Operation(summary = "Record a follow-up check (video or on site) with the actual attendance")
    ResponseEntity<WeeklyViews.Check> check(CurrentUser user, @PathVariable UUID id,
            @Valid @RequestBody CheckRequest request) {
        WeeklyViews.Check check = weekly.check(user, id, new WeeklyActivityService.NewCheck(request.method(),
                request.checkedBy(), request.checkedAt().toInstant(), request.result(), request.actualAttendance(),
                request.note()));
        return ResponseEntity.status(201).body(check);
    }

    @RequiresPermission("registry:weekly:compile")
    @GetMapping("/compilation")
    @Operation(summary = "The week's issue for a jurisdiction: counts by organization, category and district, for charts")
    WeeklyViews.Compilation compilation(CurrentUser user, @RequestParam(required = false) String week,
            @RequestParam(required = false) @JurisdictionCode String jurisdiction) {
        return weekly.compile(user, week(week), jurisdiction(jurisdiction));
    }

    @RequiresPermission("registry:weekly:compile")
    @GetMapping("/compilation/export")
    @Operation(summary = "The week's issue as an .xlsx workbook for leaders: totals, by organization, category, district, and the activities")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "活动周预报 · The week's issue (.xlsx)",
            content = @io.swagger.v3.oas.annotations.media.Content(
                    mediaType = cn.incubator.platform.export.Downloads.XLSX,
                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> compilationWorkbook(CurrentUser user, @RequestParam(required = false) String week,
            @RequestParam(required = false) @JurisdictionCode String jurisdiction) {
        ActivityWeek activityWeek = week(week);
        WeeklyViews.Compilation issue = weekly.compile(user, activityWeek, jurisdiction(jurisdiction));
        List<WeeklyActivity> list = weekly.list(user, activityWeek, jurisdiction(jurisdiction), null);
        byte[] body = WeeklyWorkbook.of(issue, list);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, Workbooks.attachment(
                        "活动周预报-" + issue.jurisdiction().name() + "-" + issue.week() + ".xlsx"))
                .contentType(MediaType.parseMediaType(Workbooks.MEDIA_TYPE)).body(body);
    }

    @RequiresPermission("registry:weekly:compile")
    @GetMapping("/cumulative")
    @Operation(summary = "Weekly issues, activities and attendees over a period (start dates, inclusive)")
    WeeklyViews.Cumulative cumulative(CurrentUser user,
            @RequestParam(required = false) @JurisdictionCode String jurisdiction,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        if (to.isBefore(from)) {
            throw new FieldProblemException("to", "Period.endBeforeStart");
        }
        return weekly.cumulative(user, jurisdiction(jurisdiction), from, to);
    }

    /** The week named, or the one now being reported (next week). */
    ActivityWeek week(String text) {
        if (text == null || text.isBlank()) {
            return ActivityWeek.of(Instant.now(clock)).next();
        }
        try {
            return ActivityWeek.parse(text);
        } catch (IllegalArgumentException e) {
            throw new FieldProblemException("week", "WeeklyActivity.week", text);
        }
    }

    static Jurisdiction jurisdiction(String code) {
        return code == null ? null : Jurisdiction.of(code);
    }

    record ActivityRequest(
            @NotNull UUID organizationId,
            @NotBlank @Size(max = 200) String title,
            @NotNull OffsetDateTime startsAt,
            @NotNull OffsetDateTime endsAt,
            @NotBlank @Size(max = 200) String place,
            @NotBlank @JurisdictionCode String jurisdiction,
            @NotNull @PositiveOrZero @Max(1_000_000) Integer expectedAttendees,
            @PositiveOrZero @Max(100_000) Integer volunteers,
            @Size(max = 100) String volunteerTeam,
            @Size(max = 50) String contactName,
            @Pattern(regexp = "^\\+?[0-9\\- ]{7,20}$") String contactPhone) {

        WeeklyActivityService.NewActivity toNewActivity() {
            return new WeeklyActivityService.NewActivity(organizationId, title, startsAt.toInstant(),
                    endsAt.toInstant(), place, jurisdiction, expectedAttendees, volunteers == null ? 0 : volunteers,
                    volunteerTeam, contactName, contactPhone);
        }
    }

    record CheckRequest(
            @NotNull CheckMethod method,
            @NotBlank @Size(max = 50) String checkedBy,
            @NotNull OffsetDateTime checkedAt,
            @NotNull CheckResult result,
            @PositiveOrZero Integer actualAttendance,
            @Size(max = 500) String note) {
    }

    /** The contact's phone only ever masked. */
    record ActivityResponse(UUID id, UUID organizationId, String organizationName, String title, Instant startsAt,
            Instant endsAt, String week, String place, Jurisdiction jurisdiction,
            int expectedAttendees, int volunteers, String volunteerTeam, String contactName, String contactPhone,
            Instant submittedAt, Instant deadline, boolean late, Instant correctedAt, Instant withdrawnAt) {

        /** The list's order ({@code a.starts_at, a.id}), for merging the rows of several nodes. */
        static final ListOrder<ActivityResponse> ORDER = ListOrder.identifiedBy(ActivityResponse::id)
                .oldestFirst(ActivityResponse::startsAt).thenId();

        static ActivityResponse of(WeeklyActivity a) {
            return new ActivityResponse(a.id(), a.organizationId(), a.organizationName(), a.title(), a.startsAt(),
                    a.endsAt(), a.week().toString(), a.place(), a.jurisdiction(),
                    a.expectedAttendees(), a.volunteers(), a.volunteerTeam(), a.contactName(),
                    Masking.mobilePhone(a.contactPhone()), a.submittedAt(), a.deadline(), a.late(), a.correctedAt(),
                    a.withdrawnAt());
        }
    }

    record SubmissionResponse(ActivityResponse activity, boolean late, List<WeeklyViews.Clash> clashes) {
    }

    record ActivityDetail(ActivityResponse activity, List<WeeklyViews.Clash> clashes, List<WeeklyViews.Check> checks) {
    }
}
