package cn.incubator.training.certificate;

import cn.incubator.platform.audit.AuditEntry;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.permission.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 结业证书: completion, certificates and their revocation. */
@RestController
@RequestMapping("/api/training/v1")
class CertificateController {

    private final CertificateService certificates;

    CertificateController(CertificateService certificates) {
        this.certificates = certificates;
    }

    @PostMapping("/sessions/{id}/completion")
    @RequiresPermission("training:certificate:issue")
    @Operation(summary = "Complete the session: judge each enrolled person by the course's rule, issue certificates")
    Page<Certificate> complete(CurrentUser user, @PathVariable UUID id, PageRequest page) {
        return Page.slice(certificates.complete(user, id), page);
    }

    @GetMapping("/certificates")
    @RequiresPermission("training:certificate:read")
    @Operation(summary = "Certificates: of organizations where you work, or your own organization's")
    Page<Certificate> list(CurrentUser user, @RequestParam(required = false) UUID sessionId, PageRequest page) {
        return Page.slice(certificates.list(user, sessionId), page);
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
