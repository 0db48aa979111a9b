package cn.incubator.registry.node;

import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.permission.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 节点目录: the central team's directory of tier nodes (platform-admin only); the gateway routes by it. */
@RestController
@Validated
@RequestMapping("/api/registry/v1")
class NodeDirectoryController {

    private final NodeDirectoryService directory;

    NodeDirectoryController(NodeDirectoryService directory) {
        this.directory = directory;
    }

    @RequiresPermission("registry:node:read")
    @GetMapping("/node-directory")
    @Operation(summary = "The whole node directory with its version (the gateway reads it every few seconds)")
    NodeDirectorySnapshot directory() {
        return directory.directory();
    }

    @RequiresPermission("registry:node:register")
    @PostMapping("/node-directory/nodes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a node: its name, the subtree it serves and the endpoints of the services it runs")
    TierNode register(CurrentUser user, @RequestBody NewNode request) {
        return directory.register(user, request);
    }

    @RequiresPermission("registry:node:drain")
    @PostMapping("/node-directory/nodes/{id}/drain")
    @Operation(summary = "Drain a node: it receives no new traffic, which returns to the nearest ancestor node")
    TierNode drain(CurrentUser user, @PathVariable UUID id) {
        return directory.drain(user, id);
    }

    @RequiresPermission("registry:node:remove")
    @DeleteMapping("/node-directory/nodes/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a node from the directory")
    void remove(CurrentUser user, @PathVariable UUID id) {
        directory.remove(user, id);
    }
}
