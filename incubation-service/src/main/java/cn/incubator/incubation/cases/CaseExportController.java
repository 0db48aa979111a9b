package cn.incubator.incubation.cases;

import cn.incubator.platform.export.Downloads;
import cn.incubator.platform.export.ExcelTables;
import cn.incubator.platform.federation.NodeFederation;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.permission.RequiresPermission;
import cn.incubator.platform.text.Display;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Excel 导出 of the case list (the console's case board): the same filters and scope as {@code GET /cases}. */
@RestController
class CaseExportController {

    /** More cases than any base holds; an export is never cut silently below this. */
    static final int EXPORT_LIMIT = 20_000;

    private static final Map<Stage, String> STAGES = Map.ofEntries(Map.entry(Stage.APPLIED, "项目申请"),
            Map.entry(Stage.INSPECTION, "考察辅导"), Map.entry(Stage.ADMISSION_EVALUATION, "入壳评估"),
            Map.entry(Stage.IN_SHELL, "在壳孵化"), Map.entry(Stage.GROWTH_EVALUATION, "成长评估"),
            Map.entry(Stage.GRADUATED, "出壳"), Map.entry(Stage.FOLLOW_UP, "后续服务"), Map.entry(Stage.CLOSED, "结案"),
            Map.entry(Stage.RESIDENT, "入驻"), Map.entry(Stage.EXITED, "退出"), Map.entry(Stage.REJECTED, "未通过"),
            Map.entry(Stage.WITHDRAWN, "撤回"), Map.entry(Stage.TERMINATED, "终止"));

    private final CaseService cases;
    private final NodeFederation federation;

    CaseExportController(CaseService cases, NodeFederation federation) {
        this.cases = cases;
        this.federation = federation;
    }

    @RequiresPermission("incubation:case:read")
    @GetMapping("/api/incubation/v1/cases/export")
    @Operation(summary = "Export the cases in your scope as .xlsx (same filters as the list; all pages)")
    @ApiResponse(responseCode = "200", description = "孵化案例导出 · The cases (.xlsx)", content = @Content(
            mediaType = Downloads.XLSX, schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> export(CurrentUser user, @RequestParam(required = false) Stage stage,
            @RequestParam(required = false) Track track, @RequestParam(required = false) UUID baseId,
            HttpServletRequest request, HttpServletResponse response) {
        List<CaseController.CaseResponse> own = Page.collect(
                page -> cases.search(user, new CaseSearch(stage, track, baseId, null), page), EXPORT_LIMIT).stream()
                .map(c -> CaseController.CaseResponse.of(c, null, null, Set.of(), Set.of())).toList();
        // 跨节点导出: a place holding street nodes exports their cases too, newest first across them as the list.
        NodeFederation.Collected<CaseController.CaseResponse> found = federation.collect("incubation",
                user.jurisdictions(), "/api/incubation/v1/cases", Map.of(), own, EXPORT_LIMIT,
                CaseController.CaseResponse.class, CaseController.CaseResponse.ORDER, request, response);
        List<List<?>> rows = found.rows().stream().<List<?>>map(c -> Arrays.asList(c.organizationName(),
                c.track() == Track.INCUBATION ? "孵化区" : "入驻区", STAGES.getOrDefault(c.stage(), c.stage().name()),
                c.jurisdiction().code(), c.jurisdiction().fullName(), local(c.appliedAt()), local(c.admittedAt()),
                local(c.graduatedAt()), local(c.endedAt()), c.id().toString())).toList();
        return Downloads.of("孵化案例导出.xlsx", Downloads.XLSX, ExcelTables.of(found.sheets(new ExcelTables.Table("孵化案例",
                List.of("组织名称", "区域", "阶段", "区划代码", "所属区划", "申请时间", "入壳时间", "出壳时间", "结束时间", "案例编号"),
                rows))));
    }

    private static LocalDateTime local(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, Display.ZONE);
    }
}
