package cn.incubator.platform.audit;

import cn.incubator.platform.export.Downloads;
import cn.incubator.platform.export.ExcelTables;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.permission.RequiresPermission;
import cn.incubator.platform.text.Display;
import cn.incubator.platform.validation.JurisdictionCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * 操作日志: the one operation-log API every service has, on its own audit timeline, at
 * {@code /api/<service>/v1/operation-log}, guarded by its own {@code <service>:audit:read} (officers and platform
 * admins); the console merges the services the caller may read.
 */
@RestController
@Validated
public class OperationLogController {

    /** Rows in one export at most (newest first); the export says so in its last row when it stops there. */
    static final int EXPORT_LIMIT = 5000;
    private static final String PATH = "/api/${incubator.api.name}/v1/operation-log";
    private static final String PERMISSION = "${incubator.api.permission-service:${incubator.api.name}}:audit:read";

    private final OperationLog log;
    private final JsonMapper states;
    private final String service;

    public OperationLogController(OperationLog log, JsonMapper json, String service) {
        this.log = log;
        this.states = exactDecimals(json);
        this.service = service;
    }

    @RequiresPermission(PERMISSION)
    @GetMapping(PATH)
    @Operation(summary = "操作日志 Operation log: this service's audit entries in your jurisdiction, newest first, with "
            + "the record's state before and after each change as recorded; searchable by actor, day range (China "
            + "time), action (or its beginning, e.g. case.), record type and record id")
    Page<OperationLogEntry> search(CurrentUser caller, @RequestParam(required = false) @Size(max = 255) String actor,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @Size(max = 100) String action,
            @RequestParam(required = false) @Size(max = 100) String recordType,
            @RequestParam(required = false) @Size(max = 100) String recordId,
            @RequestParam(required = false) @JurisdictionCode String jurisdiction,
            PageRequest page) {
        return log.search(caller, criteria(actor, from, to, action, recordType, recordId, jurisdiction), page)
                .map(this::entry);
    }

    @RequiresPermission(PERMISSION)
    @GetMapping(PATH + "/export")
    @Operation(summary = "The operation log as an Excel workbook (.xlsx), same filters, newest first, at most 5000 rows")
    @ApiResponse(responseCode = "200", description = "The workbook", content = @Content(
            mediaType = Downloads.XLSX, schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> export(CurrentUser caller, @RequestParam(required = false) @Size(max = 255) String actor,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @Size(max = 100) String action,
            @RequestParam(required = false) @Size(max = 100) String recordType,
            @RequestParam(required = false) @Size(max = 100) String recordId,
            @RequestParam(required = false) @JurisdictionCode String jurisdiction) {
        List<AuditEntry> found = log.latest(caller,
                criteria(actor, from, to, action, recordType, recordId, jurisdiction), EXPORT_LIMIT + 1);
        List<List<?>> rows = new ArrayList<>();
        for (AuditEntry e : found.subList(0, Math.min(found.size(), EXPORT_LIMIT))) {
            rows.add(java.util.Arrays.asList(LocalDateTime.ofInstant(e.occurredAt(), Display.ZONE), e.actor(),
                    e.action(), e.subjectType(), e.subjectId(), e.jurisdictionCode(), e.before(), e.after(),
                    e.traceId()));
        }
        if (found.size() > EXPORT_LIMIT) {
            rows.add(List.of("仅导出最近 " + EXPORT_LIMIT + " 条，请缩小查询范围 · Only the latest " + EXPORT_LIMIT
                    + " entries: narrow the search"));
        }
        byte[] workbook = ExcelTables.of(List.of(new ExcelTables.Table("操作日志",
                List.of("时间 Time", "操作人 Actor", "操作 Action", "记录类型 Record type", "记录 Record",
                        "辖区代码 Jurisdiction", "操作前 Before", "操作后 After", "追踪号 Trace"),
                rows)));
        return Downloads.of("操作日志-" + service + ".xlsx", Downloads.XLSX, workbook);
    }

    private static OperationLog.Criteria criteria(String actor, LocalDate from, LocalDate to, String action,
            String recordType, String recordId, String jurisdiction) {
        return new OperationLog.Criteria(actor, from, to, action, recordType, recordId,
                jurisdiction == null ? null : Jurisdiction.of(jurisdiction));
    }

    private OperationLogEntry entry(AuditEntry e) {
        return new OperationLogEntry(e.id(), service, e.occurredAt(), e.actor(), e.action(), e.subjectType(),
                e.subjectId(), jurisdictionOf(e.jurisdictionCode()), tree(e.before()), tree(e.after()), e.traceId());
    }

    private static Jurisdiction jurisdictionOf(String code) {
        try {
            return code == null ? null : Jurisdiction.of(code);
        } catch (RuntimeException unknown) {
            return null;
        }
    }

    private JsonNode tree(String state) {
        return state == null ? null : states.readTree(state);
    }

    /**
     * Reads recorded states keeping every decimal as written (money stays {@code 20000.00}, not {@code 20000.0}).
     */
    static JsonMapper exactDecimals(JsonMapper json) {
        return json.rebuild().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();
    }

    /**
     * One line of the operation log.
     *
     * @param service    the service that recorded it (the path segment under {@code /api/})
     * @param before     the record (or the part of it the change touched) before the change, as the service recorded
     *                   it; {@code null} when the change created something or recorded only its result
     * @param after      the same after the change; {@code null} on removal
     */
    @Schema(name = "OperationLogEntry")
    public record OperationLogEntry(UUID id, String service, Instant occurredAt, String actor, String action,
            String recordType, String recordId, Jurisdiction jurisdiction,
            @Schema(implementation = Object.class, description = "操作前 · state before, any JSON value")
            JsonNode before,
            @Schema(implementation = Object.class, description = "操作后 · state after, any JSON value")
            JsonNode after,
            String traceId) {
    }
}
