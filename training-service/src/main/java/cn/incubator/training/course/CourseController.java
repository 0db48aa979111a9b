package cn.incubator.training.course;

import cn.incubator.platform.audit.AuditEntry;
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
 * 课程体系: the course catalogue.
 *
 * <p>Lists under one record ({@code /{id}/...}) are that record's and stay local: the node holding the record answers
 * them (its id routes there).
 */
@RestController
@RequestMapping("/api/training/v1/courses")
class CourseController {

    private final CourseService courses;
    private final NodeFederation federation;

    CourseController(CourseService courses, NodeFederation federation) {
        this.courses = courses;
        this.federation = federation;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @RequiresPermission("training:course:write")
    @Operation(summary = "Add a course to the catalogue of a place")
    ResponseEntity<Course> create(CurrentUser user, @Valid @RequestBody CourseRequest request) {
        Course course = courses.create(user, Jurisdiction.of(request.jurisdiction()), request.title().strip(),
                request.area(), request.hours(), request.audience().stream().distinct().toList(),
                request.trainerIds().stream().distinct().toList(),
                request.completionPercent() == null ? 80 : request.completionPercent());
        return ResponseEntity.created(URI.create("/api/training/v1/courses/" + course.id())).body(course);
    }

    @GetMapping
    @RequiresPermission("training:course:read")
    @Operation(summary = "Courses offered where you work or above it, newest first")
    Page<Course> list(CurrentUser user, @RequestParam(required = false) CourseArea area, PageRequest page,
            HttpServletRequest request, HttpServletResponse response) {
        // A place holding street nodes: their courses too (NodeFederation), newest first across them; a course copied
        // to a node with a session that uses it is shown once.
        return federation.list("training", user.jurisdictions(), page,
                rows -> Page.slice(courses.list(user, area), rows), Course.class, Course.ORDER, request, response);
    }

    @GetMapping("/{id}")
    @RequiresPermission("training:course:read")
    @Operation(summary = "One course")
    Course get(CurrentUser user, @PathVariable UUID id) {
        return courses.get(user, id);
    }

    @GetMapping("/{id}/timeline")
    @RequiresPermission("training:course:read")
    @Operation(summary = "The course's history")
    Page<AuditEntry> timeline(CurrentUser user, @PathVariable UUID id, PageRequest page) {
        return courses.timeline(user, id, page);
    }

    record CourseRequest(
            @NotBlank @JurisdictionCode String jurisdiction,
            @NotBlank @Size(max = 200) String title,
            @NotNull CourseArea area,
            @NotNull @DecimalMin("0.5") @DecimalMax("999.5") @Digits(integer = 3, fraction = 1) BigDecimal hours,
            @NotEmpty @Size(max = 6) List<@NotNull Audience> audience,
            @NotNull @Size(max = 20) List<@NotNull UUID> trainerIds,
            @Min(1) @Max(100) Integer completionPercent) {
    }
}
