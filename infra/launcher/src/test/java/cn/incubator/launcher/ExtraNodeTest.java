package cn.incubator.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ExtraNodeTest {

    @Test
    void nodesAreAskedForRepeatedlyOrCommaSeparatedNamedAfterTheirPlaceUnlessNamed() {
        List<ExtraNode> nodes = ExtraNode.parse(List.of("--node", "430121001000",
                "--node=xingsha-2=430121002000, 430121004000"));

        assertThat(nodes).containsExactly(
                new ExtraNode("node-430121001", "430121001000", 40),
                new ExtraNode("xingsha-2", "430121002000", 50),
                new ExtraNode("node-430121004", "430121004000", 60));
        assertThat(ExtraNode.parse(List.of())).as("the default stays one node").isEmpty();
        assertThat(ExtraNode.significant("430100000000")).isEqualTo("4301");
        assertThat(ExtraNode.significant("430121000000")).isEqualTo("430121");
    }

    @Test
    void malformedRequestsAreRefusedBeforeAnythingStarts() {
        assertThatThrownBy(() -> ExtraNode.parse(List.of("--node"))).hasMessageContaining("needs a jurisdiction");
        assertThatThrownBy(() -> ExtraNode.parse(List.of("--node", "4301210010"))).hasMessageContaining("12-digit");
        assertThatThrownBy(() -> ExtraNode.parse(List.of("--node", "Xingsha=430121001000")))
                .hasMessageContaining("lower-case");
        assertThatThrownBy(() -> ExtraNode.parse(List.of("--node", "430121001000,a=430121001000")))
                .hasMessageContaining("asked twice");
        assertThatThrownBy(() -> ExtraNode.parse(List.of("--nodes", "430121001000")))
                .hasMessageContaining("unknown argument");
        assertThatThrownBy(() -> ExtraNode.parse(List.of("--node", "430121001000,430121002000,430121003000,"
                + "430121004000,430121005000,430121006000"))).hasMessageContaining("at most 5");
    }

    @Test
    void theLaunchersOwnEntriesAreThoseWhoseEndpointsAreAllOnLocalhost() {
        JsonMapper json = JsonMapper.builder().build();
        assertThat(NodeRegistration.launchersOwn(json.readTree("""
                {"endpoints":{"registry":{"http":"http://localhost:8121","grpc":"localhost:9121"}}}"""))).isTrue();
        assertThat(NodeRegistration.launchersOwn(json.readTree("""
                {"endpoints":{"registry":{"http":"http://10.0.9.2:8081"},
                              "incubation":{"http":"http://localhost:8082"}}}"""))).isFalse();
        assertThat(NodeRegistration.launchersOwn(json.readTree("{\"endpoints\":{}}"))).isFalse();
    }
}
