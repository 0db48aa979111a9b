package cn.incubator.registry.guidance;

import cn.incubator.platform.federation.NodeLocal;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.permission.RequiresPermission;
import cn.incubator.registry.organization.LegalForm;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 登记指引: checklists and progress through them. */
@RestController
@Validated
@RequestMapping("/api/registry/v1")
class GuidanceController {

    private final GuidanceService guidance;

    GuidanceController(GuidanceService guidance) {
        this.guidance = guidance;
    }

    @RequiresPermission("registry:guidance:read")
    @GetMapping("/registration-guides")
    @Operation(summary = "Registration checklists for a social group and a social-service organization")
    @NodeLocal("reference data: the checklists every node migrates alike")
    Page<RegistrationGuide> guides(PageRequest page) {
        return Page.slice(guidance.guides(), page);
    }

    @RequiresPermission("registry:guidance:read")
    @GetMapping("/registration-guides/{legalForm}")
    RegistrationGuide guide(@PathVariable LegalForm legalForm) {
        return guidance.guide(legalForm);
    }

    @RequiresPermission("registry:guidance:read")
    @GetMapping("/organizations/{id}/registration-progress")
    @Operation(summary = "The organization's progress through its checklist")
    RegistrationProgress progress(CurrentUser user, @PathVariable UUID id) {
        return guidance.progress(user, id);
    }

    @RequiresPermission("registry:guidance:write")
    @PostMapping("/organizations/{id}/registration-progress/{step}")
    @Operation(summary = "Mark a checklist step done (while in preparation)")
    RegistrationProgress markDone(CurrentUser user, @PathVariable UUID id, @PathVariable int step,
            @Valid @RequestBody(required = false) StepRequest request) {
        return guidance.markDone(user, id, step, request == null ? null : request.note());
    }

    record StepRequest(@Size(max = 1000) String note) {
    }
}
