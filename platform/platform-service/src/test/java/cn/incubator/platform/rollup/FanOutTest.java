package cn.incubator.platform.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.incubator.contracts.platform.v1.Statistics;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.rollup.SimulatedNodes.Figures;
import cn.incubator.platform.rollup.SimulatedNodes.Kind;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FanOutTest {

    private static final Duration DEADLINE = Duration.ofMillis(250);
    private static final Jurisdiction CHANGSHA = Jurisdiction.of("430100000000");

    private final Random random = new Random(14);
    private SimulatedNodes nodes;

    /** The first roll-up in a JVM loads gRPC's and protobuf's classes; the timings below are of a warm one. */
    @org.junit.jupiter.api.BeforeAll
    static void warmUp() throws Exception {
        try (SimulatedNodes warm = new SimulatedNodes()) {
            warm.add("changsha", "430100000000", Kind.LIVE, 1, Figures.random(new Random(1)));
            warm.add("xingsha", "430121001000", Kind.DEAD, 0, Figures.random(new Random(2)));
            for (int i = 0; i < 3; i++) {
                new StatisticsRollUp(new FanOut(warm, warm, CircuitBreakerRegistry.ofDefaults(),
                        FanOut.defaultBreakerConfig(10, Duration.ofMinutes(1)), Duration.ofSeconds(5)))
                        .statistics("registry", CHANGSHA);
            }
        }
    }

    @BeforeEach
    void nodes() {
        nodes = new SimulatedNodes();
    }

    @AfterEach
    void close() {
        nodes.close();
    }

    private StatisticsRollUp rollUps(int breakerWindow) {
        return new StatisticsRollUp(new FanOut(nodes, nodes, CircuitBreakerRegistry.ofDefaults(),
                FanOut.defaultBreakerConfig(breakerWindow, Duration.ofMinutes(1)), DEADLINE));
    }

    @Test
    void theSumsOfEveryNodeUnderThePrefixAreExact() throws Exception {
        nodes.add("changsha", "430100000000", Kind.LIVE, 5, Figures.random(random));
        nodes.add("xingsha", "430121001000", Kind.LIVE, 20, Figures.random(random));
        nodes.add("wenyilu", "430102001000", Kind.LIVE, 35, Figures.random(random));
        nodes.add("hunan", "430000000000", Kind.LIVE, 5, Figures.random(random));

        RollUp<Statistics> rollUp = rollUps(10).statistics("registry", CHANGSHA);

        assertThat(rollUp.partial()).isFalse();
        assertThat(rollUp.answered()).extracting(RollUp.AnsweredNode::name)
                .containsExactly("changsha", "wenyilu", "xingsha");
        assertThat(rollUp.total()).isEqualTo(nodes.oracle(List.of("changsha", "xingsha", "wenyilu")));
        assertThat(nodes.node("hunan").calls).as("the province node holds nothing in Changsha").hasValue(0);
    }

    @Test
    void aDeadNodeAndASlowNodeAreNamedAndLeftOutWithinTheDeadline() throws Exception {
        nodes.add("changsha", "430100000000", Kind.LIVE, 10, Figures.random(random));
        nodes.add("xingsha", "430121001000", Kind.HANGING, 0, Figures.random(random));
        nodes.add("wenyilu", "430102001000", Kind.DEAD, 0, Figures.random(random));
        nodes.add("chaoyangjie", "430102002000", Kind.LIVE, 600, Figures.random(random));
        nodes.add("jiucaiyuan", "430102003000", Kind.LIVE, 30, Figures.random(random));

        long started = System.nanoTime();
        RollUp<Statistics> rollUp = rollUps(10).statistics("registry", CHANGSHA);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(took).isLessThan(DEADLINE.plus(FanOut.MARGIN).plusMillis(50));
        assertThat(rollUp.partial()).isTrue();
        assertThat(rollUp.answered()).extracting(RollUp.AnsweredNode::name)
                .containsExactly("changsha", "jiucaiyuan");
        assertThat(rollUp.missing()).extracting(RollUp.MissingNode::name, RollUp.MissingNode::reason)
                .containsExactly(
                        tuple("wenyilu", MissingReason.UNAVAILABLE),
                        tuple("chaoyangjie", MissingReason.DEADLINE_EXCEEDED),
                        tuple("xingsha", MissingReason.DEADLINE_EXCEEDED));
        assertThat(rollUp.partialHeader()).isEqualTo(
                "wenyilu=unavailable, chaoyangjie=deadline-exceeded, xingsha=deadline-exceeded");
        assertThat(rollUp.total()).isEqualTo(nodes.oracle(List.of("changsha", "jiucaiyuan")));
    }

    @Test
    void everyNodeMissingIsTheZeroNotAnError() throws Exception {
        nodes.add("changsha", "430100000000", Kind.DEAD, 0, Figures.random(random));

        RollUp<Statistics> rollUp = rollUps(10).statistics("registry", CHANGSHA);

        assertThat(rollUp.answered()).isEmpty();
        assertThat(rollUp.total()).isEqualTo(nodes.oracle(List.of()));
        assertThat(rollUp.total().getGrants().getAwardedAmount()).isEqualTo("0.00");
    }

    @Test
    void aBreakerOpensAfterRepeatedFailuresAndTheNodeIsThenNotCalled() throws Exception {
        nodes.add("changsha", "430100000000", Kind.LIVE, 5, Figures.random(random));
        SimulatedNodes.SimulatedNode hanging = nodes.add("xingsha", "430121001000", Kind.HANGING, 0,
                Figures.random(random));
        StatisticsRollUp rollUps = rollUps(3);
        for (int i = 0; i < 3; i++) {
            assertThat(rollUps.statistics("registry", CHANGSHA).missing()).extracting(RollUp.MissingNode::reason)
                    .containsExactly(MissingReason.DEADLINE_EXCEEDED);
        }
        assertThat(hanging.calls).hasValue(3);

        long started = System.nanoTime();
        RollUp<Statistics> rollUp = rollUps.statistics("registry", CHANGSHA);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(rollUp.missing()).extracting(RollUp.MissingNode::name, RollUp.MissingNode::reason)
                .containsExactly(tuple("xingsha", MissingReason.BREAKER_OPEN));
        assertThat(hanging.calls).as("an open breaker does not call the node").hasValue(3);
        assertThat(took).as("nobody waits for a node whose breaker is open").isLessThan(DEADLINE);
        assertThat(rollUp.total()).isEqualTo(nodes.oracle(List.of("changsha")));
    }

    @Test
    void aRefusalDoesNotOpenTheBreaker() {
        assertThat(FanOut.countsAsFailure(io.grpc.Status.PERMISSION_DENIED.asRuntimeException())).isFalse();
        assertThat(FanOut.reason(io.grpc.Status.PERMISSION_DENIED.asRuntimeException()))
                .isEqualTo(MissingReason.REFUSED);
        assertThat(FanOut.countsAsFailure(io.grpc.Status.UNAVAILABLE.asRuntimeException())).isTrue();
        assertThat(FanOut.countsAsFailure(io.grpc.Status.DEADLINE_EXCEEDED.asRuntimeException())).isTrue();
    }
}
