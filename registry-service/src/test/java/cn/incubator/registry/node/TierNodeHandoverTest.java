package cn.incubator.registry.node;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A joining node waits for the handover of every service its entry lists, and only those. */
class TierNodeHandoverTest {

    private static final TierNode XINGSHA = new TierNode(UUID.randomUUID(), "xingsha",
            Jurisdiction.of("430121001000"), NodeState.JOINING, Map.of(
                    "registry", new ServiceEndpoint("http://10.0.3.7:8081", null),
                    "incubation", new ServiceEndpoint("http://10.0.3.7:8082", null),
                    "grants", new ServiceEndpoint("http://10.0.3.7:8083", null)),
            3, "admin", Instant.EPOCH, Instant.EPOCH);

    @Test
    void aNodeAwaitsEveryServiceItRunsInNameOrder() {
        assertThat(XINGSHA.awaitingHandover(Set.of())).containsExactly("grants", "incubation", "registry");
        assertThat(XINGSHA.awaitingHandover(Set.of("registry"))).containsExactly("grants", "incubation");
    }

    @Test
    void aSwitchOfAServiceTheNodeDoesNotRunCountsForNothing() {
        assertThat(XINGSHA.awaitingHandover(Set.of("registry", "training", "party-building")))
                .containsExactly("grants", "incubation");
    }

    @Test
    void whenEveryServiceSwitchedNothingIsAwaited() {
        assertThat(XINGSHA.awaitingHandover(Set.of("registry", "incubation", "grants"))).isEmpty();
    }
}
