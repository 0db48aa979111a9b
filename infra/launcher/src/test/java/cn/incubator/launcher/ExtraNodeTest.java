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
    void aNodeRunsRegistryAndIncubationUnlessItsServicesAreChosenAfterAColon() {
        List<ExtraNode> nodes = ExtraNode.parse(List.of("--node", "xingsha=430121001000:training,registry,incubation",
                "--node", "430121004000:party-building, 430121002000", "--node=430121003000:all",
                "--node", "430121005000:registry-service"));

        assertThat(nodes).extracting(ExtraNode::name).containsExactly("xingsha", "node-430121004", "node-430121002",
                "node-430121003", "node-430121005");
        assertThat(nodes.get(0).services()).as("in the platform's order, whatever the order asked in")
                .containsExactly("registry-service", "incubation-service", "training-service");
        assertThat(nodes.get(1).services()).containsExactly("party-building-service");
        assertThat(nodes.get(2).services()).as("the next code starts the next node, with the defaults")
                .containsExactly("registry-service", "incubation-service");
        assertThat(nodes.get(3).services()).containsExactly("registry-service", "incubation-service",
                "grant-service", "training-service", "party-building-service");
        assertThat(nodes.get(4).services()).as("a module name is a service too").containsExactly("registry-service");
        assertThat(nodes).extracting(ExtraNode::portShift).containsExactly(40, 50, 60, 70, 80);
        assertThat(new ExtraNode("xingsha", "430121001000", 40).services()).isEqualTo(ExtraNode.DEFAULT_SERVICES)
                .containsExactly("registry-service", "incubation-service");
    }

    @Test
    void malformedServiceListsAreRefusedBeforeAnythingStarts() {
        assertThatThrownBy(() -> ExtraNode.parse(List.of("--node", "430121001000:registrar")))
                .hasMessageContaining("unknown service registrar");
        assertThatThrownBy(() -> ExtraNode.parse(List.of("--node", "430121001000,incubation")))
                .hasMessageContaining("incubation is a service");
        assertThatThrownBy(() -> ExtraNode.parse(List.of("--node", "incubation"))).hasMessageContaining("is a service");
        assertThatThrownBy(() -> ExtraNode.parse(List.of("--node", "430121001000:")))
                .hasMessageContaining("no service after the colon");
        assertThatThrownBy(() -> ExtraNode.parse(List.of("--node", "430121001000:registry,registry-service")))
                .hasMessageContaining("registry-service asked twice");
        assertThatThrownBy(() -> ExtraNode.parse(List.of("--node", "xingsha=4301210010:registry")))
                .hasMessageContaining("12-digit");
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
