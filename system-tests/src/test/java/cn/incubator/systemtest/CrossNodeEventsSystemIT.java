package cn.incubator.systemtest;

import static cn.incubator.systemtest.Admissions.ADMITTED;
import static cn.incubator.systemtest.Admissions.INCUBATION;
import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.launcher.Platform;
import cn.incubator.launcher.PlatformConfig;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;
import tools.jackson.databind.JsonNode;

/**
 * Events across nodes (issue 14): an organization admitted on a street node opens its party case at the central
 * party-building service, which reads the incubation feed of every node the directory lists, exactly once, also when
 * the street node was down for a while. The street node is a second, real incubation-service process with its own,
 * empty database for a town of Changsha County without demo incubation data (430121105000); it is registered through
 * the platform-admin API, and drained and removed at the end, so that the place is the central node's again.
 * Black-box: through the gateway (its {@code Incubator-Node} header names the node that handled a request) and the
 * services' {@code /actuator/events}.
 */
@ExtendWith(RunningPlatform.class)
@ResourceLock(SharedParts.NODES)
class CrossNodeEventsSystemIT {

    private static final String STREET = "430121105000";
    private static final String NODE = "node-430121105";
    private static final String NODES = "/api/registry/v1/node-directory/nodes";
    private static final String PARTY_BUILDING_SERVICE = "party-building-service";

    @Test
    void anAdmissionOnAStreetNodeOpensExactlyOnePartyCaseCentrallyAlsoAfterTheNodeWasDown() throws Exception {
        Platform platform = RunningPlatform.platform();
        PlatformConfig.Service incubation = platform.service("incubation-service");
        PlatformConfig.Service node = platform.startNodeService(incubation, NODE, STREET, 40);
        String admin = Api.token("admin");
        Api.await("party-building caught up with the central incubation feed", Duration.ofSeconds(60),
                () -> Admissions.caughtUp("incubation-service", PARTY_BUILDING_SERVICE, ADMITTED));
        long processedBefore = Admissions.received(PARTY_BUILDING_SERVICE, ADMITTED, "PROCESSED");
        String id = null;
        try {
            platform.awaitService(node);
            Api.Response registered = Api.post(NODES, admin, Map.of("name", NODE, "jurisdiction", STREET,
                    "endpoints", Map.of("incubation", Map.of("http", "http://localhost:" + node.port(),
                            "grpc", "localhost:" + node.grpcPort()))));
            assertThat(registered.status()).as(registered.body()).isEqualTo(201);
            id = registered.json().get("id").asString();
            String operator = Api.token("city-operator");
            Api.await("the town's incubation requests reaching the street node", Duration.ofSeconds(15), () -> {
                Api.Response bases = Api.get(INCUBATION + "/bases?size=1&jurisdiction=" + STREET, operator);
                return bases.status() == 200 && NODE.equals(bases.header("Incubator-Node"));
            });
            String baseId = streetBase(operator);

            String first = townOrganization("黄花镇跨节点入驻组织");
            admitOnTheStreetNode(baseId, first);
            theCountysCaseListShowsTheStreetNodesCase(first);
            JsonNode partyCase = Admissions.awaitPartyCase(first);
            assertThat(partyCase.get("organizationId").asString()).isEqualTo(first);
            Api.await("party-building caught up with the street node's feed", Duration.ofSeconds(60),
                    () -> caughtUpWithTheNode(node));
            assertThat(Admissions.partyCases(first)).as("one party case once everything is delivered").isEqualTo(1);

            // The street node is down for a while (polls every second): its feed is unreadable, the others flow.
            platform.stopService(node.name());
            Api.await("party-building seeing the street node's feed down", Duration.ofSeconds(30),
                    () -> nodeFeed().get("lastError") != null && !nodeFeed().get("lastError").isNull());
            String central = Admissions.filedOrganization(Api.token("county-officer"), "停机期间中心节点入驻组织");
            Admissions.admit(Api.token("county-officer"), Admissions.baseWithAResidentZone("跨节点测试"), central);
            Admissions.awaitPartyCase(central);
            Thread.sleep(8_000);
            assertThat(Admissions.partyCases(first)).isEqualTo(1);

            platform.startNodeService(incubation, NODE, STREET, 40);
            platform.awaitService(node);
            String second = townOrganization("黄花镇恢复后入驻组织");
            admitOnTheStreetNode(baseId, second);
            Admissions.awaitPartyCase(second);
            Api.await("party-building caught up with the street node's feed again", Duration.ofSeconds(60),
                    () -> caughtUpWithTheNode(node));
            assertThat(nodeFeed().get("lastError").isNull()).as(nodeFeed().toString()).isTrue();
            assertThat(Admissions.partyCases(first)).as("the first admission still has one party case").isEqualTo(1);
            assertThat(Admissions.partyCases(second)).isEqualTo(1);
            assertThat(Admissions.partyCases(central)).isEqualTo(1);
            Api.await("party-building caught up with the central incubation feed", Duration.ofSeconds(60),
                    () -> Admissions.caughtUp("incubation-service", PARTY_BUILDING_SERVICE, ADMITTED));
            assertThat(Admissions.received(PARTY_BUILDING_SERVICE, ADMITTED, "PROCESSED"))
                    .as("three admissions, each event processed once").isEqualTo(processedBefore + 3);
        } finally {
            if (id != null) {
                Api.post(NODES + "/" + id + "/drain", admin, Map.of());
                Api.Response removed = Api.delete(NODES + "/" + id, admin);
                assertThat(removed.status()).as(removed.body()).isEqualTo(204);
            }
            platform.stopService(node.name());
        }
        String operator = Api.token("city-operator");
        Api.await("the town's incubation requests back on the central node", Duration.ofSeconds(15), () -> {
            Api.Response bases = Api.get(INCUBATION + "/bases?size=1&jurisdiction=" + STREET, operator);
            return bases.status() == 200 && "central".equals(bases.header("Incubator-Node"));
        });
    }

    /** A community organization filed in the town (at the central registry); its id. */
    private static String townOrganization(String name) {
        Api.Response created = Api.post("/api/registry/v1/organizations", Api.token("county-officer"), Map.of("name",
                name + Admissions.suffix(), "legalForm", "COMMUNITY_ORGANIZATION", "jurisdiction", STREET,
                "category", "COMMUNITY_SERVICE", "registeredOn", "2024-06-01"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Incubator-Node")).as("the town's registry is the central node's").isEqualTo("central");
        return created.json().get("id").asString();
    }

    /** A base of the town with a resident zone, created on the street node; its id. */
    private static String streetBase(String operator) {
        Api.Response base = Api.post(INCUBATION + "/bases?jurisdiction=" + STREET, operator, Map.of("name",
                "黄花镇社会组织孵化基地（跨节点测试 " + Admissions.suffix() + "）", "jurisdiction", STREET,
                "operatorName", "湖南乐创公益慈善发展中心"));
        assertThat(base.status()).as(base.body()).isEqualTo(201);
        assertThat(base.header("Incubator-Node")).isEqualTo(NODE);
        String baseId = base.json().get("id").asString();
        Api.Response zone = Api.post(INCUBATION + "/bases/" + baseId + "/zones?jurisdiction=" + STREET, operator,
                Map.of("kind", "RESIDENT", "name", "入驻区", "workstations", 5, "codePrefix", "H"));
        assertThat(zone.status()).as(zone.body()).isEqualTo(201);
        return baseId;
    }

    /** Applies for the resident track and admits, both handled by the street node (the gateway says so). */
    private static void admitOnTheStreetNode(String baseId, String organizationId) {
        String county = Api.token("county-officer");
        Api.Response applied = Api.post(INCUBATION + "/cases?jurisdiction=" + STREET, county, Map.of("track",
                "RESIDENT", "baseId", baseId, "organizationId", organizationId));
        assertThat(applied.status()).as(applied.body()).isEqualTo(201);
        assertThat(applied.header("Incubator-Node")).isEqualTo(NODE);
        Api.Response admitted = Api.post(INCUBATION + "/cases/" + applied.json().get("id").asString()
                + "/transitions?jurisdiction=" + STREET, county, Map.of("action", "ADMIT_RESIDENT"));
        assertThat(admitted.status()).as(admitted.body()).isEqualTo(200);
        assertThat(admitted.header("Incubator-Node")).isEqualTo(NODE);
    }

    /**
     * Views do not shrink: the county officer's case list is answered by the central node (the county's owner) and
     * holds the case filed on the street node, asked of it as the officer (federated), every node answering. The
     * central incubation service reads the node directory on its own 3 s clock, not the gateway's, so it may learn of
     * the new node a read later than the gateway routed to it: the list is asked again until then.
     */
    private static void theCountysCaseListShowsTheStreetNodesCase(String organizationId) {
        String officer = Api.token("county-officer");
        Api.Response[] last = new Api.Response[1];
        Api.await("the street node's case in the county's list", Duration.ofSeconds(15), () -> {
            last[0] = Api.get(INCUBATION + "/cases?size=200", officer);
            return last[0].status() == 200 && last[0].json().get("items").valueStream()
                    .anyMatch(item -> item.get("organizationId").asString().equals(organizationId));
        });
        assertThat(last[0].header("Incubator-Node")).isEqualTo("central");
        assertThat(last[0].header("Incubator-Partial")).isNull();
    }

    /** Party-building's status of the street node's feed of admissions ({@code /actuator/events}). */
    private static JsonNode nodeFeed() {
        for (JsonNode feed : Admissions.events(PARTY_BUILDING_SERVICE).get("subscriptions")) {
            if (feed.get("type").asString().equals(ADMITTED) && feed.get("producerNode") != null
                    && NODE.equals(feed.get("producerNode").asString())) {
                return feed;
            }
        }
        throw new AssertionError("party-building reads no feed of " + NODE);
    }

    /** Whether party-building has read the street node's feed of admissions up to its last event. */
    private static boolean caughtUpWithTheNode(PlatformConfig.Service node) {
        Api.Response report = Api.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                "http://localhost:" + node.port() + "/actuator/events")).GET());
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        JsonNode last = report.json().get("published").get(ADMITTED).get("last");
        JsonNode position = nodeFeed().get("position");
        return last.get("tx").asLong() == position.get("tx").asLong()
                && last.get("sequence").asLong() == position.get("sequence").asLong();
    }
}
