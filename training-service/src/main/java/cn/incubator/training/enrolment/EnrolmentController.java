package cn.incubator.training.enrolment;

import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.permission.RequiresPermission;
import cn.incubator.training.course.Audience;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
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
 * 报名: enrolment in sessions, with a waiting list.
 *
 * <p>Lists under one record ({@code /{id}/...}) are that record's and stay local: the node holding the record answers
 * them (its id routes there).
 */
@RestController
@RequestMapping("/api/training/v1")
class EnrolmentController {

    private final EnrolmentService enrolments;

    EnrolmentController(EnrolmentService enrolments) {
        this.enrolments = enrolments;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/sessions/{id}/enrolments")
    @RequiresPermission("training:enrolment:write")
    @Operation(summary = "Enrol one of your organization's people; past the capacity they join the waiting list")
    ResponseEntity<Enrolment> enrol(CurrentUser user, @PathVariable UUID id,
            @Valid @RequestBody EnrolmentRequest request) {
        Enrolment enrolment = enrolments.enrol(user, id, request.personName().strip(), request.audience());
        return ResponseEntity.created(URI.create("/api/training/v1/enrolments/" + enrolment.id())).body(enrolment);
    }

    @GetMapping("/sessions/{id}/enrolments")
    @RequiresPermission("training:enrolment:read")
    @Operation(summary = "A session's enrolments: all for staff and its trainer, your own organization's otherwise")
    Page<Enrolment> list(CurrentUser user, @PathVariable UUID id,
            @RequestParam(required = false) EnrolmentStatus status, PageRequest page) {
        return Page.slice(enrolments.list(user, id, status), page);
    }

    @GetMapping("/enrolments/{id}")
    @RequiresPermission("training:enrolment:read")
    @Operation(summary = "One enrolment")
    Enrolment get(CurrentUser user, @PathVariable UUID id) {
        return enrolments.get(user, id);
    }

    @PostMapping("/enrolments/{id}/cancellation")
    @RequiresPermission("training:enrolment:cancel")
    @Operation(summary = "Cancel an enrolment; the first on the waiting list moves up")
    Enrolment cancel(CurrentUser user, @PathVariable UUID id) {
        return enrolments.cancel(user, id);
    }

    record EnrolmentRequest(@NotBlank @Size(max = 50) String personName, @NotNull Audience audience) {
    }
}
