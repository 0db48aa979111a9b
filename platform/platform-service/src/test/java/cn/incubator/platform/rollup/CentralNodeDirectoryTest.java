package cn.incubator.platform.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.node.Node;
import cn.incubator.platform.node.NodeDuties;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CentralNodeDirectoryTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode document(long version, String nodes) {
        return JSON.readTree("{\"version\":" + version + ",\"nodes\":[" + nodes + "]}");
    }

    private static final String XINGSHA = """
            {"id":"1","name":"xingsha","jurisdiction":{"code":"430121001000","name":"星沙街道"},"state":"ACTIVE",
             "endpoints":{"registry":{"http":"http://10.0.9.2:8081","grpc":"10.0.9.2:9081"},
                          "incubation":{"http":"http://10.0.9.2:8082"}}}""";
    private static final String LANGLI_DRAINING = """
            {"id":"2","name":"langli","jurisdiction":{"code":"430121004000"},"state":"DRAINING",
             "endpoints":{"registry":{"http":"http://10.0.9.3:8081","grpc":"10.0.9.3:9081"}}}""";

    @Test
    void activeNodesAreAskedPerServiceAtTheirGrpcEndpointsAndDrainingOnesAreNot() {
        CentralNodeDirectory directory = new CentralNodeDirectory(() -> document(7, XINGSHA + "," + LANGLI_DRAINING),
                3_000);
        assertThat(directory.version()).isEqualTo(-1);
        assertThat(directory.nodesRunning("registry")).as("nothing before the first read").isEmpty();

        directory.refresh();

        assertThat(directory.version()).isEqualTo(7);
        assertThat(directory.nodesRunning("registry"))
                .extracting(NodeEndpoint::name, node -> node.jurisdiction().code(), NodeEndpoint::target)
                .containsExactly(tuple("xingsha", "430121001000", "static://10.0.9.2:9081"));
        assertThat(directory.nodesRunning("incubation")).as("no gRPC endpoint: its ancestor answers").isEmpty();
    }

    /**
     * A joining node (接入中) is named as such, is asked for nothing yet, and does no timed work of its own
     * ({@link NodeDuties}) until the directory lists it active; the central node, which the directory does not list,
     * always does.
     */
    @Test
    void aJoiningNodeIsAskedForNothingAndDoesNoTimedWorkUntilItIsActive() {
        String joining = """
                {"id":"4","name":"huanghua","jurisdiction":"430121109000","state":"JOINING",
                 "endpoints":{"registry":{"http":"http://10.0.9.5:8081","grpc":"10.0.9.5:9081"}}}""";
        AtomicReference<JsonNode> document = new AtomicReference<>(document(8, XINGSHA + "," + joining));
        CentralNodeDirectory directory = new CentralNodeDirectory(document::get, 3_000);
        NodeDuties street = new NodeDuties(new Node("huanghua", Jurisdiction.of("430121109000")),
                directory::joining);
        NodeDuties central = new NodeDuties(new Node("central", Jurisdiction.of("430000000000")),
                directory::joining);
        assertThat(street.acting()).as("before the first read, nothing says it is joining").isTrue();

        directory.refresh();
        assertThat(directory.joining("huanghua")).isTrue();
        assertThat(directory.joining("xingsha")).isFalse();
        assertThat(directory.serving("registry")).extracting(NodeEndpoint::name).containsExactly("xingsha");
        assertThat(directory.feedsOf("registry")).extracting(NodeEndpoint::name).containsExactly("xingsha");
        assertThat(street.acting()).isFalse();
        assertThat(central.acting()).isTrue();

        document.set(document(9, XINGSHA + "," + joining.replace("JOINING", "ACTIVE")));
        directory.refresh();
        assertThat(directory.joining("huanghua")).isFalse();
        assertThat(directory.serving("registry")).extracting(NodeEndpoint::name)
                .containsExactlyInAnyOrder("xingsha", "huanghua");
        assertThat(street.acting()).isTrue();
    }

    /** Event feeds: every node's HTTP endpoint, a draining node's too (it may still hold unread events). */
    @Test
    void feedsAreReadFromActiveAndDrainingNodesAtTheirHttpEndpoints() {
        CentralNodeDirectory directory = new CentralNodeDirectory(() -> document(7, XINGSHA + "," + LANGLI_DRAINING
                + ",{\"id\":\"3\",\"name\":\"gone\",\"jurisdiction\":\"430121005000\",\"state\":\"REMOVED\","
                + "\"endpoints\":{\"registry\":{\"http\":\"http://10.0.9.4:8081\"}}}"), 3_000);
        directory.refresh();

        assertThat(directory.feedsOf("registry"))
                .extracting(NodeEndpoint::name, node -> node.jurisdiction().code(), NodeEndpoint::target)
                .containsExactly(tuple("xingsha", "430121001000", "http://10.0.9.2:8081"),
                        tuple("langli", "430121004000", "http://10.0.9.3:8081"));
        assertThat(directory.feedsOf("incubation")).extracting(NodeEndpoint::target)
                .containsExactly("http://10.0.9.2:8082");
        assertThat(directory.feedsOf("grants")).isEmpty();
        assertThat(directory.nodesRunning("registry")).extracting(NodeEndpoint::name).containsExactly("xingsha");
    }

    /** Federated reads: the active nodes only (a draining one no longer holds its subtree's answers), over HTTP. */
    @Test
    void federatedReadsAskTheActiveNodesAtTheirHttpEndpoints() {
        CentralNodeDirectory directory = new CentralNodeDirectory(() -> document(7, XINGSHA + "," + LANGLI_DRAINING),
                3_000);
        directory.refresh();

        assertThat(directory.serving("registry"))
                .extracting(NodeEndpoint::name, node -> node.jurisdiction().code(), NodeEndpoint::target)
                .containsExactly(tuple("xingsha", "430121001000", "http://10.0.9.2:8081"));
        assertThat(directory.serving("incubation")).extracting(NodeEndpoint::target)
                .containsExactly("http://10.0.9.2:8082");
        assertThat(directory.serving("grants")).isEmpty();
    }

    @Test
    void theLastGoodCopyIsKeptWhileTheRegistryCannotBeReadOrAnswersGarbage() {
        AtomicReference<JsonNode> answer = new AtomicReference<>(document(3, XINGSHA));
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        CentralNodeDirectory directory = new CentralNodeDirectory(() -> {
            if (failure.get() != null) {
                throw failure.get();
            }
            return answer.get();
        }, 3_000);
        directory.refresh();

        failure.set(new IllegalStateException("registry down"));
        directory.refresh();
        assertThat(directory.nodesRunning("registry")).extracting(NodeEndpoint::name).containsExactly("xingsha");

        failure.set(null);
        answer.set(JSON.readTree("{\"nodes\":\"garbage\"}"));
        directory.refresh();
        assertThat(directory.version()).isEqualTo(3);
        assertThat(directory.nodesRunning("registry")).extracting(NodeEndpoint::name).containsExactly("xingsha");

        answer.set(document(4, ""));
        directory.refresh();
        assertThat(directory.version()).isEqualTo(4);
        assertThat(directory.nodesRunning("registry")).as("removed from the directory: not asked").isEmpty();
    }

    /** This node, then hand-configured nodes, then the directory's; a name already present is not asked twice. */
    @Test
    void theLocalNodeAndTheDirectoryAreCombinedWithoutAskingANodeTwice() {
        CentralNodeDirectory central = new CentralNodeDirectory(() -> document(1, XINGSHA + ","
                + XINGSHA.replace("\"xingsha\"", "\"central\"").replace("430121001000", "430121002000")), 3_000);
        central.refresh();
        NodeDirectory local = new LocalNodeDirectory(new Node("central", List.of(Jurisdiction.of("430000000000"))),
                service -> service.equals("registry") ? "static://localhost:9081" : null);

        NodeDirectory combined = RollUpAutoConfiguration.combined(List.of(local, central::nodesRunning));

        assertThat(combined.nodesFor("registry", Jurisdiction.of("430121000000")))
                .extracting(NodeEndpoint::name, NodeEndpoint::target)
                .containsExactly(tuple("central", "static://localhost:9081"),
                        tuple("xingsha", "static://10.0.9.2:9081"));
        assertThat(combined.nodesFor("registry", Jurisdiction.of("430121001000")))
                .as("the street's own node owns it").extracting(NodeEndpoint::name).containsExactly("xingsha");
    }
}
