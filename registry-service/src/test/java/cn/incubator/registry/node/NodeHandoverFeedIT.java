package cn.incubator.registry.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.platform.handover.HandoverDirectory;
import cn.incubator.platform.handover.RemoteHandoverDirectory;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.test.RealPostgres;
import cn.incubator.platform.test.TestTokens;
import cn.incubator.platform.test.service.Callers;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * The directory's internal API as the parents of a joining node other than the registry call it
 * ({@link RemoteHandoverDirectory}, over HTTP as the platform's service client): each service's switch recorded, the
 * node activated by the last one, anyone but the service client refused, a service the node does not run a 409.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.grpc.server.port=0")
@Import(TestTokens.Decoder.class)
class NodeHandoverFeedIT {

    private static final Jurisdiction LANGLI = Jurisdiction.of("430121004000");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "registry_node_handover_feed_it");
    }

    @LocalServerPort
    int port;
    @Autowired
    NodeDirectoryService directory;

    @Test
    void theParentsOfAJoiningNodeReportTheirSwitchesAndTheLastOneActivatesIt() {
        directory.register(Callers.ADMIN, new NewNode("langli", LANGLI.code(), Map.of(
                "incubation", new ServiceEndpoint("http://127.0.0.1:18282", null),
                "grants", new ServiceEndpoint("http://127.0.0.1:18283", null)), true));
        RemoteHandoverDirectory remote = new RemoteHandoverDirectory(client(TestTokens.person(
                "service-account-incubator-services", "platform-admin", "430000000000")),
                URI.create("http://localhost:" + port));

        HandoverDirectory.NodeHandovers joining = remote.status("langli");
        assertThat(joining.state()).isEqualTo("JOINING");
        assertThat(joining.waiting()).containsExactly("grants", "incubation");

        HandoverDirectory.NodeHandovers half = remote.switched("langli", "incubation", LANGLI);
        assertThat(half.active()).isFalse();
        assertThat(half.switched()).containsExactly("incubation");
        assertThat(half.waiting()).containsExactly("grants");
        assertThatThrownBy(() -> remote.switched("langli", "training", LANGLI))
                .isInstanceOfSatisfying(HttpClientErrorException.class,
                        e -> assertThat(e.getStatusCode().value()).isEqualTo(409));

        HandoverDirectory.NodeHandovers active = remote.switched("langli", "grants", LANGLI);
        assertThat(active.active()).isTrue();
        assertThat(remote.status("langli")).isEqualTo(active);
        assertThat(directory.directory().nodes()).filteredOn(n -> n.name().equals("langli")).singleElement()
                .satisfies(n -> assertThat(n.state()).isEqualTo(NodeState.ACTIVE));

        RemoteHandoverDirectory person = new RemoteHandoverDirectory(client(TestTokens.person("admin",
                "platform-admin", "430000000000")), URI.create("http://localhost:" + port));
        assertThatThrownBy(() -> person.status("langli")).as("only the platform's service client")
                .isInstanceOfSatisfying(HttpClientErrorException.class,
                        e -> assertThat(e.getStatusCode().value()).isEqualTo(403));
    }

    private static RestClient client(String token) {
        return RestClient.builder().defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token).build();
    }
}
