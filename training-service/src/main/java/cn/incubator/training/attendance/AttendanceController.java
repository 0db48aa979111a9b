package cn.incubator.training.attendance;

import cn.incubator.platform.federation.NodeFederation;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.permission.RequiresPermission;
import cn.incubator.platform.validation.JurisdictionCode;
import cn.incubator.platform.export.Downloads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import cn.incubator.platform.rollup.RollUp;
import cn.incubator.platform.rollup.StatisticsRollUp;
import java.util.List;
import org.springframework.http.ResponseEntity;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * 考勤与人次: check-in codes, check-in, roll call, and person-times.
 *
 * <p>Lists under one record ({@code /{id}/...}) are that record's and stay local: the node holding the record answers
 * them (its id routes there).
 */
@RestController
@RequestMapping("/api/training/v1")
class AttendanceController {

    private final AttendanceService attendance;
    private final AttendanceWorkbook workbook;

    private final TrainingNodeStatistics nodeStatistics;
    private final PersonTimesFederation personTimesFederation;

    AttendanceController(AttendanceService attendance, AttendanceWorkbook workbook,
            TrainingNodeStatistics nodeStatistics, PersonTimesFederation personTimesFederation) {
        this.attendance = attendance;
        this.workbook = workbook;
        this.nodeStatistics = nodeStatistics;
        this.personTimesFederation = personTimesFederation;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/sessions/{id}/sittings/{seq}/check-in-codes")
    @RequiresPermission("training:attendance:record")
    @Operation(summary = "Issue one-time check-in codes (QR slips) for a sitting, one per enrolled person")
    Page<Attendance.Code> issueCodes(CurrentUser user, @PathVariable UUID id, @PathVariable int seq,
            PageRequest page) {
        return Page.slice(attendance.issueCodes(user, id, seq), page);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/check-ins")
    @RequiresPermission("training:attendance:check-in")
    @Operation(summary = "Check a person in with their one-time code, during the sitting")
    Attendance checkIn(CurrentUser user, @Valid @RequestBody CheckInRequest request) {
        return attendance.checkIn(user, request.code().strip().toUpperCase(java.util.Locale.ROOT));
    }

    @PostMapping("/sessions/{id}/sittings/{seq}/roll-call")
    @RequiresPermission("training:attendance:record")
    @Operation(summary = "The trainer's roll call of a sitting: present, late or absent")
    Page<Attendance> rollCall(CurrentUser user, @PathVariable UUID id, @PathVariable int seq,
            @Valid @RequestBody RollCallRequest request, PageRequest page) {
        return Page.slice(attendance.rollCall(user, id, seq, request.calls()), page);
    }

    @GetMapping("/sessions/{id}/attendance")
    @RequiresPermission("training:attendance:read")
    @Operation(summary = "A session's attendance (an organization sees its own people's)")
    Page<Attendance> list(CurrentUser user, @PathVariable UUID id, PageRequest page) {
        return Page.slice(attendance.list(user, id), page);
    }

    @GetMapping("/sessions/{id}/attendance/export")
    @RequiresPermission("training:attendance:read")
    @Operation(summary = "A session's attendance as an .xlsx workbook: per person and sitting, and the rows as listed")
    @ApiResponse(responseCode = "200", description = "考勤导出 · The attendance as .xlsx",
            content = @Content(mediaType = Downloads.XLSX, schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> export(CurrentUser user, @PathVariable UUID id) {
        AttendanceWorkbook.Export export = workbook.of(user, id);
        return Downloads.of("考勤-" + export.session().title() + ".xlsx", Downloads.XLSX, export.workbook());
    }

    @GetMapping("/statistics/person-times")
    @RequiresPermission("training:statistics:read")
    @Operation(summary = "Person-times (人次) by jurisdiction, course area, audience and month; a place holding street "
            + "nodes counts their attendance too (a node that does not answer is named in the Incubator-Partial header)")
    PersonTimes personTimes(CurrentUser user, @RequestParam(required = false) @JurisdictionCode String within,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            HttpServletRequest request, HttpServletResponse response) {
        PersonTimesFederation.Answer answer = personTimesFederation.personTimes(user,
                within == null ? null : Jurisdiction.of(within), from, to, request.getHeader(NodeFederation.HEADER),
                request.getHeader(HttpHeaders.AUTHORIZATION));
        if (!answer.partial().isEmpty()) {
            response.setHeader(RollUp.PARTIAL_HEADER, answer.partial());
        }
        return answer.personTimes();
    }

    @GetMapping("/statistics/roll-up")
    @RequiresPermission("training:statistics:read")
    @Operation(summary = "Sessions and person-times (人次) of a place summed over every node holding sessions there; a "
            + "node that does not answer is named in missing (and the Incubator-Partial header), its sessions left out")
    ResponseEntity<RollUp<TrainingNodeStatistics.Figures>> rollUp(CurrentUser user,
            @RequestParam(required = false) @JurisdictionCode String jurisdiction) {
        return StatisticsRollUp.response(
                nodeStatistics.rollUp(user, jurisdiction == null ? null : Jurisdiction.of(jurisdiction)));
    }

    record CheckInRequest(@NotBlank @Size(max = 12) @Pattern(regexp = "[A-Za-z0-9]+") String code) {
    }

    record RollCallRequest(@NotEmpty @Size(max = 2000) List<Attendance.@NotNull @Valid Call> calls) {
    }
}
