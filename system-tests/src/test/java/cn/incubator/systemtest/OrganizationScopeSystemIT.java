package cn.incubator.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * The data-scope matrix for organizations, through the gateway with real tokens: who can create, read, list and
 * search an organization registered in Xingsha street (星沙街道, 430121001000).
 */
@ExtendWith(RunningPlatform.class)
class OrganizationScopeSystemIT {

    private static final String ORGANIZATIONS = "/api/registry/v1/organizations";
    private static final String XINGSHA = "430121001000";
    /** The organization org-admin-demo acts for (its {@code org_id}), from the demo data. */
    private static final String DEMO_ORG = "3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1001";

    private static String name;
    private static String id;

    @BeforeAll
    static void countyOfficerRegistersAnOrganizationInXingsha() {
        name = "星沙街道银龄志愿服务队" + UUID.randomUUID().toString().substring(0, 6);
        Api.Response created = Api.post(ORGANIZATIONS, Api.token("county-officer"),
                organization(name, "COMMUNITY_ORGANIZATION", null, XINGSHA));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        id = created.json().get("id").asString();
        assertThat(created.header("Location")).endsWith(id);
        assertThat(created.json().get("status").asString()).isEqualTo("FILED");
        assertThat(created.json().get("jurisdiction").get("name").asString()).isEqualTo("星沙街道");
    }

    @Test
    void cityOfficerAndXingshaHubReadIt() {
        for (String user : List.of("changsha-officer", "xingsha-hub", "county-officer")) {
            Api.Response response = Api.get(ORGANIZATIONS + "/" + id, Api.token(user));
            assertThat(response.status()).as(user).isEqualTo(200);
            assertThat(response.json().get("name").asString()).isEqualTo(name);
        }
    }

    @Test
    void langliHubDoesNotSeeItAnywhere() {
        String langli = Api.token("langli-hub");

        Api.Response one = Api.get(ORGANIZATIONS + "/" + id, langli);
        assertThat(one.status()).isEqualTo(404);
        assertThat(one.contentType()).startsWith("application/problem+json");
        assertThat(ids(Api.get(ORGANIZATIONS + "?size=200", langli))).doesNotContain(id).isNotEmpty();
        assertThat(ids(Api.get(ORGANIZATIONS + "?name=" + Api.encode(name), langli))).isEmpty();
        assertThat(ids(Api.get(ORGANIZATIONS + "?name=" + Api.encode(name), Api.token("xingsha-hub"))))
                .containsExactly(id);
    }

    @Test
    void langliHubMayNotCreateInXingsha() {
        Api.Response response = Api.post(ORGANIZATIONS, Api.token("langli-hub"),
                organization("榔梨越界测试组织", "COMMUNITY_ORGANIZATION", null, XINGSHA));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("type").asString()).isEqualTo("urn:incubator:problem:out-of-scope");
        assertThat(ids(Api.get(ORGANIZATIONS + "?name=" + Api.encode("榔梨越界测试组织"), Api.token("admin"))))
                .isEmpty();
    }

    @Test
    void orgAdminSeesOnlyItsOwnOrganization() {
        String orgAdmin = Api.token("org-admin-demo");

        assertThat(ids(Api.get(ORGANIZATIONS + "?size=200", orgAdmin))).containsExactly(DEMO_ORG);
        assertThat(Api.get(ORGANIZATIONS + "/" + DEMO_ORG, orgAdmin).status()).isEqualTo(200);
        assertThat(Api.get(ORGANIZATIONS + "/" + id, orgAdmin).status()).isEqualTo(404);
        assertThat(Api.post(ORGANIZATIONS, orgAdmin, organization("自建组织", "SOCIAL_GROUP", null, XINGSHA)).status())
                .isEqualTo(403);
    }

    @Test
    void expertsAndTrainersReadNothingOfTheRegistryAndOrgAdminsNoConsultations() {
        for (String user : List.of("expert-demo", "trainer-demo")) {
            assertThat(Api.get(ORGANIZATIONS, Api.token(user)).status()).as(user).isEqualTo(403);
            assertThat(Api.get("/api/registry/v1/talent", Api.token(user)).status()).as(user).isEqualTo(403);
        }
        assertThat(Api.get("/api/registry/v1/consultations", Api.token("org-admin-demo")).status()).isEqualTo(403);
    }

    @Test
    void wrongCheckCharacterIsRefusedFieldByFieldAndNothingIsStored() {
        String rejected = "星沙错误代码协会" + UUID.randomUUID().toString().substring(0, 6);
        // 51430121MJJ000011Q is valid; Q -> X breaks the GB 32100-2015 check character.
        Api.Response response = Api.post(ORGANIZATIONS, Api.token("county-officer"),
                organization(rejected, "SOCIAL_GROUP", "51430121MJJ000011X", XINGSHA));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(fields(response)).containsExactly("creditCode");
        assertThat(ids(Api.get(ORGANIZATIONS + "?name=" + Api.encode(rejected), Api.token("admin")))).isEmpty();
    }

    @Test
    void malformedJurisdictionIsRefusedFieldByFieldAndNothingIsStored() {
        String rejected = "星沙错误区划协会" + UUID.randomUUID().toString().substring(0, 6);
        Api.Response response = Api.post(ORGANIZATIONS, Api.token("county-officer"),
                organization(rejected, "COMMUNITY_ORGANIZATION", null, "43012100100"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response)).containsExactly("jurisdiction");
        assertThat(ids(Api.get(ORGANIZATIONS + "?name=" + Api.encode(rejected), Api.token("admin")))).isEmpty();
    }

    @Test
    void validationMessagesFollowAcceptLanguage() {
        Api.Response response = Api.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(Api.gateway() + ORGANIZATIONS))
                .header("Authorization", "Bearer " + Api.token("county-officer"))
                .header("Content-Type", "application/json")
                .header("Accept-Language", "en")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(
                        organization("", "SOCIAL_GROUP", null, XINGSHA)))));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("title").asString()).isEqualTo("Invalid request");
        assertThat(response.json().get("errors").get(0).get("message").asString()).isEqualTo("must not be blank");
    }

    @Test
    void creationIsOnTheTimeline() {
        Api.Response timeline = Api.get(ORGANIZATIONS + "/" + id + "/timeline", Api.token("county-officer"));

        assertThat(timeline.status()).isEqualTo(200);
        JsonNode first = timeline.items().get(0);
        assertThat(first.get("action").asString()).isEqualTo("organization.created");
        assertThat(first.get("actor").asString()).isEqualTo("county-officer");
        assertThat(Api.get(ORGANIZATIONS + "/" + id + "/timeline", Api.token("langli-hub")).status()).isEqualTo(404);
        Api.Response verification = Api.get(ORGANIZATIONS + "/" + id + "/timeline/verification",
                Api.token("county-officer"));
        assertThat(verification.json().get("intact").asBoolean()).isTrue();
        assertThat(verification.json().get("entries").asInt()).isEqualTo(1);
    }

    static Map<String, Object> organization(String name, String legalForm, String creditCode, String jurisdiction) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("legalForm", legalForm);
        body.put("creditCode", creditCode);
        body.put("jurisdiction", jurisdiction);
        body.put("category", "COMMUNITY_SERVICE");
        // Recorded as already registered (filed); without a date an organization starts in preparation.
        body.put("registeredOn", "2024-12-01");
        return body;
    }

    private static List<String> ids(Api.Response page) {
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return page.json().get("items").valueStream().map(item -> item.get("id").asString()).toList();
    }

    private static List<String> fields(Api.Response problem) {
        return problem.json().get("errors").valueStream().map(error -> error.get("field").asString()).toList();
    }
}
