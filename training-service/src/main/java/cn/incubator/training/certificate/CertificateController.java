package cn.incubator.training.certificate;

import cn.incubator.platform.audit.AuditEntry;
import cn.incubator.platform.export.Downloads;
import cn.incubator.platform.federation.NodeFederation;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.permission.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 结业证书: completion, certificates and their revocation.
 *
 * <p>Lists under one record ({@code /{id}/...}) are that record's and stay local: the node holding the record answers
 * them (its id routes there).
 */
@RestController
@RequestMapping("/api/training/v1")
class CertificateController {

    private final CertificateService certificates;
    private final CertificatePdf pdf;
    private final CertificateWorkbook workbook;
    private final NodeFederation federation;

    /** More certificates than any place issues; an export of several nodes is never cut silently below this. */
    static final int EXPORT_LIMIT = 100_000;

    CertificateController(CertificateService certificates, CertificatePdf pdf, CertificateWorkbook workbook,
            NodeFederation federation) {
        this.certificates = certificates;
        this.pdf = pdf;
        this.workbook = workbook;
        this.federation = federation;
    }

    @PostMapping("/sessions/{id}/completion")
    @RequiresPermission("training:certificate:issue")
    @Operation(summary = "Complete the session: judge each enrolled person by the course's rule, issue certificates")
    Page<Certificate> complete(CurrentUser user, @PathVariable UUID id, PageRequest page) {
        return Page.slice(certificates.complete(user, id), page);
    }

    @PostMapping("/sessions/{id}/certificate-issuance")
    @RequiresPermission("training:certificate:issue")
    @Operation(summary = "Bulk issue (批量发证): judge everyone of the session by the completion rule and issue the "
            + "certificates not yet issued; completes the session first if need be. Running it again issues nothing")
    IssueReport issueAll(CurrentUser user, @PathVariable UUID id) {
        return certificates.issueAll(user, id);
    }

    @GetMapping("/certificates")
    @RequiresPermission("training:certificate:read")
    @Operation(summary = "Certificates: of organizations where you work, or your own organization's")
    Page<Certificate> list(CurrentUser user, @RequestParam(required = false) UUID sessionId, PageRequest page,
            HttpServletRequest request, HttpServletResponse response) {
        // A place holding street nodes: the certificates of the sessions they hold too (NodeFederation), newest first.
        return federation.list("training", user.jurisdictions(), page,
                rows -> Page.slice(certificates.list(user, sessionId), rows), Certificate.class, Certificate.ORDER,
                request, response);
    }

    @GetMapping("/certificates/export")
    @RequiresPermission("training:certificate:read")
    @Operation(summary = "The certificates listed (same filter as the list, all of them) as an .xlsx workbook")
    @ApiResponse(responseCode = "200", description = "证书导出 · The certificates as .xlsx",
            content = @Content(mediaType = Downloads.XLSX, schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> export(CurrentUser user, @RequestParam(required = false) UUID sessionId,
            HttpServletRequest request, HttpServletResponse response) {
        // 跨节点导出: places holding street nodes export their certificates too, newest first as the list.
        return Downloads.of("结业证书.xlsx", Downloads.XLSX, workbook.of(federation.collect("training",
                user.jurisdictions(), "/api/training/v1/certificates", Map.of(), certificates.list(user, sessionId),
                EXPORT_LIMIT, Certificate.class, Certificate.ORDER, request, response)));
    }

    @GetMapping("/certificates/{id}/pdf")
    @RequiresPermission("training:certificate:read")
    @Operation(summary = "The certificate as PDF, with a QR code of its public verification")
    @ApiResponse(responseCode = "200", description = "证书 PDF · The certificate as PDF",
            content = @Content(mediaType = Downloads.PDF, schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> pdf(CurrentUser user, @PathVariable UUID id) {
        Certificate certificate = certificates.get(user, id);
        return Downloads.of("结业证书-" + certificate.code() + ".pdf", Downloads.PDF, pdf.render(certificate));
    }

    @GetMapping("/certificates/{id}")
    @RequiresPermission("training:certificate:read")
    @Operation(summary = "One certificate")
    Certificate get(CurrentUser user, @PathVariable UUID id) {
        return certificates.get(user, id);
    }

    @PostMapping("/certificates/{id}/revocation")
    @RequiresPermission("training:certificate:revoke")
    @Operation(summary = "Revoke a certificate; its verification then says revoked")
    Certificate revoke(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody RevocationRequest request) {
        return certificates.revoke(user, id, request.reason().strip());
    }

    @GetMapping("/certificates/{id}/timeline")
    @RequiresPermission("training:certificate:read")
    @Operation(summary = "The certificate's history")
    Page<AuditEntry> timeline(CurrentUser user, @PathVariable UUID id, PageRequest page) {
        return certificates.timeline(user, id, page);
    }

    record RevocationRequest(@NotBlank @Size(max = 500) String reason) {
    }
}
