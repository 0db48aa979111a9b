package cn.incubator.registry.inspection;

import cn.incubator.platform.federation.NodeFederation;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.permission.RequiresPermission;
import cn.incubator.platform.text.Display;
import cn.incubator.registry.excel.Workbooks;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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

    /** More than any jurisdiction holds; an export is never cut silently below this. */
    static final int EXPORT_LIMIT = 100_000;

    private static final Map<InspectionStatus, String> STATUS = new EnumMap<>(Map.of(
            InspectionStatus.SUBMITTED, "已提交", InspectionStatus.REVIEWED, "已审查", InspectionStatus.PASSED, "合格",
            InspectionStatus.BASIC_PASSED, "基本合格", InspectionStatus.FAILED, "不合格",
            InspectionStatus.RECTIFIED, "已整改"));

    private final AnnualInspectionService inspections;
    private final NodeFederation federation;

    AnnualInspectionController(AnnualInspectionService inspections, NodeFederation federation) {
        this.inspections = inspections;
        this.federation = federation;
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
            @RequestParam(required = false) InspectionStatus status, PageRequest page, HttpServletRequest request,
            HttpServletResponse response) {
        // A place holding street nodes: their inspections too (NodeFederation), in the list's order.
        return federation.list("registry", user.jurisdictions(), page,
                rows -> inspections.search(user, null, year, status, rows), AnnualInspection.class,
                AnnualInspection.ORDER, request, response);
    }

    @RequiresPermission("registry:inspection:read")
    @GetMapping("/annual-inspections/overdue-rectifications")
    @Operation(summary = "Rectifications still open after their due date (as of today in China, or asOf)")
    Page<AnnualInspection> overdue(CurrentUser user, @RequestParam(required = false) LocalDate asOf,
            PageRequest page, HttpServletRequest request, HttpServletResponse response) {
        // The nodes are asked for the same day: asOf, or today in China on each.
        return federation.list("registry", user.jurisdictions(), page,
                rows -> inspections.overdueRectifications(user, asOf, rows), AnnualInspection.class,
                AnnualInspection.OVERDUE_ORDER, request, response);
    }

    @RequiresPermission("registry:inspection:read")
    @GetMapping("/annual-inspections/export")
    @Operation(summary = "Inspections in your scope as .xlsx (same parameters as the list; all pages)")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "年检 · The inspections (.xlsx)",
            content = @io.swagger.v3.oas.annotations.media.Content(
                    mediaType = cn.incubator.platform.export.Downloads.XLSX,
                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> export(CurrentUser user, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) InspectionStatus status, HttpServletRequest request,
            HttpServletResponse response) {
        List<AnnualInspection> own = Page.collect(page -> inspections.search(user, null, year, status, page),
                EXPORT_LIMIT);
        // 跨节点导出: places holding street nodes export their inspections too, in the list's order.
        NodeFederation.Collected<AnnualInspection> found = federation.collect("registry", user.jurisdictions(),
                "/api/registry/v1/annual-inspections", Map.of(), own, EXPORT_LIMIT, AnnualInspection.class, AnnualInspection.ORDER,
                request, response);
        return cn.incubator.platform.export.Downloads.of(year == null ? "年检.xlsx" : "年检-" + year + ".xlsx",
                cn.incubator.platform.export.Downloads.XLSX, workbook("年检", found));
    }

    @RequiresPermission("registry:inspection:read")
    @GetMapping("/annual-inspections/overdue-rectifications/export")
    @Operation(summary = "Overdue rectifications as .xlsx (same parameters as the list; all pages)")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "逾期未整改 · The overdue rectifications (.xlsx)",
            content = @io.swagger.v3.oas.annotations.media.Content(
                    mediaType = cn.incubator.platform.export.Downloads.XLSX,
                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> exportOverdue(CurrentUser user, @RequestParam(required = false) LocalDate asOf,
            HttpServletRequest request, HttpServletResponse response) {
        List<AnnualInspection> own = Page.collect(page -> inspections.overdueRectifications(user, asOf, page),
                EXPORT_LIMIT);
        // 跨节点导出: places holding street nodes export their overdue rectifications too, in the list's order.
        NodeFederation.Collected<AnnualInspection> found = federation.collect("registry", user.jurisdictions(),
                "/api/registry/v1/annual-inspections/overdue-rectifications", Map.of(), own, EXPORT_LIMIT,
                AnnualInspection.class, AnnualInspection.OVERDUE_ORDER, request, response);
        return cn.incubator.platform.export.Downloads.of("年检逾期未整改.xlsx",
                cn.incubator.platform.export.Downloads.XLSX, workbook("逾期未整改", found));
    }

    /** One row per inspection, as the list shows it. */
    static byte[] workbook(String sheet, NodeFederation.Collected<AnnualInspection> found) {
        List<List<?>> rows = found.rows().stream().<List<?>>map(i -> Arrays.asList(i.organizationName(),
                i.jurisdiction().code(), i.jurisdiction().fullName(), i.year(), STATUS.get(i.status()),
                local(i.submittedAt()), local(i.concludedAt()), i.rectificationOpinion(), i.rectificationDue(),
                i.rectifiedOn(), i.id().toString())).toList();
        List<Workbooks.Table> sheets = new ArrayList<>(List.of(new Workbooks.Table(sheet, List.of("组织名称", "区划代码",
                "所属区划", "年度", "状态", "提交时间", "结论时间", "整改意见", "整改期限", "整改完成日期", "年检编号"), rows)));
        if (found.partial()) {
            sheets.add(new Workbooks.Table(NodeFederation.Collected.NOTE_SHEET, NodeFederation.Collected.NOTE_HEADERS,
                    found.notes()));
        }
        return Workbooks.tables(sheets);
    }

    private static LocalDateTime local(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, Display.ZONE);
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
