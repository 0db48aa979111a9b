package cn.incubator.registry.talent;

import cn.incubator.platform.audit.AuditEntry;
import cn.incubator.platform.federation.ListOrder;
import cn.incubator.platform.federation.NodeFederation;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.permission.RequiresPermission;
import cn.incubator.platform.text.Display;
import cn.incubator.platform.text.Masking;
import cn.incubator.platform.validation.IdNumber;
import cn.incubator.platform.validation.JurisdictionCode;
import cn.incubator.registry.excel.ImportReport;
import cn.incubator.registry.excel.Workbooks;
import cn.incubator.registry.field.Labels;
import cn.incubator.registry.field.ServiceField;
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
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 人才库: social workers, supervisors, experts, mentors, volunteers and community capable people. */
@RestController
@Validated
@RequestMapping("/api/registry/v1/talent")
class TalentController {

    /** More than any jurisdiction's pool; an export is never cut silently below this. */
    static final int EXPORT_LIMIT = 100_000;

    private final TalentService talent;
    private final TalentWorkbook workbook;
    private final NodeFederation federation;

    TalentController(TalentService talent, TalentWorkbook workbook, NodeFederation federation) {
        this.talent = talent;
        this.workbook = workbook;
        this.federation = federation;
    }

    @RequiresPermission("registry:talent:write")
    @GetMapping("/import-template")
    @Operation(summary = "The .xlsx template for importing talent")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "人才库导入模板 · The import template (.xlsx)",
            content = @io.swagger.v3.oas.annotations.media.Content(
                    mediaType = cn.incubator.platform.export.Downloads.XLSX,
                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> template() {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, Workbooks.attachment("人才库导入模板.xlsx"))
                .contentType(MediaType.parseMediaType(Workbooks.MEDIA_TYPE)).body(workbook.template());
    }

    @RequiresPermission("registry:talent:write")
    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import talent from .xlsx: every bad row is reported and nothing stored, unless validRowsOnly=true")
    ImportReport importSheet(CurrentUser user, @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean validRowsOnly) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return workbook.importSheet(user, in, validRowsOnly);
        }
    }

    @RequiresPermission("registry:talent:write")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(summary = "Add a person to the talent pool; the same ID number twice is refused (409)")
    ResponseEntity<TalentResponse> create(CurrentUser user, @Valid @RequestBody TalentRequest request) {
        Talent created = talent.create(user, request.toNewTalent());
        return ResponseEntity.created(URI.create("/api/registry/v1/talent/" + created.id()))
                .body(TalentResponse.of(created));
    }

    @RequiresPermission("registry:talent:read")
    @GetMapping("/{id}")
    @Operation(summary = "One person; outside your scope they do not exist")
    TalentResponse get(CurrentUser user, @PathVariable UUID id) {
        return TalentResponse.of(talent.get(user, id));
    }

    @RequiresPermission("registry:talent:read")
    @GetMapping
    @Operation(summary = "The pool in your scope, e.g. experts for a panel: ?kind=EXPERT&field=ELDERLY_CARE&jurisdiction=430121")
    Page<TalentResponse> search(CurrentUser user,
            @RequestParam(required = false) TalentKind kind,
            @RequestParam(required = false) SocialWorkerLevel level,
            @RequestParam(required = false) ServiceField field,
            @RequestParam(required = false) @JurisdictionCode String jurisdiction,
            @RequestParam(required = false) UUID organizationId,
            @RequestParam(required = false) @Size(max = 50) String name, PageRequest page,
            HttpServletRequest request, HttpServletResponse response) {
        Jurisdiction within = jurisdiction == null ? null : Jurisdiction.of(jurisdiction);
        TalentRepository.TalentSearch search = new TalentRepository.TalentSearch(kind, level, field, within,
                organizationId, name);
        // A place holding street nodes: their pools too (NodeFederation), in the list's order.
        return federation.list("registry", within != null ? List.of(within) : user.jurisdictions(), page,
                rows -> talent.search(user, search, rows).map(TalentResponse::of), TalentResponse.class,
                TalentResponse.ORDER, request, response);
    }

    @RequiresPermission("registry:talent:read")
    @GetMapping("/export")
    @Operation(summary = "The pool in your scope as .xlsx (same parameters as the list; all pages; ID numbers and phones"
            + " masked as the list shows them)")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "人才库 · The talent pool (.xlsx)",
            content = @io.swagger.v3.oas.annotations.media.Content(
                    mediaType = cn.incubator.platform.export.Downloads.XLSX,
                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> export(CurrentUser user,
            @RequestParam(required = false) TalentKind kind,
            @RequestParam(required = false) SocialWorkerLevel level,
            @RequestParam(required = false) ServiceField field,
            @RequestParam(required = false) @JurisdictionCode String jurisdiction,
            @RequestParam(required = false) UUID organizationId,
            @RequestParam(required = false) @Size(max = 50) String name,
            HttpServletRequest request, HttpServletResponse response) {
        Jurisdiction within = jurisdiction == null ? null : Jurisdiction.of(jurisdiction);
        TalentRepository.TalentSearch search = new TalentRepository.TalentSearch(kind, level, field, within,
                organizationId, name);
        List<TalentResponse> own = Page.collect(page -> talent.search(user, search, page).map(TalentResponse::of),
                EXPORT_LIMIT);
        // 跨节点导出: a place holding street nodes exports their pools too, in the list's order.
        NodeFederation.Collected<TalentResponse> found = federation.collect("registry",
                within != null ? List.of(within) : user.jurisdictions(), "/api/registry/v1/talent", Map.of(), own,
                EXPORT_LIMIT, TalentResponse.class, TalentResponse.ORDER, request, response);
        List<List<?>> rows = found.rows().stream().<List<?>>map(t -> Arrays.asList(t.name(), Labels.chinese(t.kind()),
                Labels.chinese(t.level()), t.fields() == null ? null : t.fields().stream().sorted()
                        .map(Labels::chinese).collect(Collectors.joining("、")),
                t.jurisdiction().code(), t.jurisdiction().fullName(), t.idNumber(), t.phone(),
                LocalDateTime.ofInstant(t.createdAt(), Display.ZONE), t.id().toString())).toList();
        List<Workbooks.Table> sheets = new ArrayList<>(List.of(new Workbooks.Table("人才库", List.of("姓名", "人才类别",
                "社工等级", "专业领域", "区划代码", "所属区划", "身份证号", "联系电话", "入库时间", "人才编号"), rows)));
        if (found.partial()) {
            sheets.add(new Workbooks.Table(NodeFederation.Collected.NOTE_SHEET, NodeFederation.Collected.NOTE_HEADERS,
                    found.notes()));
        }
        return cn.incubator.platform.export.Downloads.of("人才库.xlsx", cn.incubator.platform.export.Downloads.XLSX,
                Workbooks.tables(sheets));
    }

    @RequiresPermission("registry:talent:read")
    @PostMapping("/lookup")
    @Operation(summary = "Find a person by ID number (sent in the body, never in a URL); matched by keyed hash")
    TalentResponse lookup(CurrentUser user, @Valid @RequestBody LookupRequest request) {
        return TalentResponse.of(talent.findByIdNumber(user, request.idNumber()));
    }

    @RequiresPermission("registry:talent:write")
    @PutMapping("/{id}/affiliations")
    @Operation(summary = "Replace the organizations a person is affiliated to")
    TalentResponse affiliate(CurrentUser user, @PathVariable UUID id,
            @Valid @RequestBody AffiliationsRequest request) {
        return TalentResponse.of(talent.affiliate(user, id, request.organizationIds()));
    }

    @RequiresPermission("registry:talent:read")
    @GetMapping("/{id}/timeline")
    @Operation(summary = "The person's audit timeline")
    Page<AuditEntry> timeline(CurrentUser user, @PathVariable UUID id, PageRequest page) {
        return talent.timeline(user, id, page);
    }

    /** Also the shape of one row of the Excel import, so both paths validate alike. */
    record TalentRequest(
            @NotBlank @Size(max = 50) String name,
            @NotNull TalentKind kind,
            SocialWorkerLevel level,
            Set<ServiceField> fields,
            @NotBlank @JurisdictionCode String jurisdiction,
            @NotBlank @IdNumber String idNumber,
            @Pattern(regexp = "^\\+?[0-9\\- ]{7,20}$") String phone,
            List<UUID> organizationIds) {

        TalentService.NewTalent toNewTalent() {
            return new TalentService.NewTalent(name, kind, level, fields, jurisdiction, idNumber, phone,
                    organizationIds);
        }
    }

    record LookupRequest(@NotBlank @IdNumber String idNumber) {
    }

    record AffiliationsRequest(@NotNull List<UUID> organizationIds) {
    }

    /** ID number and phone only ever masked. */
    record TalentResponse(UUID id, String name, TalentKind kind, SocialWorkerLevel level, Set<ServiceField> fields,
            Jurisdiction jurisdiction, String idNumber, String phone, List<UUID> organizationIds,
            Instant createdAt) {

        /** The list's order ({@code jurisdiction_code, name, id}), for merging the rows of several nodes. */
        static final ListOrder<TalentResponse> ORDER = ListOrder.identifiedBy(TalentResponse::id)
                .text(row -> row.jurisdiction().code()).text(TalentResponse::name).thenId();

        static TalentResponse of(Talent t) {
            return new TalentResponse(t.id(), t.name(), t.kind(), t.level(), t.fields(),
                    t.jurisdiction(), t.idNumberMasked(),
                    Masking.mobilePhone(t.phone()), t.organizationIds(), t.createdAt());
        }
    }
}
