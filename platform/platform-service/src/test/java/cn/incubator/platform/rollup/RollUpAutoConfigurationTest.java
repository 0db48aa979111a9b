package cn.incubator.platform.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import java.time.Duration;
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
}
