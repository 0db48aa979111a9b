package cn.incubator.platform.handover;

import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.permission.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * 数据移交: the platform admin starts and follows, on the joining node, the handover of its subtree's records of one
 * service, at {@code /api/<service>/v1/handovers} of every service that hands over ({@link HandoverTables}).
 */
@RestController
public class HandoverController {

    private static final String PATH = "/api/${incubator.api.name}/v1/handovers";

    private final HandoverRunner handovers;

    public HandoverController(HandoverRunner handovers) {
        this.handovers = handovers;
    }

    @RequiresPermission("platform:handover:run")
    @PostMapping(PATH)
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Start (or continue) the handover of this node's subtree from the same service on its parent; "
            + "it runs in the background")
    HandoverJob.Status start(CurrentUser user, @RequestBody StartHandover request) {
        return handovers.start(user, request);
    }

    @RequiresPermission("platform:handover:read")
    @GetMapping(PATH + "/{id}")
    @Operation(summary = "A handover's step, fence window, per-table checkpoints, counts and checksums")
    HandoverJob.Status status(@PathVariable UUID id) {
        return handovers.status(id);
    }

    @RequiresPermission("platform:handover:run")
    @PostMapping(PATH + "/{id}/resume")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Run a stopped handover again from its checkpoints")
    HandoverJob.Status resume(@PathVariable UUID id) {
        return handovers.resume(id);
    }
}
