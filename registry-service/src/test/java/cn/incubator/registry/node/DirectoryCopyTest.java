package cn.incubator.registry.node;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class DirectoryCopyTest {

    private final AtomicLong version = new AtomicLong(4);
    private final AtomicReference<List<TierNode>> stored = new AtomicReference<>(List.of(node("xingsha")));
    private final AtomicInteger versionReads = new AtomicInteger();
    private final AtomicInteger nodeReads = new AtomicInteger();
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final DirectoryCopy copy = new DirectoryCopy(() -> {
        versionReads.incrementAndGet();
        return version.get();
    }, () -> {
        nodeReads.incrementAndGet();
        return stored.get();
    }, Duration.ofSeconds(1), now::get);

    private static TierNode node(String name) {
        Instant at = Instant.parse("2026-12-04T08:00:00Z");
        return new TierNode(UUID.randomUUID(), name, Jurisdiction.of("430121001000"), NodeState.ACTIVE,
                new TreeMap<>(Map.of("registry", new ServiceEndpoint("http://10.0.9.2:8081", null))), 1, "admin", at,
                at);
    }

    @Test
    void withinTheIntervalTheCopyIsUsedWithoutAnyRead() {
        assertThat(copy.nodes()).extracting(TierNode::name).containsExactly("xingsha");
        now.addAndGet(999_000_000L);
        copy.nodes();
        copy.nodes();

        assertThat(versionReads).hasValue(1);
        assertThat(nodeReads).hasValue(1);
    }

    @Test
    void afterTheIntervalTheVersionIsAskedAndTheNodesAreReadOnlyWhenItMoved() {
        copy.nodes();
        now.addAndGet(1_000_000_000L);
        copy.nodes();
        assertThat(versionReads).hasValue(2);
        assertThat(nodeReads).as("same version: the nodes are not read again").hasValue(1);

        // another registry instance registers a node
        stored.set(List.of(node("xingsha"), node("langli")));
        version.set(5);
        assertThat(copy.nodes()).as("still within the interval").hasSize(1);
        now.addAndGet(1_000_000_000L);
        assertThat(copy.nodes()).extracting(TierNode::name).containsExactly("xingsha", "langli");
        assertThat(nodeReads).hasValue(2);
    }

    @Test
    void aChangeCommittedHereIsSeenByTheNextReadAndNotBeforeItsCommit() {
        copy.nodes();
        TransactionSynchronizationManager.initSynchronization();
        try {
            copy.changed();
            stored.set(List.of());
            version.set(5);
            assertThat(copy.nodes()).as("not committed yet").hasSize(1);
            TransactionSynchronizationManager.getSynchronizations().forEach(TransactionSynchronization::afterCommit);
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }

        assertThat(copy.nodes()).as("committed: read again at once, within the interval").isEmpty();
        assertThat(nodeReads).hasValue(2);
    }

    @Test
    void outsideATransactionAChangeDropsTheCopyAtOnce() {
        copy.nodes();
        stored.set(List.of());
        copy.changed();

        assertThat(copy.nodes()).isEmpty();
    }
}
