package cn.incubator.partybuilding.partycase;

import cn.incubator.platform.export.Downloads;
import cn.incubator.platform.export.ExcelTables;
import cn.incubator.platform.federation.NodeFederation;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.permission.RequiresPermission;
import cn.incubator.platform.text.Display;
import cn.incubator.platform.validation.JurisdictionCode;
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
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Excel 导出 of the party cases (the console's party case board): the same filters and scope as {@code GET /cases}. */
@RestController
@Validated
class PartyCaseExportController {

    /** More cases than any jurisdiction has; an export is never cut silently below this. */
    static final int EXPORT_LIMIT = 20_000;

    private static final Map<Stage, String> STAGES = Map.of(Stage.ADMISSION_SURVEY, "入壳考察",
            Stage.MEMBER_DISCOVERY, "发现党员", Stage.SUPPORT, "支持帮扶", Stage.FORMATION, "发展组建",
            Stage.FOLLOW_UP, "后续服务", Stage.CLOSED, "结案");
    private static final Map<Formation, String> FORMATIONS = Map.of(Formation.INSTRUCTOR_AND_DEVELOPMENT,
            "选派指导员、发展党员", Formation.JOINT_BRANCH, "联合党支部", Formation.OWN_BRANCH, "单独组建党支部");

    private final PartyCaseService cases;
    private final NodeFederation federation;

    PartyCaseExportController(PartyCaseService cases, NodeFederation federation) {
        this.cases = cases;
        this.federation = federation;
    }

    @GetMapping("/api/party-building/v1/cases/export")
    @RequiresPermission("party:case:read")
    @Operation(summary = "Export the party cases in your scope as .xlsx (same filters as the list; all pages)")
    @ApiResponse(responseCode = "200", description = "党建案例导出 · The party cases (.xlsx)", content = @Content(
            mediaType = Downloads.XLSX, schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> export(CurrentUser user, @RequestParam(required = false) Stage stage,
            @RequestParam(required = false) @JurisdictionCode String jurisdiction,
            @RequestParam(required = false) UUID jointBranchId, HttpServletRequest request,
            HttpServletResponse response) {
        Jurisdiction within = jurisdiction == null ? null : Jurisdiction.of(jurisdiction);
        CaseSearch search = new CaseSearch(stage, within, jointBranchId, null);
        List<PartyCaseController.CaseResponse> own = Page.collect(page -> cases.search(user, search, page),
                EXPORT_LIMIT).stream().map(PartyCaseController.CaseResponse::of).toList();
        // 跨节点导出: a place holding street nodes exports their party cases too, in the list's order.
        NodeFederation.Collected<PartyCaseController.CaseResponse> found = federation.collect("party-building",
                within != null ? List.of(within) : user.jurisdictions(), "/api/party-building/v1/cases", Map.of(),
                own, EXPORT_LIMIT, PartyCaseController.CaseResponse.class, PartyCaseController.CaseResponse.ORDER,
                request, response);
        List<List<?>> rows = found.rows().stream().<List<?>>map(c -> Arrays.asList(c.organizationName(),
                STAGES.get(c.stage()), c.jurisdiction().code(), c.jurisdiction().fullName(), c.memberCount(),
                FORMATIONS.get(c.requiredFormation()),
                c.currentFormation() == null ? null : FORMATIONS.get(c.currentFormation()),
                c.instructor() == null ? null : c.instructor().username(), local(c.admittedAt()),
                c.id().toString())).toList();
        return Downloads.of("党建案例导出.xlsx", Downloads.XLSX, ExcelTables.of(found.sheets(new ExcelTables.Table("党建案例",
                List.of("组织名称", "阶段", "区划代码", "所属区划", "党员人数", "应有覆盖方式", "现有覆盖方式", "党建指导员", "入壳时间",
                        "案例编号"),
                rows))));
    }

    private static LocalDateTime local(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, Display.ZONE);
    }
}
