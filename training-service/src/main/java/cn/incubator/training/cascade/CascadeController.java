package cn.incubator.training.cascade;

import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.permission.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
 * 研发+重点+推广: a course's courseware versions and the reach of its cascade.
 *
 * <p>Lists under one record ({@code /{id}/...}) are that record's and stay local: the node holding the record answers
 * them (its id routes there).
 */
@RestController
@RequestMapping("/api/training/v1/courses/{id}")
class CascadeController {

    private final CascadeService cascade;

    CascadeController(CascadeService cascade) {
        this.cascade = cascade;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/courseware")
    @RequiresPermission("training:courseware:write")
    @Operation(summary = "Release a courseware version of a course (the base that offers it)")
    ResponseEntity<CoursewareVersion> release(CurrentUser user, @PathVariable UUID id,
            @Valid @RequestBody CoursewareRequest request) {
        CoursewareVersion version = cascade.release(user, id, request.label().strip(), request.summary().strip());
        return ResponseEntity.created(URI.create("/api/training/v1/courses/" + id + "/courseware")).body(version);
    }

    @GetMapping("/courseware")
    @RequiresPermission("training:course:read")
    @Operation(summary = "A course's courseware versions, newest first")
    Page<CoursewareVersion> versions(CurrentUser user, @PathVariable UUID id, PageRequest page) {
        return Page.slice(cascade.versions(user, id), page);
    }

    @GetMapping("/reach")
    @RequiresPermission("training:reach:read")
    @Operation(summary = "The cascade's reach: central sessions, then which streets ran which courseware version, "
            + "sessions and person-times per street, and the streets that have not run it yet")
    Reach reach(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) UUID versionId) {
        return cascade.reach(user, id, versionId);
    }

    record CoursewareRequest(@NotBlank @Size(max = 40) String label, @NotBlank @Size(max = 2000) String summary) {
    }
}
