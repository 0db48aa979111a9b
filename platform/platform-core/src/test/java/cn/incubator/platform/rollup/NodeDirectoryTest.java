package cn.incubator.platform.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodeDirectoryTest {

    private static final NodeEndpoint HUNAN = node("central", "430000000000");
    private static final NodeEndpoint CHANGSHA = node("changsha", "430100000000");
    private static final NodeEndpoint XINGSHA = node("xingsha", "430121001000");
    private static final NodeEndpoint WENYILU = node("wenyilu", "430102001000");
    private static final List<NodeEndpoint> NODES = List.of(HUNAN, XINGSHA, CHANGSHA, WENYILU);

    private static NodeEndpoint node(String name, String code) {
        return new NodeEndpoint(name, Jurisdiction.of(code), "in-process:" + name);
    }

    @Test
    void aCityRollUpAsksTheCityNodeAndEveryNodeBelowItButNotTheProvince() {
        assertThat(NodeDirectory.involved(NODES, Jurisdiction.of("430100000000")))
                .containsExactly(CHANGSHA, WENYILU, XINGSHA);
    }

    @Test
    void aCountyWithoutANodeOfItsOwnAsksItsOwnerAndTheStreetNodesInIt() {
        assertThat(NodeDirectory.involved(NODES, Jurisdiction.of("430121000000")))
                .containsExactly(CHANGSHA, XINGSHA);
    }

    @Test
    void aStreetWithItsOwnNodeAsksThatNodeAlone() {
        assertThat(NodeDirectory.involved(NODES, Jurisdiction.of("430121001000"))).containsExactly(XINGSHA);
    }

    @Test
    void anotherCityIsOwnedByTheProvinceNode() {
        assertThat(NodeDirectory.involved(NODES, Jurisdiction.of("430200000000"))).containsExactly(HUNAN);
    }

    @Test
    void aPrefixNoNodeServesAsksNobody() {
        assertThat(NodeDirectory.involved(List.of(XINGSHA), Jurisdiction.of("430102000000"))).isEmpty();
    }

    /** Which node serves a place, per service: the longest prefix among the nodes that run it. */
    @Test
    void theLongestPrefixOwnsAPlaceAndAServiceANodeDoesNotRunFallsBackToTheNearestAncestorThatRunsIt() {
        NodeDirectory directory = service -> switch (service) {
            case "registry" -> NODES;
            // the street node runs registry and incubation only; grants for Xingsha are the city node's
            case "grants" -> List.of(HUNAN, CHANGSHA, WENYILU);
            default -> List.of();
        };
        Jurisdiction xingsha = Jurisdiction.of("430121001000");

        assertThat(directory.ownerOf("registry", xingsha)).contains(XINGSHA);
        assertThat(directory.ownerOf("registry", Jurisdiction.of("430121004000"))).as("Langli: the city's")
                .contains(CHANGSHA);
        assertThat(directory.ownerOf("registry", Jurisdiction.of("430100000000"))).contains(CHANGSHA);
        assertThat(directory.ownerOf("registry", Jurisdiction.of("430000000000"))).contains(HUNAN);
        assertThat(directory.ownerOf("grants", xingsha)).contains(CHANGSHA);
        assertThat(directory.ownerOf("grants", Jurisdiction.of("430200000000"))).contains(HUNAN);
        assertThat(directory.ownerOf("training", xingsha)).isEmpty();
        assertThat(directory.ownerOf("registry", Jurisdiction.of("150627000000"))).as("no node contains it")
                .isEmpty();
    }
}
