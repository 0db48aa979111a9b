package cn.incubator.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * 节点管理 (the tier-node directory) in a real browser ({@code console/e2e/nodes.e2e.mjs}): the platform admin opens
 * the screen and sees the directory and its version as the registry answers them; a registration with a malformed
 * name and a registry endpoint that is not http(s) is refused under exactly those fields and stores nothing; the
 * corrected one (a loopback address nothing listens on, joining, so the gateway routes nothing to it) shows in the
 * table as 接入中 (JOINING) with its place and endpoints (Joining, with the services' English names, after the
 * language switch), offers removal but no drain, raises the version and is on the node's timeline; removed after a confirmation, it leaves the table and the directory. The county officer has
 * no such menu, the console refuses the route and the registry the directory.
 */
@ExtendWith(RunningPlatform.class)
@ResourceLock(SharedParts.NODES)
class ConsoleNodesSystemIT {

    private static final String NODES = "/api/registry/v1/node-directory";

    @Test
    void thePlatformAdminRegistersAndRemovesANodeAndAnOfficerSeesNoSuchScreen()
            throws IOException, InterruptedException {
        long before = Api.get(NODES, Api.token("admin")).json().get("version").asLong();
        String output = BrowserJourney.run("nodes.e2e.mjs", 10, Map.of(), List.of("tier-node-field-errors-admin.png",
                "tier-nodes-admin.png", "tier-node-timeline-admin.png"));

        assertThat(output).contains("admin: the table shows", "as 接入中 (JOINING)", "in English the node is Joining",
                "is removed (204)", "county-officer: no 节点管理 menu");
        // the registration and the removal each raised the version (and the refusal did not), and nothing stayed
        Api.Response after = Api.get(NODES, Api.token("admin"));
        assertThat(after.json().get("version").asLong()).isGreaterThanOrEqualTo(before + 2);
        assertThat(after.json().get("nodes").valueStream().map(n -> n.get("name").asString()))
                .noneMatch(name -> name.startsWith("e2e-"));
    }
}
