package cn.incubator.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * The star rating (星级评定) given in party-building is visible to incubation: the incubation case of the rated
 * organization shows its stars, year and checklist, read over gRPC with the caller's token.
 */
@ExtendWith(RunningPlatform.class)
class StarRatingSystemIT {

    private static final String INCUBATION = "/api/incubation/v1";
    private static final String PARTY = "/api/party-building/v1";
    private static final String XINGSHA = "430121001000";

    @Test
    void aRatingGivenInPartyBuildingAppearsOnTheIncubationCase() {
        String county = Api.token("county-officer");
        String incubationCase = admittedResidentCase(county, "星沙街道星级评定测试服务队" + suffix());
        String organization = Api.get(INCUBATION + "/cases/" + incubationCase, county).json()
                .get("organizationId").asString();
        String partyCase = awaitPartyCase(county, organization);

        JsonNode before = Api.get(INCUBATION + "/cases/" + incubationCase, county).json();
        assertThat(before.get("starRating").get("availability").asString()).isEqualTo("NOT_RATED");

        // No members yet: an instructor and a member-development plan complete formation, then follow-up rates.
        assertThat(put(PARTY + "/cases/" + partyCase + "/instructor", county,
                Map.of("username", "instructor-demo", "incubationSpecialist", true)).status()).isEqualTo(200);
        assertThat(put(PARTY + "/cases/" + partyCase + "/development-plan", Api.token("instructor-demo"),
                Map.of("plan", "年内培养入党积极分子1名，每月开展一次政策宣讲")).status()).isEqualTo(200);
        for (String action : List.of("COMPLETE_SURVEY", "COMPLETE_DISCOVERY", "START_FORMATION",
                "COMPLETE_FORMATION")) {
            Api.Response moved = Api.post(PARTY + "/cases/" + partyCase + "/transitions", county,
                    Map.of("action", action));
            assertThat(moved.status()).as(action + ": " + moved.body()).isEqualTo(200);
        }
        int year = Year.now(ZoneId.of("Asia/Shanghai")).getValue();
        Api.Response rated = Api.post(PARTY + "/cases/" + partyCase + "/star-ratings", county, Map.of("year", year,
                "points", Map.of("ORGANIZATION_SETUP", 18, "ORGANIZATIONAL_LIFE", 17, "WORK_PROCEDURES", 16,
                        "POSITION_BUILDING", 16, "ROLE_MAXIMIZED", 17)));
        assertThat(rated.status()).as(rated.body()).isEqualTo(201);

        Api.Response after = Api.get(INCUBATION + "/cases/" + incubationCase, county);
        assertThat(after.status()).as(after.body()).isEqualTo(200);
        JsonNode rating = after.json().get("starRating");
        assertThat(rating.get("availability").asString()).isEqualTo("RATED");
        assertThat(rating.get("stars").asInt()).isEqualTo(4);
        assertThat(rating.get("year").asInt()).isEqualTo(year);
        assertThat(rating.get("checklistScore").asInt()).isEqualTo(84);
        assertThat(rating.get("checklist").asString()).contains("五化");
    }

    private static String admittedResidentCase(String token, String name) {
        // The base operator runs the base (incubation:base:write); the officer admits the organization into it.
        String operator = Api.token("city-operator");
        Api.Response base = Api.post(INCUBATION + "/bases", operator, Map.of("name",
                "长沙县社会组织孵化基地（星级测试 " + suffix() + "）", "jurisdiction", "430121000000",
                "operatorName", "湖南乐创公益慈善发展中心"));
        assertThat(base.status()).as(base.body()).isEqualTo(201);
        String baseId = base.json().get("id").asString();
        Api.Response zone = Api.post(INCUBATION + "/bases/" + baseId + "/zones", operator,
                Map.of("kind", "RESIDENT", "name", "入驻区", "workstations", 1, "codePrefix", "S"));
        assertThat(zone.status()).as(zone.body()).isEqualTo(201);
        Api.Response organization = Api.post("/api/registry/v1/organizations", token, Map.of("name", name,
                "legalForm", "COMMUNITY_ORGANIZATION", "jurisdiction", XINGSHA, "category", "COMMUNITY_SERVICE",
                "registeredOn", "2024-06-01"));
        assertThat(organization.status()).as(organization.body()).isEqualTo(201);
        Api.Response applied = Api.post(INCUBATION + "/cases", token, Map.of("track", "RESIDENT", "baseId", baseId,
                "organizationId", organization.json().get("id").asString()));
        assertThat(applied.status()).as(applied.body()).isEqualTo(201);
        String caseId = applied.json().get("id").asString();
        Api.Response admitted = Api.post(INCUBATION + "/cases/" + caseId + "/transitions", token,
                Map.of("action", "ADMIT_RESIDENT"));
        assertThat(admitted.status()).as(admitted.body()).isEqualTo(200);
        return caseId;
    }

    /** The party case the admission opened through the outbox (入驻一家,覆盖一家). */
    private static String awaitPartyCase(String token, String organization) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            Api.Response cases = Api.get(PARTY + "/cases?organizationId=" + organization, token);
            if (cases.status() == 200 && cases.items().size() == 1) {
                return cases.items().get(0).get("id").asString();
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("no party case opened for " + organization);
    }

    private static Api.Response put(String path, String token, Object body) {
        return Api.send(HttpRequest.newBuilder(URI.create(Api.gateway() + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(body))));
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 4);
    }
}
