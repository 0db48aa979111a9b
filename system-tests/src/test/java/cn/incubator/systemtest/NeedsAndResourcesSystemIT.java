package cn.incubator.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** 需求库 · 资源链接 through the gateway: Changsha's 49 organizations, posting, matching, linking, in scope. */
@ExtendWith(RunningPlatform.class)
class NeedsAndResourcesSystemIT {

    private static final String API = "/api/registry/v1";
    private static final String DEMO_ORG = "3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1001";
    private static final String SUNSHINE = "3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1002";
    private static final String LECHUANG_FUND = "3f0c6b2e-6a41-4c57-9d3e-000000000001";

    @Test
    void changshaLinked49OrganizationsWithOverAMillionYuanIn2023() {
        Api.Response totals = Api.get(API + "/resource-links/totals?jurisdiction=430100&from=2023-01-01&to=2023-12-31",
                Api.token("changsha-officer"));

        assertThat(totals.status()).as(totals.body()).isEqualTo(200);
        assertThat(totals.json().get("linkedOrganizations").asLong()).isEqualTo(49);
        assertThat(totals.json().get("linkedValueYuan").decimalValue()).isEqualByComparingTo("1036800.00");
        Api.Response langli = Api.get(API + "/resource-links/totals?jurisdiction=430100&from=2023-01-01&to=2023-12-31",
                Api.token("langli-hub"));
        assertThat(langli.json().get("linkedOrganizations").asLong()).isLessThan(49);
    }

    @Test
    void anOrgAdminPostsANeedItIsMatchedAndABaseLinksIt() {
        String orgAdmin = Api.token("org-admin-demo");
        Api.Response need = Api.post(API + "/needs", orgAdmin,
                need(DEMO_ORG, "FUNDS", "RURAL_REVITALIZATION", "25000.00"));
        assertThat(need.status()).as(need.body()).isEqualTo(201);
        String id = need.json().get("id").asString();

        Api.Response matches = Api.get(API + "/needs/" + id + "/matches", orgAdmin);
        assertThat(matches.status()).isEqualTo(200);
        assertThat(matches.items().get(0).get("offer").get("id").asString()).isEqualTo(LECHUANG_FUND);
        assertThat(matches.items().get(0).get("fieldMatches").asBoolean()).isTrue();

        Map<String, Object> linkage = Map.of("offerId", LECHUANG_FUND, "valueYuan", "25000.00",
                "linkedOn", java.time.LocalDate.now().toString());
        assertThat(Api.post(API + "/needs/" + id + "/linkages", orgAdmin, linkage).status()).isEqualTo(403);
        assertThat(Api.post(API + "/needs/" + id + "/linkages", Api.token("langli-hub"), linkage).status())
                .isEqualTo(404);
        Api.Response linked = Api.post(API + "/needs/" + id + "/linkages", Api.token("city-operator"), linkage);
        assertThat(linked.status()).as(linked.body()).isEqualTo(201);
        assertThat(linked.json().get("providerName").asString()).isEqualTo("长沙市乐创公益慈善基金会");
        assertThat(Api.get(API + "/needs/" + id, orgAdmin).json().get("status").asString()).isEqualTo("LINKED");
    }

    @Test
    void anOrgAdminCannotPostForAnotherOrganization() {
        Api.Response other = Api.post(API + "/needs", Api.token("org-admin-demo"),
                need(SUNSHINE, "VENUE", "ELDERLY_CARE", null));

        assertThat(other.status()).isIn(403, 404);
        assertThat(other.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aFundsNeedWithoutAnAmountOrWithFractionsOfAFenIsRefused() {
        Api.Response noAmount = Api.post(API + "/needs", Api.token("org-admin-demo"),
                need(DEMO_ORG, "FUNDS", "YOUTH", null));
        assertThat(noAmount.status()).isEqualTo(400);
        assertThat(noAmount.json().get("errors").get(0).get("field").asString()).isEqualTo("amountYuan");

        Api.Response fractions = Api.post(API + "/needs", Api.token("org-admin-demo"),
                need(DEMO_ORG, "FUNDS", "YOUTH", "100.005"));
        assertThat(fractions.status()).isEqualTo(400);
    }

    @Test
    void theDemoVenueNeedIsMatchedWithTheStreetsVenue() {
        Api.Response matches = Api.get(API + "/needs/3f0c6b2e-6a41-4c57-9d3f-000000000102/matches",
                Api.token("xingsha-hub"));

        assertThat(matches.status()).as(matches.body()).isEqualTo(200);
        assertThat(matches.items().get(0).get("offer").get("providerName").asString()).isEqualTo("星沙街道某物业公司");
        assertThat(Api.get(API + "/needs/3f0c6b2e-6a41-4c57-9d3f-000000000102", Api.token("langli-hub")).status())
                .isEqualTo(404);
    }

    private static Map<String, Object> need(String organization, String kind, String field, String amount) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("organizationId", organization);
        body.put("kind", kind);
        body.put("title", "测试需求");
        body.put("field", field);
        body.put("amountYuan", amount == null ? null : new java.math.BigDecimal(amount));
        return body;
    }
}
