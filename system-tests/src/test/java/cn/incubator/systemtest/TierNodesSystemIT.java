package cn.incubator.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Ejin Horo's (伊金霍洛旗 150627) and Ya'an's (雅安市 5118) seed figures, seen through the gateway by their own demo users
 * with real tokens: the one-machine platform's central node serves Hunan and also hosts these two places (issue 14).
 * Each sees only their own place: Changsha's records are "not found" to them, and their lists hold nothing outside.
 */
@ExtendWith(RunningPlatform.class)
class TierNodesSystemIT {

    private static final String EJIN_HORO_ROUND = "e1000000-2014-4000-8000-000000000002";
    private static final String YAAN_ROUND = "ea000000-2016-4000-8000-000000000002";
    private static final String XINGSHA_ROUND = "5a000000-2025-4000-8000-000000000002";
    /** 长沙县星沙街道社区社会组织联合会, a Changsha County demo organization. */
    private static final String XINGSHA_ORGANIZATION = "3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1001";

    @Test
    void ejinHoroOfficerSeesTheBannersRegistryAndItsDensityOf3Point6() {
        String officer = Api.token("ejin-horo-officer");

        // no place named: the officer's own banner, not the node's Hunan
        JsonNode statistics = ok(Api.get("/api/registry/v1/statistics/organizations", officer));
        assertThat(statistics.get("jurisdiction").get("code").asString()).isEqualTo("150627000000");
        assertThat(statistics.get("total").asLong()).isEqualTo(89);
        assertThat(statistics.get("density").get("registeredOrganizations").asLong()).isEqualTo(86);
        assertThat(statistics.get("density").get("residents").asLong()).isEqualTo(238_000);
        assertThat(statistics.get("density").get("perTenThousand").decimalValue()).isEqualByComparingTo("3.6");

        JsonNode organizations = ok(Api.get("/api/registry/v1/organizations?size=200", officer));
        assertThat(organizations.get("total").asLong()).isEqualTo(89);
        assertThat(codes(organizations.get("items"))).allMatch(code -> code.startsWith("150627"));
    }

    @Test
    void ejinHoroOfficerSeesTheFirstVentureRoundFund12Of52Sharing440000() {
        String officer = Api.token("ejin-horo-officer");

        JsonNode proposals = ok(Api.get("/api/grants/v1/rounds/" + EJIN_HORO_ROUND + "/proposals?size=1", officer));
        assertThat(proposals.get("total").asLong()).isEqualTo(52);
        JsonNode allocation = ok(Api.get("/api/grants/v1/rounds/" + EJIN_HORO_ROUND + "/allocation", officer));
        assertThat(allocation.get("status").asString()).isEqualTo("FINAL");
        assertThat(allocation.get("total").decimalValue()).isEqualByComparingTo("440000.00");
        assertThat(allocation.get("lines").valueStream()
                .filter(line -> line.get("amount").decimalValue().signum() > 0).count()).isEqualTo(12);
    }

    @Test
    void ejinHoroOfficerSeesTheOnePlusOnePlusSixPartyStructure() {
        JsonNode coverage = ok(Api.get("/api/party-building/v1/coverage?jurisdiction=150627000000",
                Api.token("ejin-horo-officer")));

        assertThat(coverage.get("units").get("jointCommittees").asLong()).isEqualTo(1);
        assertThat(coverage.get("units").get("jointBranches").asLong()).as("a branch park and 6 community incubators")
                .isEqualTo(7);
    }

    @Test
    void yaanOperatorSeesTheWeeklyPreReportsTrainingAndTheSubsidyPlanRound() {
        String operator = Api.token("yaan-operator");

        JsonNode weekly = ok(Api.get("/api/registry/v1/weekly/cumulative?jurisdiction=511802000000"
                + "&from=2015-01-01&to=2016-12-15", operator));
        assertThat(weekly.get("weeklyIssues").asLong()).isEqualTo(68);
        assertThat(weekly.get("activities").asLong()).isEqualTo(5_486);
        assertThat(weekly.get("attendees").asLong()).isEqualTo(251_853);
        // the leaders' weekly chart: one bar per issue, adding up to the totals
        assertThat(weekly.get("byWeek").size()).isEqualTo(68);
        long activities = 0;
        long attendees = 0;
        for (JsonNode week : weekly.get("byWeek")) {
            activities += week.get("activities").asLong();
            attendees += week.get("attendees").asLong();
        }
        assertThat(activities).isEqualTo(5_486);
        assertThat(attendees).isEqualTo(251_853);

        JsonNode training = ok(Api.get("/api/training/v1/statistics/person-times?within=511800000000", operator));
        assertThat(training.get("sessions").asLong()).isEqualTo(15);
        assertThat(training.get("total").asLong()).isEqualTo(1_230);

        JsonNode proposals = ok(Api.get("/api/grants/v1/rounds/" + YAAN_ROUND + "/proposals?size=1", operator));
        assertThat(proposals.get("total").asLong()).isEqualTo(96);
        JsonNode allocation = ok(Api.get("/api/grants/v1/rounds/" + YAAN_ROUND + "/allocation", operator));
        assertThat(allocation.get("total").decimalValue()).isEqualByComparingTo("800000.00");
        BigDecimal requested = allocation.get("lines").valueStream().map(line -> line.get("requested").decimalValue())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(requested).as("requested by the proposals that passed screening").isPositive()
                .isLessThanOrEqualTo(new BigDecimal("1310000.00"));
    }

    @Test
    void neitherSeesChangshasRecords() {
        for (String user : List.of("ejin-horo-officer", "yaan-operator")) {
            String token = Api.token(user);

            notFound(Api.get("/api/registry/v1/organizations/" + XINGSHA_ORGANIZATION, token), user);
            notFound(Api.get("/api/grants/v1/rounds/" + XINGSHA_ROUND + "/allocation", token), user);
            JsonNode named = ok(Api.get("/api/registry/v1/organizations?name=" + Api.encode("星沙"), token));
            assertThat(named.get("items").size()).as(user).isZero();
            JsonNode rounds = ok(Api.get("/api/grants/v1/rounds?size=200", token));
            assertThat(codes(rounds.get("items"))).as(user)
                    .noneMatch(code -> code.startsWith("43"))
                    .isNotEmpty();
        }
        // and the other way round: a Changsha officer does not see either place
        String changsha = Api.token("changsha-officer");
        notFound(Api.get("/api/grants/v1/rounds/" + EJIN_HORO_ROUND + "/allocation", changsha), "changsha-officer");
        notFound(Api.get("/api/grants/v1/rounds/" + YAAN_ROUND + "/allocation", changsha), "changsha-officer");
        // the Ejin Horo officer does not see Ya'an either
        notFound(Api.get("/api/grants/v1/rounds/" + YAAN_ROUND + "/allocation", Api.token("ejin-horo-officer")),
                "ejin-horo-officer");
    }

    @Test
    void writesForAPlaceNoServedSubtreeHoldsAreRefusedAsOutsideTheNode() {
        // the node serves Hunan, Ejin Horo and Ya'an: a write in Chengdu (成都市锦江区) is refused by the node itself,
        // before any question of the caller's scope
        Api.Response refused = Api.post("/api/registry/v1/organizations", Api.token("ejin-horo-officer"),
                java.util.Map.of("name", "成都越界测试组织", "legalForm", "COMMUNITY_ORGANIZATION",
                        "jurisdiction", "510104000000", "category", "COMMUNITY_SERVICE", "registeredOn", "2024-12-01"));

        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:incubator:problem:outside-node");
    }

    /**
     * The registry roll-up asks every node under the place over gRPC (by default the one local node, with the service
     * client's token): its figures are the registry's own, and a complete answer names no missing node. A node's first
     * call also opens its channel and fetches the service token, which may outlast the 250 ms deadline on a loaded
     * machine: that answer is still 200 and names the node as missing, and the next ones are complete.
     */
    @Test
    void theRegistryRollUpSumsTheNodesUnderThePlace() throws InterruptedException {
        String county = Api.token("county-officer");
        JsonNode rollUp = complete("/api/registry/v1/statistics/roll-up?jurisdiction=430121000000", county);
        assertThat(rollUp.get("answered").valueStream().map(node -> node.get("name").asString()).toList())
                .containsExactly("central");
        long organizations = ok(Api.get("/api/registry/v1/statistics/organizations?jurisdiction=430121000000",
                county)).get("total").asLong();
        assertThat(rollUp.get("total").get("organizations").asLong()).isEqualTo(organizations).isPositive();

        JsonNode ejinHoro = complete("/api/registry/v1/statistics/roll-up", Api.token("ejin-horo-officer"));
        assertThat(ejinHoro.get("prefix").get("code").asString()).isEqualTo("150627000000");
        assertThat(ejinHoro.get("total").get("registeredOrganizations").asLong()).isEqualTo(86);
        assertThat(ejinHoro.get("total").get("density").get("perTenThousand").decimalValue())
                .isEqualByComparingTo("3.6");
        notFound(Api.get("/api/registry/v1/statistics/roll-up?jurisdiction=430121000000",
                Api.token("ejin-horo-officer")), "ejin-horo-officer");
    }

    /**
     * The incubation, party-building and training roll-ups (统计汇总), by default over the one local node: each equals
     * the figures the dashboard's own statistics show for the place (cases by current stage; party units; sessions
     * and person-times), so the sections sum what the services count.
     */
    @Test
    void theIncubationPartyAndTrainingRollUpsSumWhatTheDashboardShows() throws InterruptedException {
        String county = Api.token("county-officer");
        JsonNode incubation = complete("/api/incubation/v1/statistics/roll-up?jurisdiction=430121000000", county);
        JsonNode pipeline = ok(Api.get("/api/incubation/v1/statistics/pipeline?jurisdiction=430121000000"
                + "&from=2000-01-01&to=2099-12-31", county));
        long cases = 0;
        for (var stage : pipeline.get("casesByStage").properties()) {
            assertThat(incubation.get("total").get("casesByStage").get(stage.getKey()).asLong()).as(stage.getKey())
                    .isEqualTo(stage.getValue().asLong());
            cases += stage.getValue().asLong();
        }
        assertThat(incubation.get("total").get("cases").asLong()).isEqualTo(cases).isPositive();

        JsonNode party = complete("/api/party-building/v1/coverage/roll-up", Api.token("ejin-horo-officer"));
        assertThat(party.get("prefix").get("code").asString()).isEqualTo("150627000000");
        assertThat(party.get("total").get("jointCommittees").asLong()).isEqualTo(1);
        assertThat(party.get("total").get("jointBranches").asLong()).as("a branch park and 6 community incubators")
                .isEqualTo(7);

        JsonNode training = complete("/api/training/v1/statistics/roll-up?jurisdiction=511800000000",
                Api.token("yaan-operator"));
        assertThat(training.get("total").get("sessions").asLong()).isEqualTo(15);
        assertThat(training.get("total").get("personTimes").asLong()).isEqualTo(1_230);
        notFound(Api.get("/api/training/v1/statistics/roll-up?jurisdiction=430121000000",
                Api.token("yaan-operator")), "yaan-operator");
    }

    /** The first complete answer of a roll-up within 30 s; every partial one before it is a 200 naming the node. */
    private static JsonNode complete(String path, String token) throws InterruptedException {
        for (int attempt = 0; attempt < 30; attempt++) {
            Api.Response response = Api.get(path, token);
            JsonNode rollUp = ok(response);
            if (rollUp.get("missing").size() == 0) {
                assertThat(response.header("Incubator-Partial")).isNull();
                return rollUp;
            }
            assertThat(response.header("Incubator-Partial")).startsWith("central=");
            assertThat(rollUp.get("missing").get(0).get("name").asString()).isEqualTo("central");
            Thread.sleep(1000);
        }
        throw new AssertionError("no complete roll-up of " + path + " within 30 s");
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static void notFound(Api.Response response, String user) {
        assertThat(response.status()).as(user + ": " + response.body()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    private static List<String> codes(JsonNode items) {
        return items.valueStream().map(item -> item.get("jurisdiction").get("code").asString()).toList();
    }
}
