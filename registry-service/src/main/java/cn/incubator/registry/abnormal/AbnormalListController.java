package cn.incubator.registry.abnormal;

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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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

/** 活动异常名录 and eligibility. */
@RestController
@Validated
@RequestMapping("/api/registry/v1")
class AbnormalListController {

    /** More than any jurisdiction holds; an export is never cut silently below this. */
    static final int EXPORT_LIMIT = 100_000;

    private static final Map<AbnormalReason, String> REASON = new EnumMap<>(Map.of(
            AbnormalReason.NO_ANNUAL_REPORT, "未按时提交年度报告", AbnormalReason.RECTIFICATION_OVERDUE, "整改逾期",
            AbnormalReason.REPORTED, "其他服务报送"));

    private final AbnormalListService abnormalList;
    private final EligibilityService eligibility;
    private final NodeFederation federation;

    AbnormalListController(AbnormalListService abnormalList, EligibilityService eligibility,
            NodeFederation federation) {
        this.abnormalList = abnormalList;
        this.eligibility = eligibility;
        this.federation = federation;
    }

    @RequiresPermission("registry:abnormal:write")
    @PostMapping("/abnormal-list/sweeps")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "List every registered organization in your scope without an inspection for the year, "
            + "and every overdue rectification")
    AbnormalListService.SweepResult sweep(CurrentUser user, @Valid @RequestBody SweepRequest request) {
        return abnormalList.sweep(user, request.year());
    }

    @RequiresPermission("registry:abnormal:read")
    @GetMapping("/abnormal-list")
    @Operation(summary = "Organizations currently on the abnormal-activity list, in your scope")
    Page<AbnormalListing> active(CurrentUser user, @RequestParam(required = false) AbnormalReason reason,
            PageRequest page, HttpServletRequest request, HttpServletResponse response) {
        // A place holding street nodes: their listings too (NodeFederation), newest first across them.
        return federation.list("registry", user.jurisdictions(), page, rows -> abnormalList.active(user, reason, rows),
                AbnormalListing.class, AbnormalListing.ORDER, request, response);
    }

    @RequiresPermission("registry:abnormal:read")
    @GetMapping("/abnormal-list/export")
    @Operation(summary = "The abnormal-activity list in your scope as .xlsx (same parameters as the list; all pages)")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "活动异常名录 · The abnormal-activity list (.xlsx)",
            content = @io.swagger.v3.oas.annotations.media.Content(
                    mediaType = cn.incubator.platform.export.Downloads.XLSX,
                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> export(CurrentUser user, @RequestParam(required = false) AbnormalReason reason,
            HttpServletRequest request, HttpServletResponse response) {
        List<AbnormalListing> own = Page.collect(page -> abnormalList.active(user, reason, page), EXPORT_LIMIT);
        // 跨节点导出: places holding street nodes export their listings too, newest first as the list.
        NodeFederation.Collected<AbnormalListing> found = federation.collect("registry", user.jurisdictions(),
                "/api/registry/v1/abnormal-list", Map.of(), own, EXPORT_LIMIT, AbnormalListing.class, AbnormalListing.ORDER, request,
                response);
        List<List<?>> rows = found.rows().stream().<List<?>>map(l -> Arrays.asList(l.organizationName(),
                l.jurisdiction().code(), l.jurisdiction().fullName(), REASON.get(l.reason()),
                l.reason() == AbnormalReason.RECTIFICATION_OVERDUE ? null : l.reference(), l.note(),
                LocalDateTime.ofInstant(l.listedAt(), Display.ZONE), l.organizationId().toString())).toList();
        List<Workbooks.Table> sheets = new ArrayList<>(List.of(new Workbooks.Table("活动异常名录", List.of("组织名称",
                "区划代码", "所属区划", "列入原因", "依据", "说明", "列入时间", "组织编号"), rows)));
        if (found.partial()) {
            sheets.add(new Workbooks.Table(NodeFederation.Collected.NOTE_SHEET, NodeFederation.Collected.NOTE_HEADERS,
                    found.notes()));
        }
        return cn.incubator.platform.export.Downloads.of("活动异常名录.xlsx", cn.incubator.platform.export.Downloads.XLSX,
                Workbooks.tables(sheets));
    }

    @RequiresPermission("registry:abnormal:read")
    @GetMapping("/organizations/{id}/abnormal-listings")
    @Operation(summary = "The organization's listings, current and past")
    Page<AbnormalListing> ofOrganization(CurrentUser user, @PathVariable UUID id, PageRequest page) {
        return Page.slice(abnormalList.ofOrganization(user, id), page);
    }

    @RequiresPermission("registry:abnormal:write")
    @PostMapping("/organizations/{id}/abnormal-listings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "List the organization for a reason reported by another service (e.g. PARTY_BRANCH_NOT_FORMED)")
    AbnormalListing report(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody ReportRequest request) {
        return abnormalList.report(user, id, request.reasonCode(), request.note());
    }

    @RequiresPermission("registry:abnormal:write")
    @PostMapping("/organizations/{id}/abnormal-listings/withdrawal")
    @Operation(summary = "Withdraw a reported reason: the organization comes off the list for it")
    List<AbnormalListing> withdraw(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody WithdrawalRequest request) {
        return abnormalList.withdraw(user, id, request.reasonCode());
    }

    @RequiresPermission("registry:abnormal:read")
    @GetMapping("/organizations/{id}/eligibility")
    @Operation(summary = "Registered or filed, and not on the abnormal-activity list?")
    EligibilityService.Eligibility eligibility(CurrentUser user, @PathVariable UUID id) {
        return eligibility.check(user, id);
    }

    record SweepRequest(@NotNull @Min(2000) @Max(2100) Integer year) {
    }

    record ReportRequest(@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,63}") String reasonCode,
            @Size(max = 500) String note) {
    }

    record WithdrawalRequest(@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,63}") String reasonCode) {
    }
}
