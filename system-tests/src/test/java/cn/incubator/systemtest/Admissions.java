package cn.incubator.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Admissions as a user makes them, through the gateway: a base with a resident zone, a filed organization in Xingsha,
 * its application and admission in the incubation service; then what party-building made of it (入驻一家,覆盖一家),
 * read through its API, and how event delivery stands, read from the services' {@code /actuator/events}.
 */
final class Admissions {

    static final String INCUBATION = "/api/incubation/v1";
    static final String PARTY = "/api/party-building/v1";
    static final String XINGSHA = "430121001000";
    static final String ADMITTED = "cn.incubator.incubation.events.v1.OrganizationAdmitted";

    private Admissions() {
    }

    /** A base of Changsha County with a resident zone, run by the base operator; its id. */
    static String baseWithAResidentZone(String purpose) {
        String operator = Api.token("city-operator");
        Api.Response base = Api.post(INCUBATION + "/bases", operator, Map.of("name",
                "长沙县社会组织孵化基地（" + purpose + " " + suffix() + "）", "jurisdiction", "430121000000",
                "operatorName", "湖南乐创公益慈善发展中心"));
        assertThat(base.status()).as(base.body()).isEqualTo(201);
        String baseId = base.json().get("id").asString();
        Api.Response zone = Api.post(INCUBATION + "/bases/" + baseId + "/zones", operator,
                Map.of("kind", "RESIDENT", "name", "入驻区", "workstations", 1, "codePrefix", "D"));
        assertThat(zone.status()).as(zone.body()).isEqualTo(201);
        return baseId;
    }

    /** A community organization filed at Xingsha street; its id. */
    static String filedOrganization(String token, String name) {
        Api.Response created = Api.post("/api/registry/v1/organizations", token, Map.of("name", name + suffix(),
                "legalForm", "COMMUNITY_ORGANIZATION", "jurisdiction", XINGSHA, "category", "COMMUNITY_SERVICE",
                "registeredOn", "2024-06-01"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("status").asString()).isEqualTo("FILED");
        return created.json().get("id").asString();
    }

    /** Applies for the resident track of the base and admits the organization; the incubation case's id. */
    static String admit(String token, String baseId, String organizationId) {
        Api.Response applied = Api.post(INCUBATION + "/cases", token, Map.of("track", "RESIDENT", "baseId", baseId,
                "organizationId", organizationId));
        assertThat(applied.status()).as(applied.body()).isEqualTo(201);
        String caseId = applied.json().get("id").asString();
        Api.Response admitted = Api.post(INCUBATION + "/cases/" + caseId + "/transitions", token,
                Map.of("action", "ADMIT_RESIDENT"));
        assertThat(admitted.status()).as(admitted.body()).isEqualTo(200);
        return caseId;
    }

    /** The organization's party cases as the county officer sees them ({@code -1} if the call failed). */
    static int partyCases(String organizationId) {
        Api.Response cases = Api.get(PARTY + "/cases?organizationId=" + organizationId, Api.token("county-officer"));
        return cases.status() == 200 ? cases.items().size() : -1;
    }

    /** Waits for the party case the admission opens, and returns it (exactly one). */
    static JsonNode awaitPartyCase(String organizationId) {
        Api.await("the party case of " + organizationId, Duration.ofSeconds(60),
                () -> partyCases(organizationId) >= 1);
        Api.Response cases = Api.get(PARTY + "/cases?organizationId=" + organizationId, Api.token("county-officer"));
        assertThat(cases.items().size()).as("party cases of " + organizationId).isEqualTo(1);
        return cases.items().get(0);
    }

    /** {@code GET /actuator/events} of a service (its own port: actuator endpoints are not routed by the gateway). */
    static JsonNode events(String service) {
        int port = RunningPlatform.platform().service(service).port();
        Api.Response report = Api.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/actuator/events")).GET());
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        return report.json();
    }

    /** How many events of the type the producer has published (committed, in its feed). */
    static long published(String producer, String type) {
        JsonNode published = events(producer).get("published").get(type);
        return published == null ? 0 : published.get("count").asLong();
    }

    /** How many events of the type the consumer's inbox has taken with that outcome (PROCESSED, REFUSED). */
    static long received(String consumer, String type, String outcome) {
        JsonNode byType = events(consumer).get("inbox").get(type);
        return byType == null || byType.get(outcome) == null ? 0 : byType.get(outcome).asLong();
    }

    /**
     * Whether the consumer has read the producer's feed of the type (at the configured address, the central node's)
     * up to its last event, without error.
     */
    static boolean caughtUp(String producer, String consumer, String type) {
        JsonNode published = events(producer).get("published").get(type);
        JsonNode subscription = null;
        for (JsonNode s : events(consumer).get("subscriptions")) {
            if (s.get("type").asString().equals(type) && (s.get("producerNode") == null
                    || s.get("producerNode").isNull())) {
                subscription = s;
            }
        }
        assertThat(subscription).as(consumer + " subscribes to " + type).isNotNull();
        if (published == null) {
            return true;
        }
        JsonNode last = published.get("last");
        JsonNode position = subscription.get("position");
        return last.get("tx").asLong() == position.get("tx").asLong()
                && last.get("sequence").asLong() == position.get("sequence").asLong();
    }

    static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6);
    }
}
