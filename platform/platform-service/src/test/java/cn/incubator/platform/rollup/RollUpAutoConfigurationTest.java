package cn.incubator.platform.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.node.Node;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class RollUpAutoConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(RollUpAutoConfiguration.class));

    @Test
    void theNodesAndTheDeadlineComeFromConfiguration() {
        context.withPropertyValues(
                "incubator.rollup.deadline=300ms",
                "incubator.rollup.nodes[0].name=changsha",
                "incubator.rollup.nodes[0].jurisdiction=430100000000",
                "incubator.rollup.nodes[0].grpc.registry=static://10.0.3.7:9081",
                "incubator.rollup.nodes[0].grpc.grants=static://10.0.3.7:9083",
                "incubator.rollup.nodes[1].name=xingsha",
                "incubator.rollup.nodes[1].jurisdiction=430121001000",
                "incubator.rollup.nodes[1].grpc.registry=static://10.0.9.2:9081")
                .run(started -> {
                    assertThat(started).hasSingleBean(StatisticsRollUp.class);
                    assertThat(started.getBean(FanOut.class).deadline()).isEqualTo(Duration.ofMillis(300));
                    NodeDirectory directory = started.getBean(NodeDirectory.class);
                    assertThat(directory.nodesFor("registry", Jurisdiction.of("430121000000")))
                            .extracting(NodeEndpoint::name, NodeEndpoint::target)
                            .containsExactly(
                                    org.assertj.core.groups.Tuple.tuple("changsha", "static://10.0.3.7:9081"),
                                    org.assertj.core.groups.Tuple.tuple("xingsha", "static://10.0.9.2:9081"));
                    assertThat(directory.nodesFor("grants", Jurisdiction.of("430121000000")))
                            .extracting(NodeEndpoint::name).containsExactly("changsha");
                });
    }

    @Test
    void withoutNodesTheDeadlineIsTwoHundredAndFiftyMillisecondsAndNobodyIsAsked() {
        context.run(started -> {
            assertThat(started.getBean(FanOut.class).deadline()).isEqualTo(Duration.ofMillis(250));
            assertThat(started.getBean(NodeDirectory.class).nodesRunning("registry")).isEmpty();
        });
    }

    /** By default a platform is one node: a roll-up asks this node's own services, once per subtree it serves. */
    @Test
    void thisNodeAnswersForItselfAtItsLocalServicesBesideTheConfiguredOnes() {
        context.withBean(Node.class, () -> new Node("central", List.of(Jurisdiction.of("430000000000"),
                        Jurisdiction.of("150627000000"))))
                .withPropertyValues(
                        "spring.grpc.client.channels.registry.address=static://localhost:9081",
                        "spring.grpc.client.channels.grants.address=static://localhost:9083",
                        "incubator.rollup.nodes[0].name=xingsha",
                        "incubator.rollup.nodes[0].jurisdiction=430121001000",
                        "incubator.rollup.nodes[0].grpc.registry=static://10.0.9.2:9081")
                .run(started -> {
                    NodeDirectory directory = started.getBean(NodeDirectory.class);
                    assertThat(directory.nodesRunning("registry"))
                            .extracting(NodeEndpoint::name, node -> node.jurisdiction().code(), NodeEndpoint::target)
                            .containsExactly(
                                    tuple("central", "430000000000", "static://localhost:9081"),
                                    tuple("central", "150627000000", "static://localhost:9081"),
                                    tuple("xingsha", "430121001000", "static://10.0.9.2:9081"));
                    assertThat(directory.nodesFor("registry", Jurisdiction.of("430121000000")))
                            .extracting(NodeEndpoint::name, NodeEndpoint::target)
                            .containsExactly(tuple("central", "static://localhost:9081"),
                                    tuple("xingsha", "static://10.0.9.2:9081"));
                    assertThat(directory.nodesFor("registry", Jurisdiction.of("150627000000")))
                            .extracting(node -> node.jurisdiction().code()).containsExactly("150627000000");
                    assertThat(directory.nodesRunning("grants")).hasSize(2);
                    assertThat(directory.nodesRunning("training")).as("no address: not run here").isEmpty();
                });
    }

    @Test
    void aConfiguredNodeOfThisNodesNameReplacesTheLocalOne() {
        context.withBean(Node.class, () -> new Node("changsha", Jurisdiction.of("430100000000")))
                .withPropertyValues(
                        "spring.grpc.client.channels.registry.address=static://localhost:9081",
                        "incubator.rollup.nodes[0].name=changsha",
                        "incubator.rollup.nodes[0].jurisdiction=430100000000",
                        "incubator.rollup.nodes[0].grpc.registry=static://10.0.3.7:9081")
                .run(started -> assertThat(started.getBean(NodeDirectory.class).nodesRunning("registry"))
                        .extracting(NodeEndpoint::target).containsExactly("static://10.0.3.7:9081"));
    }
}
