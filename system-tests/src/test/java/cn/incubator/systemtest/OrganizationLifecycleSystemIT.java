package cn.incubator.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * The organization lifecycle through the gateway with real tokens: preparation, registration or filing, board
 * renewal, cancellation; name approval; hub filing; profile changes; and the refusals (bad credit code, illegal
 * transition, out of scope, wrong role) as problem details that leave nothing behind.
 */
@ExtendWith(RunningPlatform.class)
class OrganizationLifecycleSystemIT {

    private static final String ORGANIZATIONS = "/api/registry/v1/organizations";
    private static final String XINGSHA = "430121001000";
    private static final String DEMO_ORG = "3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1001";

    @Test
    void socialGroupIsRegisteredRenewedAndCancelledAndEveryStepIsOnTheTimeline() {
        String officer = Api.token("county-officer");
        String id = create(officer, "星沙街道书法协会" + suffix(), "SOCIAL_GROUP");

        Api.Response wrongCheck = Api.post(ORGANIZATIONS + "/" + id + "/registration", officer,
                Map.of("creditCode", "51430121MJJ000011X", "registeredOn", "2026-01-05"));
        assertThat(wrongCheck.status()).isEqualTo(400);
        assertThat(wrongCheck.contentType()).startsWith("application/problem+json");
        assertThat(fields(wrongCheck)).containsExactly("creditCode");
        Api.Response wrongForm = Api.post(ORGANIZATIONS + "/" + id + "/registration", officer,
                Map.of("creditCode", "52430121MJJ000021N", "registeredOn", "2026-01-05"));
        assertThat(wrongForm.status()).isEqualTo(400);
        assertThat(fields(wrongForm)).containsExactly("creditCode");

        Api.Response early = Api.post(ORGANIZATIONS + "/" + id + "/cancellation", officer,
                Map.of("cancelledOn", "2026-01-05"));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.contentType()).startsWith("application/problem+json");
        assertThat(early.json().get("type").asString()).isEqualTo("urn:incubator:problem:illegal-transition");
        assertThat(early.json().get("currentState").asString()).isEqualTo("IN_PREPARATION");
        assertThat(early.json().get("action").asString()).isEqualTo("CANCEL");
        assertThat(early.json().get("allowedActions").valueStream().map(JsonNode::asString).toList())
                .containsExactly("REGISTER");
        assertThat(early.json().get("detail").asString()).isEqualTo("当前状态为“筹建中”，不能执行“注销”。当前可执行：登记。");
        assertThat(Api.get(ORGANIZATIONS + "/" + id, officer).json().get("status").asString())
                .isEqualTo("IN_PREPARATION");

        String code = "51430121MJJ009001Q";
        Api.Response registered = Api.post(ORGANIZATIONS + "/" + id + "/registration", officer,
                Map.of("creditCode", code, "registeredOn", "2026-01-05"));
        assertThat(registered.status()).as(registered.body()).isEqualTo(200);
        assertThat(registered.json().get("status").asString()).isEqualTo("REGISTERED");
        assertThat(registered.json().get("creditCode").asString()).isEqualTo(code);

        Api.Response renewal = Api.post(ORGANIZATIONS + "/" + id + "/board-renewals", officer, Map.of(
                "renewedOn", "2026-06-01", "termNumber", 2, "termYears", 5,
                "legalRepresentative", Map.of("name", "欧阳明", "phone", "13907310001")));
        assertThat(renewal.status()).as(renewal.body()).isEqualTo(201);
        assertThat(renewal.json().get("legalRepresentative").get("phone").asString()).isEqualTo("139****0001");
        assertThat(Api.get(ORGANIZATIONS + "/" + id, officer).json().get("legalRepresentative").get("name")
                .asString()).isEqualTo("欧**");

        assertThat(Api.post(ORGANIZATIONS + "/" + id + "/cancellation", officer, Map.of("cancelledOn", "2026-07-01"))
                .json().get("status").asString()).isEqualTo("CANCELLED");
        Api.Response late = Api.post(ORGANIZATIONS + "/" + id + "/board-renewals", officer,
                Map.of("renewedOn", "2026-07-02", "termNumber", 3, "termYears", 5));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("currentState").asString()).isEqualTo("CANCELLED");
        assertThat(late.json().get("allowedActions").isEmpty()).isTrue();
        // a cancelled organization is not eligible, and says why (issue 13: never "eligible: false, reasons: []")
        JsonNode eligibility = Api.get(ORGANIZATIONS + "/" + id + "/eligibility", officer).json();
        assertThat(eligibility.get("eligible").asBoolean()).isFalse();
        assertThat(eligibility.get("reasons").valueStream().map(r -> r.get("reason").asString()).toList())
                .containsExactly("CANCELLED");

        JsonNode timeline = Api.get(ORGANIZATIONS + "/" + id + "/timeline", officer).items();
        assertThat(timeline.valueStream().map(e -> e.get("action").asString()).toList()).containsExactly(
                "organization.created", "organization.registered", "organization.board-renewed",
                "organization.cancelled");
        assertThat(timeline.get(1).get("before").asString()).contains("IN_PREPARATION");
        assertThat(timeline.get(2).get("after").asString()).doesNotContain("13907310001");
        assertThat(Api.get(ORGANIZATIONS + "/" + id + "/board-renewals", officer).items().size()).isEqualTo(1);
    }

    @Test
    void xingshaHubFilesCommunityOrganizationsOfItsStreetOnly() {
        String hub = Api.token("xingsha-hub");
        String id = create(hub, "星沙街道广场舞队" + suffix(), "COMMUNITY_ORGANIZATION");
        Api.Response filed = Api.post(ORGANIZATIONS + "/" + id + "/filing", hub, Map.of("filedOn", "2026-02-01"));
        assertThat(filed.status()).as(filed.body()).isEqualTo(200);
        assertThat(filed.json().get("status").asString()).isEqualTo("FILED");

        String group = "星沙街道越权协会" + suffix();
        Api.Response notCommunity = Api.post(ORGANIZATIONS, hub, organization(group, "SOCIAL_GROUP", XINGSHA));
        assertThat(notCommunity.status()).isEqualTo(403);
        assertThat(notCommunity.json().get("type").asString()).isEqualTo("urn:incubator:problem:hub-community-only");
        assertThat(searchNames(group)).isEmpty();

        String langli = Api.token("langli-hub");
        String other = create(hub, "星沙街道跳绳队" + suffix(), "COMMUNITY_ORGANIZATION");
        Api.Response outside = Api.post(ORGANIZATIONS + "/" + other + "/filing", langli, Map.of("filedOn", "2026-02-01"));
        assertThat(outside.status()).isEqualTo(404);
        assertThat(outside.contentType()).startsWith("application/problem+json");
        assertThat(Api.get(ORGANIZATIONS + "/" + other, hub).json().get("status").asString())
                .isEqualTo("IN_PREPARATION");
        assertThat(Api.post(ORGANIZATIONS + "/" + other + "/registration", hub,
                Map.of("creditCode", "51430121MJJ009001Q", "registeredOn", "2026-01-05")).status()).isEqualTo(403);
    }

    @Test
    void nearlyIdenticalNamesInTheDistrictAreFlaggedWithoutBlocking() {
        String hub = Api.token("xingsha-hub");
        Api.Response check = Api.get(ORGANIZATIONS + "/name-check?name=" + Api.encode("长沙县星沙街道阳光养老协会")
                + "&jurisdiction=" + XINGSHA, hub);
        assertThat(check.status()).as(check.body()).isEqualTo(200);
        assertThat(check.items().valueStream().map(w -> w.get("name").asString()).toList())
                .contains("长沙县星沙街道阳光养老服务中心");

        Api.Response created = Api.post(ORGANIZATIONS, Api.token("county-officer"),
                organization("星沙阳光养老服务社", "COMMUNITY_ORGANIZATION", XINGSHA));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("nameWarnings").size()).isPositive();
        assertThat(Api.get(ORGANIZATIONS + "/name-check?name=" + Api.encode("星沙阳光养老")
                + "&jurisdiction=430121004000", Api.token("xingsha-hub")).status()).isEqualTo(403);
    }

    @Test
    void orgAdminChangesItsOwnProfileAndSearchFiltersByMaturityAndServiceField() {
        String orgAdmin = Api.token("org-admin-demo");
        Map<String, Object> change = Map.of("maturity", "MODEL", "serviceFields", List.of("COMMUNITY_DEVELOPMENT"),
                "contact", Map.of("name", "李红", "phone", "13807316688"));
        Api.Response patched = Api.patch(ORGANIZATIONS + "/" + DEMO_ORG, orgAdmin, change);
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        assertThat(patched.json().get("maturity").asString()).isEqualTo("MODEL");
        assertThat(patched.json().get("contact").get("phone").asString()).isEqualTo("138****6688");
        assertThat(Api.patch(ORGANIZATIONS + "/3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1002", orgAdmin, change).status())
                .isEqualTo(404);

        Api.Response found = Api.get(ORGANIZATIONS + "?maturity=MODEL&serviceField=COMMUNITY_DEVELOPMENT&size=200",
                Api.token("county-officer"));
        assertThat(found.json().get("items").valueStream().map(o -> o.get("id").asString()).toList())
                .contains(DEMO_ORG);
        assertThat(found.json().get("totalEstimated").asBoolean()).isFalse();
        Api.Response bad = Api.patch(ORGANIZATIONS + "/" + DEMO_ORG, orgAdmin, Map.of("maturity", "GIANT"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
    }

    private static String create(String token, String name, String legalForm) {
        Api.Response created = Api.post(ORGANIZATIONS, token, organization(name, legalForm, XINGSHA));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("status").asString()).isEqualTo("IN_PREPARATION");
        assertThat(created.json().get("nameWarnings").isArray()).isTrue();
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

    private static List<String> searchNames(String name) {
        return Api.get(ORGANIZATIONS + "?name=" + Api.encode(name), Api.token("admin")).json().get("items")
                .valueStream().map(o -> o.get("name").asString()).toList();
    }

    private static List<String> fields(Api.Response problem) {
        return problem.json().get("errors").valueStream().map(error -> error.get("field").asString()).toList();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6);
    }
}
