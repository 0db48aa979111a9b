package cn.incubator.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The processes, ports, databases, addresses and directory entry of the start command's extra nodes. */
class NodeSetTest {

    private static final PlatformConfig OFFSET = PlatformConfig.local(Path.of("/nowhere"), 4500);

    @Test
    void eachNodeServiceHasItsOwnPortsAndDatabaseHonouringThePortOffset() {
        Map<ExtraNode, List<PlatformConfig.Service>> plan = Platform.plan(OFFSET,
                ExtraNode.parse(List.of("--node", "430121001000,430121004000:all")));

        List<PlatformConfig.Service> xingsha = plan.get(plan.keySet().iterator().next());
        assertThat(xingsha).containsExactly(
                new PlatformConfig.Service("registry-service-node-430121001", "registry", 12621, 13621,
                        "registry_node_430121001"),
                new PlatformConfig.Service("incubation-service-node-430121001", "incubation", 12622, 13622,
                        "incubation_node_430121001"));
        List<PlatformConfig.Service> langli = new ArrayList<>(plan.values()).get(1);
        assertThat(langli).extracting(PlatformConfig.Service::port).containsExactly(12631, 12632, 12633, 12634, 12635);
        assertThat(langli).extracting(PlatformConfig.Service::database).containsExactly("registry_node_430121004",
                "incubation_node_430121004", "grants_node_430121004", "training_node_430121004",
                "party_building_node_430121004");
        assertThat(Platform.nodePorts(plan)).containsExactly(12621, 13621, 12622, 13622, 12631, 13631, 12632, 13632,
                12633, 13633, 12634, 13634, 12635, 13635);
    }

    @Test
    void noPortIsUsedTwiceWithTheMostNodesAndServicesOnOneMachine() {
        for (int offset : new int[] {0, 4500}) {
            PlatformConfig config = PlatformConfig.local(Path.of("/nowhere"), offset);
            Map<ExtraNode, List<PlatformConfig.Service>> plan = Platform.plan(config, ExtraNode.parse(List.of(
                    "--node", "430121001000:all,430121002000:all,430121003000:all,430121004000:all,430121005000:all")));
            List<Integer> ports = new ArrayList<>(List.of(config.postgresPort(), config.keycloakPort(),
                    config.keycloakPort() + 1000, config.gatewayPort()));
            config.services().forEach(s -> {
                ports.add(s.port());
                ports.add(s.grpcPort());
            });
            ports.addAll(Platform.nodePorts(plan));
            assertThat(ports).hasSize(4 + 10 + 50).doesNotHaveDuplicates();
            Set<String> databases = new HashSet<>();
            config.services().forEach(s -> databases.add(s.database()));
            plan.values().forEach(services -> services.forEach(s -> databases.add(s.database())));
            assertThat(databases).hasSize(5 + 25);
        }
    }

    @Test
    void aNodesServicesCallItsOwnServicesElseTheNearestAncestorsElseTheCentralOnes() {
        Map<ExtraNode, List<PlatformConfig.Service>> plan = Platform.plan(OFFSET, ExtraNode.parse(List.of(
                "--node", "xingsha=430121001000:registry", "--node", "county=430121000000:registry,incubation,training",
                "--node", "city=430100000000:incubation,grants", "--node", "langli=430121004000:incubation")));
        ExtraNode xingsha = node(plan, "xingsha");

        assertThat(Platform.peers(xingsha, plan)).extracting(PlatformConfig.Service::name).containsExactly(
                "registry-service-xingsha", "incubation-service-county", "training-service-county",
                "grant-service-city");
        assertThat(Platform.peers(node(plan, "city"), plan)).as("a node above the others calls none of theirs")
                .extracting(PlatformConfig.Service::name)
                .containsExactly("incubation-service-city", "grant-service-city");
        assertThat(Platform.peers(node(plan, "langli"), plan)).extracting(PlatformConfig.Service::name)
                .as("a sibling's services are not an ancestor's")
                .containsExactly("incubation-service-langli", "registry-service-county", "training-service-county",
                        "grant-service-city");
    }

    @Test
    void aNodesIncubationCallsItsOwnRegistryTheCentralTrainingAndReadsTheCentralDirectory() {
        Map<ExtraNode, List<PlatformConfig.Service>> plan = Platform.plan(OFFSET,
                ExtraNode.parse(List.of("--node", "430121001000")));
        ExtraNode xingsha = plan.keySet().iterator().next();
        PlatformConfig.Service incubation = plan.get(xingsha).get(1);

        List<String> arguments = Platform.nodeServiceArguments(OFFSET, incubation, xingsha.name(),
                xingsha.jurisdiction(), Platform.peers(xingsha, plan));

        assertThat(arguments).contains("--server.port=12622", "--spring.grpc.server.port=13622",
                "--incubator.database.port=19932", "--incubator.database.name=incubation_node_430121001",
                "--incubator.node.name=node-430121001", "--incubator.node.jurisdiction=430121001000",
                "--incubator.keycloak.url=http://localhost:12680", "--incubator.gateway-url=http://localhost:12580",
                "--spring.grpc.client.channels.registry.address=static://localhost:13621",
                "--incubator.services.registry=http://localhost:12621",
                "--spring.grpc.client.channels.incubation.address=static://localhost:13622",
                "--incubator.services.incubation=http://localhost:12622",
                "--spring.grpc.client.channels.training.address=static://localhost:13584",
                "--incubator.services.training=http://localhost:12584",
                "--incubator.services.party-building=http://localhost:12585",
                "--incubator.services.grants=http://localhost:12583",
                "--incubator.rollup.directory.uri=http://localhost:12581/api/registry/v1/node-directory");
        assertThat(arguments).filteredOn(argument -> argument.startsWith("--incubator.services.")).hasSize(5);
        assertThat(arguments).as("no demo data in a node's own database")
                .noneMatch(argument -> argument.contains("db/demo"));

        List<String> alone = Platform.nodeServiceArguments(OFFSET, incubation, xingsha.name(), xingsha.jurisdiction(),
                List.of());
        assertThat(alone).as("without peers (startNodeService's four-argument form) every other service is central")
                .contains("--incubator.services.registry=http://localhost:12581",
                        "--spring.grpc.client.channels.registry.address=static://localhost:13581",
                        "--incubator.services.incubation=http://localhost:12582");
    }

    @Test
    void aNodeIsRegisteredOnceWithTheEndpointsOfAllItsServices() {
        Map<ExtraNode, List<PlatformConfig.Service>> plan = Platform.plan(PlatformConfig.local(Path.of("/nowhere")),
                ExtraNode.parse(List.of("--node", "xingsha=430121001000:registry,incubation,party-building")));
        Map.Entry<ExtraNode, List<PlatformConfig.Service>> xingsha = plan.entrySet().iterator().next();

        assertThat(NodeRegistration.entry(xingsha.getKey(), xingsha.getValue())).isEqualTo(Map.of(
                "name", "xingsha", "jurisdiction", "430121001000", "endpoints", Map.of(
                        "registry", Map.of("http", "http://localhost:8121", "grpc", "localhost:9121"),
                        "incubation", Map.of("http", "http://localhost:8122", "grpc", "localhost:9122"),
                        "party-building", Map.of("http", "http://localhost:8125", "grpc", "localhost:9125"))));
    }

    private static ExtraNode node(Map<ExtraNode, List<PlatformConfig.Service>> plan, String name) {
        return plan.keySet().stream().filter(node -> node.name().equals(name)).findFirst().orElseThrow();
    }
}
