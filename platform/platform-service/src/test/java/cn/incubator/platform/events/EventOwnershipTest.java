package cn.incubator.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.node.Node;
import cn.incubator.platform.rollup.NodeEndpoint;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which consumer takes an event when a service runs on several nodes of one subtree: the deepest node whose subtree
 * holds the event's place. The central party-building (Hunan) leaves a Xingsha event to a Xingsha party-building node
 * and keeps 泉塘街道's; the Xingsha node itself owns its own events.
 */
class EventOwnershipTest {

    private static final Node CENTRAL = new Node("central", List.of(Jurisdiction.of("430000000000"),
            Jurisdiction.of("150627000000")));
    private static final Node XINGSHA_NODE = new Node("xingsha", Jurisdiction.of("430121001000"));
    private static final NodeEndpoint XINGSHA = new NodeEndpoint("xingsha", Jurisdiction.of("430121001000"),
            "http://10.0.9.2:8085");
    private static final NodeEndpoint COUNTY = new NodeEndpoint("changsha-county", Jurisdiction.of("430121000000"),
            "http://10.0.9.3:8085");

    private static Jurisdiction place(String code) {
        return Jurisdiction.of(code);
    }

    @Test
    void aPlaceOfADeeperNodeIsThatNodesTheDeepestWinning() {
        assertThat(EventInbox.deeperOwner(CENTRAL, List.of(XINGSHA), place("430121001001"))).isEqualTo("xingsha");
        assertThat(EventInbox.deeperOwner(CENTRAL, List.of(COUNTY, XINGSHA), place("430121001001")))
                .isEqualTo("xingsha");
        assertThat(EventInbox.deeperOwner(CENTRAL, List.of(COUNTY, XINGSHA), place("430121002000")))
                .isEqualTo("changsha-county");
    }

    @Test
    void aPlaceNoDeeperNodeHoldsIsThisNodesOwn() {
        assertThat(EventInbox.deeperOwner(CENTRAL, List.of(XINGSHA), place("430121002000"))).isNull();
        assertThat(EventInbox.deeperOwner(CENTRAL, List.of(), place("430121001001"))).isNull();
        assertThat(EventInbox.deeperOwner(CENTRAL, List.of(XINGSHA), place("150627000000"))).isNull();
        // The node itself, and a node serving the same subtree, are not deeper.
        assertThat(EventInbox.deeperOwner(XINGSHA_NODE, List.of(XINGSHA), place("430121001001"))).isNull();
        assertThat(EventInbox.deeperOwner(XINGSHA_NODE, List.of(new NodeEndpoint("twin",
                Jurisdiction.of("430121001000"), "http://10.0.9.4:8085")), place("430121001001"))).isNull();
    }
}
