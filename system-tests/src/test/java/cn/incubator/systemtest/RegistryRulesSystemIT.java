package cn.incubator.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.platform.creditcode.UnifiedSocialCreditCode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * The registry's cross-checks through the gateway with the demo users' real tokens, each tried and broken: lifecycle
 * dates out of order (登记 before 成立, 换届 before 登记, 注销 before 登记 or the last 换届, dates in the future), annual
 * reports for years outside the organization's life, credit codes whose division code (positions 3–8) is not the
 * registration authority's (and the recorded higher-tier exception, {@code registeredBy}), and unmasked contact data
 * only for those who may write the organization, every read on its timeline. Every refusal is a problem+json naming
 * the field and both values.
 */
@ExtendWith(RunningPlatform.class)
class RegistryRulesSystemIT {

    private static final String ORGANIZATIONS = "/api/registry/v1/organizations";
    private static final String XINGSHA = "430121001000";
    private static final String QUANTANG = "430121002000";
    private static final String DEMO_ORG = "3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1001";
    private static final int THIS_YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

    @Test
    void lifecycleDatesAreOrderedAndEachRefusalNamesBothDates() {
        String officer = Api.token("county-officer");
        Map<String, Object> backwards = organization("星沙倒序协会" + suffix(), "SOCIAL_GROUP", XINGSHA);
        backwards.put("foundedOn", "2024-05-01");
        backwards.put("registeredOn", "2024-04-30");
        backwards.put("creditCode", code("51", "430121"));
        Api.Response recorded = Api.post(ORGANIZATIONS, officer, backwards);
        assertFieldProblem(recorded, "registeredOn", "2024-04-30", "2024-05-01");

        Map<String, Object> request = organization("星沙时序协会" + suffix(), "SOCIAL_GROUP", XINGSHA);
        request.put("foundedOn", "2024-05-01");
        String id = created(officer, request);

        assertFieldProblem(Api.post(ORGANIZATIONS + "/" + id + "/registration", officer,
                Map.of("creditCode", code("51", "430121"), "registeredOn", "2024-04-30")),
                "registeredOn", "2024-04-30", "2024-05-01");
        Api.Response tomorrow = Api.post(ORGANIZATIONS + "/" + id + "/registration", officer,
                Map.of("creditCode", code("51", "430121"), "registeredOn", LocalDate.now().plusDays(2).toString()));
        assertThat(tomorrow.status()).isEqualTo(400);
        assertThat(fields(tomorrow)).containsExactly("registeredOn");
        Api.Response registered = Api.post(ORGANIZATIONS + "/" + id + "/registration", officer,
                Map.of("creditCode", code("51", "430121"), "registeredOn", "2024-06-01"));
        assertThat(registered.status()).as(registered.body()).isEqualTo(200);

        assertFieldProblem(Api.patch(ORGANIZATIONS + "/" + id, officer, Map.of("foundedOn", "2024-06-02")),
                "foundedOn", "2024-06-02", "2024-06-01");
        assertFieldProblem(Api.post(ORGANIZATIONS + "/" + id + "/board-renewals", officer,
                Map.of("renewedOn", "2024-05-31", "termNumber", 2, "termYears", 5)),
                "renewedOn", "2024-05-31", "2024-06-01");
        Api.Response renewed = Api.post(ORGANIZATIONS + "/" + id + "/board-renewals", officer,
                Map.of("renewedOn", "2025-03-01", "termNumber", 2, "termYears", 5));
        assertThat(renewed.status()).as(renewed.body()).isEqualTo(201);

        assertFieldProblem(Api.post(ORGANIZATIONS + "/" + id + "/cancellation", officer,
                Map.of("cancelledOn", "2024-05-31")), "cancelledOn", "2024-05-31", "2024-06-01");
        assertFieldProblem(Api.post(ORGANIZATIONS + "/" + id + "/cancellation", officer,
                Map.of("cancelledOn", "2025-02-28")), "cancelledOn", "2025-02-28", "2025-03-01");
        Api.Response future = Api.post(ORGANIZATIONS + "/" + id + "/cancellation", officer,
                Map.of("cancelledOn", LocalDate.now().plusDays(2).toString()));
        assertThat(future.status()).isEqualTo(400);
        assertThat(fields(future)).containsExactly("cancelledOn");
        JsonNode unchanged = Api.get(ORGANIZATIONS + "/" + id, officer).json();
        assertThat(unchanged.get("status").asString()).isEqualTo("REGISTERED");
        assertThat(unchanged.get("foundedOn").asString()).isEqualTo("2024-05-01");

        Api.Response cancelled = Api.post(ORGANIZATIONS + "/" + id + "/cancellation", officer,
                Map.of("cancelledOn", "2025-03-01"));
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().get("cancelledOn").asString()).isEqualTo("2025-03-01");
    }

    @Test
    void annualReportYearsLieWithinTheOrganizationsLife() {
        String officer = Api.token("county-officer");
        String id = created(officer, organization("星沙年检时限协会" + suffix(), "SOCIAL_GROUP", XINGSHA));
        int registeredYear = THIS_YEAR - 2;
        String registeredOn = registeredYear + "-06-01";
        assertThat(Api.post(ORGANIZATIONS + "/" + id + "/registration", officer,
                Map.of("creditCode", code("51", "430121"), "registeredOn", registeredOn)).status()).isEqualTo(200);

        assertFieldProblem(inspect(officer, id, registeredYear - 1), "year", String.valueOf(registeredYear - 1),
                registeredOn);
        assertFieldProblem(inspect(officer, id, THIS_YEAR), "year", String.valueOf(THIS_YEAR));
        assertFieldProblem(inspect(officer, id, THIS_YEAR + 3), "year", String.valueOf(THIS_YEAR + 3));
        Api.Response submitted = inspect(officer, id, registeredYear);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        assertThat(Api.get(ORGANIZATIONS + "/" + id + "/annual-inspections", officer).items()
                .valueStream().map(i -> i.get("year").asInt()).toList()).containsExactly(registeredYear);

        // After the cancellation no later year can be reported.
        assertThat(Api.post(ORGANIZATIONS + "/" + id + "/cancellation", officer,
                Map.of("cancelledOn", registeredYear + "-12-31")).status()).isEqualTo(200);
        assertFieldProblem(inspect(officer, id, registeredYear + 1), "year", String.valueOf(registeredYear + 1),
                registeredYear + "-12-31");
    }

    @Test
    void aCreditCodesDivisionCodeAgreesWithTheRegistrationAuthority() {
        String officer = Api.token("county-officer");
        String id = created(officer, organization("泉塘区划核对协会" + suffix(), "SOCIAL_GROUP", QUANTANG));
        String registration = ORGANIZATIONS + "/" + id + "/registration";

        // 芙蓉区 (430102) did not register an organization of 长沙县.
        Api.Response furong = Api.post(registration, officer,
                Map.of("creditCode", code("51", "430102"), "registeredOn", "2025-01-05"));
        assertFieldProblem(furong, "creditCode", "430102", "芙蓉区", "430121", "长沙县");

        // 长沙市 (430100) may have, but only as a recorded exception.
        String cityCode = code("51", "430100");
        Api.Response unstated = Api.post(registration, officer,
                Map.of("creditCode", cityCode, "registeredOn", "2025-01-05"));
        assertFieldProblem(unstated, "creditCode", "430100", "registeredBy");
        Api.Response sideways = Api.post(registration, officer,
                Map.of("creditCode", cityCode, "registeredOn", "2025-01-05", "registeredBy", "430102000000"));
        assertFieldProblem(sideways, "registeredBy", "芙蓉区", "泉塘街道");
        Api.Response disagreeing = Api.post(registration, officer,
                Map.of("creditCode", code("51", "430121"), "registeredOn", "2025-01-05",
                        "registeredBy", "430100000000"));
        assertFieldProblem(disagreeing, "creditCode", "430121", "430100");
        assertThat(Api.get(ORGANIZATIONS + "/" + id, officer).json().get("status").asString())
                .isEqualTo("IN_PREPARATION");

        Api.Response byTheCity = Api.post(registration, officer,
                Map.of("creditCode", cityCode, "registeredOn", "2025-01-05", "registeredBy", "430100000000"));
        assertThat(byTheCity.status()).as(byTheCity.body()).isEqualTo(200);
        assertThat(byTheCity.json().get("registeredBy").get("code").asString()).isEqualTo("430100000000");
        assertThat(byTheCity.json().get("creditCode").asString()).isEqualTo(cityCode);

        // Recording one already registered goes through the same check.
        Map<String, Object> registered = organization("泉塘已登记协会" + suffix(), "SOCIAL_GROUP", QUANTANG);
        registered.put("creditCode", code("51", "430102"));
        registered.put("registeredOn", "2023-03-01");
        assertFieldProblem(Api.post(ORGANIZATIONS, officer, registered), "creditCode", "430102", "430121");
        registered.put("creditCode", code("51", "430121"));
        Api.Response recorded = Api.post(ORGANIZATIONS, officer, registered);
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        assertThat(recorded.json().get("registeredBy").get("code").asString()).isEqualTo("430121000000");
    }

    @Test
    void unmaskedContactsOnlyForThoseWhoMayWriteTheOrganizationAndEveryReadIsOnTheTimeline() {
        String officer = Api.token("county-officer");
        Map<String, Object> group = organization("星沙联系人协会" + suffix(), "SOCIAL_GROUP", XINGSHA);
        group.put("contact", Map.of("name", "欧阳红", "phone", "13907319876"));
        String id = created(officer, group);
        String contacts = ORGANIZATIONS + "/" + id + "/contacts";

        JsonNode masked = Api.get(ORGANIZATIONS + "/" + id, officer).json();
        assertThat(masked.get("legalRepresentative").get("phone").asString()).isEqualTo("139****1111");
        assertThat(masked.get("contact").get("phone").asString()).isEqualTo("139****9876");

        Api.Response unmasked = Api.get(contacts, officer);
        assertThat(unmasked.status()).as(unmasked.body()).isEqualTo(200);
        assertThat(unmasked.json().get("legalRepresentative").get("name").asString()).isEqualTo("张三");
        assertThat(unmasked.json().get("legalRepresentative").get("phone").asString()).isEqualTo("13900001111");
        assertThat(unmasked.json().get("contact").get("phone").asString()).isEqualTo("13907319876");
        assertThat(Api.get(contacts, Api.token("changsha-officer")).status()).isEqualTo(200);

        // Roles without the permission: 403; a hub for a registered form: 403; out of scope: 404.
        assertProblem(Api.get(contacts, Api.token("city-operator")), 403);
        assertProblem(Api.get(contacts, Api.token("instructor-demo")), 403);
        assertProblem(Api.get(contacts, Api.token("xingsha-hub")), 403);
        assertProblem(Api.get(contacts, Api.token("langli-hub")), 404);
        assertProblem(Api.get(contacts, Api.token("org-admin-demo")), 404);

        // The organization's own administrator sees its own.
        Api.Response own = Api.get(ORGANIZATIONS + "/" + DEMO_ORG + "/contacts", Api.token("org-admin-demo"));
        assertThat(own.status()).as(own.body()).isEqualTo(200);

        // The street hub sees the community organizations of its street.
        String hub = Api.token("xingsha-hub");
        Map<String, Object> team = organization("星沙联系人志愿队" + suffix(), "COMMUNITY_ORGANIZATION", XINGSHA);
        String teamId = created(hub, team);
        Api.Response teamContacts = Api.get(ORGANIZATIONS + "/" + teamId + "/contacts", hub);
        assertThat(teamContacts.status()).as(teamContacts.body()).isEqualTo(200);
        assertThat(teamContacts.json().get("legalRepresentative").get("phone").asString()).isEqualTo("13900001111");

        // Each unmasked read is on the timeline, by whom, with what it showed but never the data.
        List<JsonNode> reads = Api.get(ORGANIZATIONS + "/" + id + "/timeline?size=200", officer).items()
                .valueStream().filter(e -> e.get("action").asString().equals("organization.contacts-read")).toList();
        assertThat(reads).extracting(e -> e.get("actor").asString())
                .containsExactly("county-officer", "changsha-officer");
        assertThat(reads.get(0).get("after").asString()).contains("legalRepresentative", "contact")
                .doesNotContain("13900001111", "13907319876");
    }

    private static Api.Response inspect(String token, String id, int year) {
        return Api.post(ORGANIZATIONS + "/" + id + "/annual-inspections", token,
                Map.of("year", year, "reportSummary", "全年开展活动 12 场。"));
    }

    /** A 400 problem+json with exactly one error, on {@code field}, whose message names every {@code named}. */
    private static void assertFieldProblem(Api.Response response, String field, String... named) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(fields(response)).as(response.body()).containsExactly(field);
        assertThat(response.json().get("errors").get(0).get("message").asString()).contains(named);
    }

    private static void assertProblem(Api.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    private static String created(String token, Map<String, Object> request) {
        Api.Response created = Api.post(ORGANIZATIONS, token, request);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private static Map<String, Object> organization(String name, String legalForm, String jurisdiction) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("legalForm", legalForm);
        body.put("jurisdiction", jurisdiction);
        body.put("category", "CULTURE_SPORTS");
        body.put("legalRepresentative", Map.of("name", "张三", "phone", "13900001111"));
        return body;
    }

    /** A fresh, checksum-valid civil-affairs credit code of type {@code type} issued in {@code region}. */
    private static String code(String type, String region) {
        return UnifiedSocialCreditCode.withCheckCharacter(type + region + "MJR"
                + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000)));
    }

    private static List<String> fields(Api.Response problem) {
        return problem.json().get("errors").valueStream().map(error -> error.get("field").asString()).toList();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6);
    }
}
