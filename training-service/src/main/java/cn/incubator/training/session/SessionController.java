package cn.incubator.training.session;

import cn.incubator.platform.audit.AuditEntry;
import cn.incubator.platform.federation.NodeFederation;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.permission.RequiresPermission;
import cn.incubator.platform.problem.FieldProblemException;
import cn.incubator.platform.validation.JurisdictionCode;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * 培训班次: sessions (期) of the catalogue's courses.
 *
 * <p>Lists under one record ({@code /{id}/...}) are that record's and stay local: the node holding the record answers
 * them (its id routes there).
 */
@RestController
@RequestMapping("/api/training/v1/sessions")
class SessionController {

    private final SessionService sessions;
    private final NodeFederation federation;

    SessionController(SessionService sessions, NodeFederation federation) {
        this.sessions = sessions;
        this.federation = federation;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @RequiresPermission("training:session:write")
    @Operation(summary = "Plan a session of a course: sittings, venue or online link, capacity, enrolment deadline; "
            + "the courseware version it runs and the programme it belongs to, when any")
    ResponseEntity<TrainingSession> plan(CurrentUser user, @Valid @RequestBody SessionRequest request) {
        if (request.mode() == TrainingSession.Mode.ONSITE && (request.venue() == null || request.venue().isBlank())) {
            throw new FieldProblemException("venue", "Session.venue.required");
        }
        if (request.mode() == TrainingSession.Mode.ONLINE
                && (request.onlineUrl() == null || request.onlineUrl().isBlank())) {
            throw new FieldProblemException("onlineUrl", "Session.onlineUrl.required");
        }
        TrainingSession session = sessions.plan(user, new SessionService.Plan(request.courseId(),
                Jurisdiction.of(request.jurisdiction()), request.title().strip(), request.mode(),
                request.venue() == null ? null : request.venue().strip(),
                request.onlineUrl() == null ? null : request.onlineUrl().strip(), request.capacity(),
                request.enrolmentDeadline(), request.trainer() == null ? null : request.trainer().strip(),
                request.sittings().stream().map(s -> new TrainingSession.Sitting(0, s.startsAt(), s.endsAt()))
                        .toList(), request.coursewareVersionId(), request.programmeId()));
        return ResponseEntity.created(URI.create("/api/training/v1/sessions/" + session.id())).body(session);
    }

    @GetMapping
    @RequiresPermission("training:session:read")
    @Operation(summary = "Sessions held where you work or above it (?courseId=&status=&programmeId=)")
    Page<TrainingSession> list(CurrentUser user, @RequestParam(required = false) UUID courseId,
            @RequestParam(required = false) SessionStatus status, @RequestParam(required = false) UUID programmeId,
            PageRequest page, HttpServletRequest request, HttpServletResponse response) {
        // A place holding street nodes: the sessions they hold too (NodeFederation), in this list's order across them.
        return federation.list("training", user.jurisdictions(), page,
                rows -> Page.slice(sessions.list(user, courseId, status, programmeId), rows), TrainingSession.class,
                TrainingSession.ORDER, request, response);
    }

    @GetMapping("/{id}")
    @RequiresPermission("training:session:read")
    @Operation(summary = "One session, with its sittings and how many are enrolled and waiting")
    TrainingSession get(CurrentUser user, @PathVariable UUID id) {
        return sessions.get(user, id);
    }

    @PostMapping("/{id}/publication")
    @RequiresPermission("training:session:write")
    @Operation(summary = "Open the session for enrolment")
    TrainingSession publish(CurrentUser user, @PathVariable UUID id) {
        return sessions.publish(user, id);
    }

    @PostMapping("/{id}/closure")
    @RequiresPermission("training:session:write")
    @Operation(summary = "Close enrolment")
    TrainingSession close(CurrentUser user, @PathVariable UUID id) {
        return sessions.close(user, id);
    }

    @PostMapping("/{id}/cancellation")
    @RequiresPermission("training:session:write")
    @Operation(summary = "Cancel the session before it is completed")
    TrainingSession cancel(CurrentUser user, @PathVariable UUID id) {
        return sessions.cancel(user, id);
    }

    @GetMapping("/{id}/timeline")
    @RequiresPermission("training:session:read")
    @Operation(summary = "The session's history")
    Page<AuditEntry> timeline(CurrentUser user, @PathVariable UUID id, PageRequest page) {
        return sessions.timeline(user, id, page);
    }

    record SessionRequest(
            @NotNull UUID courseId,
            @NotBlank @JurisdictionCode String jurisdiction,
            @NotBlank @Size(max = 200) String title,
            @NotNull TrainingSession.Mode mode,
            @Size(max = 300) String venue,
            @Size(max = 500) String onlineUrl,
            @NotNull @Min(1) @Max(2000) Integer capacity,
            @NotNull Instant enrolmentDeadline,
            @Size(max = 100) String trainer,
            @NotEmpty @Size(max = 50) List<@NotNull @Valid SittingRequest> sittings,
            UUID coursewareVersionId,
            UUID programmeId) {

    }

    record SittingRequest(@NotNull Instant startsAt, @NotNull Instant endsAt) {
    }
}
