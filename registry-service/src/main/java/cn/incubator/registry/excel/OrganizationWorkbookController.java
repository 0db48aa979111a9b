package cn.incubator.registry.excel;

import cn.incubator.platform.federation.NodeFederation;
import cn.incubator.platform.text.Display;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.permission.RequiresPermission;
import cn.incubator.platform.validation.CreditCode;
import cn.incubator.platform.validation.JurisdictionCode;
import cn.incubator.registry.field.Labels;
import cn.incubator.registry.organization.Category;
import cn.incubator.registry.organization.LegalForm;
import cn.incubator.registry.organization.OrganizationService;
import cn.incubator.registry.organization.OrganizationStatus;
import cn.incubator.registry.organization.OrganizationView;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * 组织库 in Excel: a template, an import that registers or files each row through {@link OrganizationService}, and an
 * export of any search result (the same query parameters as {@code GET /organizations}).
 */
@RestController
@Validated
@RequestMapping("/api/registry/v1/organizations")
class OrganizationWorkbookController {

    /** More than any base keeps in one jurisdiction; an export is never cut silently below this. */
    static final int EXPORT_LIMIT = 100_000;
    private static final ZoneId CHINA = Display.ZONE;

    static final List<Column> COLUMNS = List.of(
            Column.of("name", "组织名称", true, "登记或备案的全称", "星沙街道银龄志愿服务队"),
            Column.of("legalForm", "法人形式", true, "从下拉列表选择", "社区社会组织")
                    .choices(labels(LegalForm.values())),
            Column.of("creditCode", "统一社会信用代码", false, "登记的组织必填，18 位；备案的社区社会组织可不填",
                    "51430121MJJ000011Q").asText(),
            Column.of("jurisdiction", "所属区划代码", true, "12 位统计用区划代码", "430121001000").asText(),
            Column.of("category", "组织类别", true, "从下拉列表选择", "社区服务类").choices(labels(Category.values())),
            Column.of("registeredOn", "登记（备案）日期", false, "已登记或备案的组织必填，格式 2024-12-31；筹建中的组织不填",
                    "2024-12-31"));

    private final OrganizationService organizations;
    private final ExcelImporter importer;
    private final NodeFederation federation;

    OrganizationWorkbookController(OrganizationService organizations, ExcelImporter importer,
            NodeFederation federation) {
        this.organizations = organizations;
        this.importer = importer;
        this.federation = federation;
    }

    /** One row of the sheet; the same rules as the registration request. */
    record OrganizationRow(
            @NotBlank @Size(max = 100) String name,
            @NotNull LegalForm legalForm,
            @CreditCode String creditCode,
            @NotBlank @JurisdictionCode String jurisdiction,
            @NotNull Category category,
            @jakarta.validation.constraints.PastOrPresent java.time.LocalDate registeredOn) {
    }

    @RequiresPermission("registry:organization:import")
    @GetMapping("/import-template")
    @Operation(summary = "The .xlsx template for importing organizations")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "组织库导入模板 · The import template (.xlsx)",
            content = @io.swagger.v3.oas.annotations.media.Content(
                    mediaType = cn.incubator.platform.export.Downloads.XLSX,
                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> template() {
        return xlsx("组织库导入模板.xlsx", Workbooks.template("组织库", COLUMNS,
                "组织库导入模板：每行一个组织。带 * 的列必填；统一社会信用代码须与法人形式相符且不能重复。"));
    }

    @RequiresPermission("registry:organization:import")
    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import organizations from .xlsx: every bad row reported and nothing stored, unless validRowsOnly=true")
    ImportReport importSheet(CurrentUser user, @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean validRowsOnly) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return importer.importRows(in, COLUMNS, validRowsOnly,
                    row -> new OrganizationRow(row.text("name"), row.choice("legalForm", LegalForm.class),
                            row.text("creditCode"), row.text("jurisdiction"), row.choice("category", Category.class),
                            row.date("registeredOn")),
                    r -> organizations.create(user, new OrganizationService.NewOrganization(r.name(), r.legalForm(),
                            r.creditCode(), r.jurisdiction(), r.category(), null, r.registeredOn())));
        }
    }

    @RequiresPermission("registry:organization:export")
    @GetMapping("/export")
    @Operation(summary = "Export a search result as .xlsx (same parameters as the list; all pages)")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "组织库导出 · The organizations found (.xlsx)",
            content = @io.swagger.v3.oas.annotations.media.Content(
                    mediaType = cn.incubator.platform.export.Downloads.XLSX,
                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> export(CurrentUser user,
            @RequestParam(required = false) @Size(max = 50) String name,
            @RequestParam(required = false) LegalForm legalForm,
            @RequestParam(required = false) Category category,
            @RequestParam(required = false) OrganizationStatus status,
            @RequestParam(required = false) cn.incubator.registry.organization.Maturity maturity,
            @RequestParam(required = false) cn.incubator.registry.field.ServiceField serviceField,
            @RequestParam(required = false) @JurisdictionCode String jurisdiction,
            HttpServletRequest request, HttpServletResponse response) {
        Jurisdiction within = jurisdiction == null ? null : Jurisdiction.of(jurisdiction);
        List<OrganizationView> own = organizations.searchAll(user, new OrganizationService.Criteria(name, legalForm,
                category, status, maturity, serviceField, within), EXPORT_LIMIT).stream().map(OrganizationView::of)
                .toList();
        // 跨节点导出: a place holding street nodes exports their organizations too, in the search's order by name.
        NodeFederation.Collected<OrganizationView> found = federation.collect("registry",
                within != null ? List.of(within) : user.jurisdictions(), "/api/registry/v1/organizations",
                Map.of("sort", List.of("NAME")), own, EXPORT_LIMIT, OrganizationView.class, OrganizationView.byName(),
                request, response);
        List<List<?>> rows = found.rows().stream().<List<?>>map(o -> Arrays.asList(o.name(),
                Labels.chinese(o.legalForm()), o.creditCode(), o.jurisdiction().code(), o.jurisdiction().fullName(),
                Labels.chinese(o.category()), Labels.chinese(o.status()), LocalDateTime.ofInstant(o.createdAt(), CHINA),
                o.id().toString())).toList();
        List<Workbooks.Table> sheets = new ArrayList<>(List.of(new Workbooks.Table("组织库",
                List.of("组织名称", "法人形式", "统一社会信用代码", "区划代码", "所属区划", "组织类别", "状态", "登记时间", "组织编号"),
                rows)));
        if (found.partial()) {
            sheets.add(new Workbooks.Table(NodeFederation.Collected.NOTE_SHEET, NodeFederation.Collected.NOTE_HEADERS,
                    found.notes()));
        }
        return xlsx("组织库导出.xlsx", Workbooks.tables(sheets));
    }

    static ResponseEntity<byte[]> xlsx(String fileName, byte[] body) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, Workbooks.attachment(fileName))
                .contentType(MediaType.parseMediaType(Workbooks.MEDIA_TYPE)).body(body);
    }

    private static List<String> labels(Enum<?>[] values) {
        return Arrays.stream(values).map(Labels::chinese).toList();
    }
}
