package cn.incubator.registry.handover;

import cn.incubator.platform.handover.HandoverJob;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.permission.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 数据移交: the platform admin starts and follows, on the joining node, the handover of its subtree's records. */
@RestController
@RequestMapping("/api/registry/v1/handovers")
class HandoverController {

    private final HandoverService handovers;

    HandoverController(HandoverService handovers) {
        this.handovers = handovers;
    }

    @RequiresPermission("registry:handover:run")
    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Start (or continue) the handover of this node's subtree from its parent; it runs in the "
            + "background")
    HandoverJob.Status start(CurrentUser user, @RequestBody StartHandover request) {
        return handovers.start(user, request);
    }

    @RequiresPermission("registry:handover:read")
    @GetMapping("/{id}")
    @Operation(summary = "A handover's step, fence window, per-table checkpoints, counts and checksums")
    HandoverJob.Status status(@PathVariable UUID id) {
        return handovers.status(id);
    }

    @RequiresPermission("registry:handover:run")
    @PostMapping("/{id}/resume")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Run a stopped handover again from its checkpoints")
    HandoverJob.Status resume(@PathVariable UUID id) {
        return handovers.resume(id);
    }
}
