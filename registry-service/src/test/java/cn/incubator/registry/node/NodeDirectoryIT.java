package cn.incubator.registry.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.problem.FieldProblemException;
import cn.incubator.platform.problem.FieldProblemException.FieldProblem;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.test.RealPostgres;
import cn.incubator.platform.test.service.Callers;
import cn.incubator.platform.transition.IllegalTransitionException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The node directory (节点目录): register, drain, remove, each audited; refusals field by field, nothing stored. */
@SpringBootTest(properties = "spring.grpc.server.port=0")
class NodeDirectoryIT {

    private static final CurrentUser ADMIN = Callers.ADMIN;
    private static final Map<String, ServiceEndpoint> XINGSHA_ENDPOINTS = Map.of(
            "registry", new ServiceEndpoint("http://127.0.0.1:18081", "127.0.0.1:19081"),
            "incubation", new ServiceEndpoint("http://127.0.0.1:18082", null));

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "registry_node_directory_it");
    }

    @Autowired
    NodeDirectoryService directory;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void empty() {
        TierNodes.clear(jdbc);
    }

    @Test
    void registerDrainAndRemoveRaiseTheVersionAndAreAudited() {
        long start = directory.directory().version();
        TierNode xingsha = directory.register(ADMIN, new NewNode("xingsha", "430121001000", XINGSHA_ENDPOINTS));

        NodeDirectorySnapshot registered = directory.directory();
        assertThat(registered.version()).isEqualTo(start + 1);
        assertThat(registered.nodes()).singleElement().satisfies(node -> {
            assertThat(node.name()).isEqualTo("xingsha");
            assertThat(node.jurisdiction().code()).isEqualTo("430121001000");
            assertThat(node.state()).isEqualTo(NodeState.ACTIVE);
            assertThat(node.endpoints()).isEqualTo(XINGSHA_ENDPOINTS);
            assertThat(node.version()).isEqualTo(start + 1);
            assertThat(node.registeredBy()).isEqualTo("admin");
        });

        TierNode drained = directory.drain(ADMIN, xingsha.id());
        assertThat(drained.state()).isEqualTo(NodeState.DRAINING);
        assertThat(directory.directory().version()).isEqualTo(start + 2);
        assertThatThrownBy(() -> directory.drain(ADMIN, xingsha.id())).isInstanceOf(IllegalTransitionException.class);

        // A drained node no longer holds its subtree: a new node may take it while the old one finishes.
        TierNode successor = directory.register(ADMIN, new NewNode("xingsha-2", "430121001000", XINGSHA_ENDPOINTS));
        directory.remove(ADMIN, xingsha.id());
        assertThat(directory.directory().nodes()).extracting(TierNode::name).containsExactly("xingsha-2");
        assertThat(directory.directory().version()).isEqualTo(start + 4);
        assertThatThrownBy(() -> directory.remove(ADMIN, xingsha.id())).isInstanceOf(NotFoundException.class);

        assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE subject_type = 'tier-node' AND subject_id = :id "
                        + "ORDER BY seq").param("id", xingsha.id().toString()).query(String.class).list())
                .containsExactly("node.registered", "node.drained", "node.removed");
        assertThat(jdbc.sql("SELECT actor FROM audit_entry WHERE subject_type = 'tier-node' AND subject_id = :id")
                .param("id", successor.id().toString()).query(String.class).list()).containsExactly("admin");
    }

    @Test
    void everyProblemIsNamedFieldByFieldAndNothingIsStored() {
        directory.register(ADMIN, new NewNode("xingsha", "430121001000", XINGSHA_ENDPOINTS));
        long version = directory.directory().version();

        assertThatThrownBy(() -> directory.register(ADMIN, new NewNode("Xingsha Hub!", "430121999999", Map.of(
                "registry", new ServiceEndpoint("ftp://127.0.0.1:18081", null),
                "billing", new ServiceEndpoint("http://127.0.0.1:18089", null),
                "grants", new ServiceEndpoint("http://127.0.0.1:18083/api", null),
                "training", new ServiceEndpoint("http://127.0.0.1:18084", "nowhere")))))
                .isInstanceOfSatisfying(FieldProblemException.class, e -> assertThat(e.fieldProblems())
                        .extracting(FieldProblem::field, FieldProblem::code)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("name", "Node.name.malformed"),
                                org.assertj.core.groups.Tuple.tuple("jurisdiction", "Node.jurisdiction.unknown"),
                                org.assertj.core.groups.Tuple.tuple("endpoints.registry.http", "Node.endpoint.http"),
                                org.assertj.core.groups.Tuple.tuple("endpoints.billing", "Node.service.unknown"),
                                org.assertj.core.groups.Tuple.tuple("endpoints.grants.http", "Node.endpoint.http"),
                                org.assertj.core.groups.Tuple.tuple("endpoints.training.grpc", "Node.endpoint.grpc")));

        assertThatThrownBy(() -> directory.register(ADMIN, new NewNode("xingsha", "430121001000", Map.of())))
                .isInstanceOfSatisfying(FieldProblemException.class, e -> assertThat(e.fieldProblems())
                        .extracting(FieldProblem::field, FieldProblem::code)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("name", "Node.name.taken"),
                                org.assertj.core.groups.Tuple.tuple("jurisdiction", "Node.jurisdiction.taken"),
                                org.assertj.core.groups.Tuple.tuple("endpoints", "Node.endpoints.empty")));

        // A Xingsha hub operator's jurisdiction does not cover Langli (the permission itself is platform-admin's).
        assertThatThrownBy(() -> directory.register(Callers.XINGSHA_HUB,
                new NewNode("langli", "430121004000", XINGSHA_ENDPOINTS)))
                .isInstanceOfSatisfying(FieldProblemException.class, e -> assertThat(e.fieldProblems())
                        .extracting(FieldProblem::field).containsExactly("jurisdiction"));

        assertThat(directory.directory().nodes()).extracting(TierNode::name).containsExactly("xingsha");
        assertThat(directory.directory().version()).isEqualTo(version);
        assertThatThrownBy(() -> directory.drain(ADMIN, UUID.randomUUID())).isInstanceOf(NotFoundException.class);
        assertThat(List.of(NodeDirectoryService.httpUrl("https://xingsha.example:8443"),
                NodeDirectoryService.httpUrl("http://10.0.3.7:8081/"), NodeDirectoryService.httpUrl("http://u@h:1"),
                NodeDirectoryService.httpUrl("http://h:1?x=1"), NodeDirectoryService.httpUrl("not a url")))
                .containsExactly(true, true, false, false, false);
    }
}
