package cn.incubator.registry.node;

import cn.incubator.platform.handover.HandoverDirectory;
import cn.incubator.platform.handover.HandoverFeedController;
import cn.incubator.platform.handover.RemoteHandoverDirectory;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.permission.RequiresPermission;
import cn.incubator.platform.problem.NotFoundException;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where the parents of a joining node other than the registry report their handover's switch, and learn whether the
 * node is active (then they retire their copies): service to service only, hidden from the published API.
 */
@RestController
@Hidden
class NodeHandoverFeedController {

    private final NodeDirectoryService directory;

    NodeHandoverFeedController(NodeDirectoryService directory) {
        this.directory = directory;
    }

    @PostMapping(RemoteHandoverDirectory.PATH + "/{service}")
    @RequiresPermission("platform:handover:transfer")
    HandoverDirectory.NodeHandovers switched(CurrentUser caller, @PathVariable String node,
            @PathVariable String service, @RequestParam String jurisdiction) {
        HandoverFeedController.requireServiceClient(caller);
        if (!Jurisdiction.isValid(jurisdiction)) {
            throw new NotFoundException("jurisdiction", jurisdiction);
        }
        return directory.handedOver(DirectoryOfHandovers.ACTOR, node, service, Jurisdiction.of(jurisdiction));
    }

    @GetMapping(RemoteHandoverDirectory.PATH)
    @RequiresPermission("platform:handover:transfer")
    HandoverDirectory.NodeHandovers handovers(CurrentUser caller, @PathVariable String node) {
        HandoverFeedController.requireServiceClient(caller);
        return directory.handovers(node);
    }
}
