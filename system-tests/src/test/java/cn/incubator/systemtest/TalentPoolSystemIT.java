package cn.incubator.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/** 人才库 through the gateway: ID numbers never read back, duplicates refused, experts picked by field, scope kept. */
@ExtendWith(RunningPlatform.class)
class TalentPoolSystemIT {

    private static final String TALENT = "/api/registry/v1/talent";

    private static String idNumber;
    private static String id;

    @BeforeAll
    static void countyOfficerAddsAnExpertInXingsha() {
        idNumber = Workbook.newIdNumber();
        Api.Response created = Api.post(TALENT, Api.token("county-officer"),
                person("赵立新", "EXPERT", idNumber, "430121001000", List.of("ELDERLY_CARE", "GOVERNANCE")));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        id = created.json().get("id").asString();
    }

    @Test
    void theIdNumberAndPhoneAreOnlyEverMasked() {
        Api.Response one = Api.get(TALENT + "/" + id, Api.token("changsha-officer"));

        assertThat(one.status()).isEqualTo(200);
        assertThat(one.body()).doesNotContain(idNumber).doesNotContain("13812345678");
        assertThat(one.json().get("idNumber").asString()).isEqualTo(idNumber.substring(0, 3) + "*".repeat(11)
                + idNumber.substring(14));
        assertThat(one.json().get("phone").asString()).isEqualTo("138****5678");
        assertThat(Api.get(TALENT + "/" + id + "/timeline", Api.token("county-officer")).body())
                .contains("talent.created").doesNotContain(idNumber);
    }

    @Test
    void theSamePersonTwiceIsAConflict() {
        Api.Response again = Api.post(TALENT, Api.token("changsha-officer"),
                person("赵立新", "VOLUNTEER", idNumber, "430121001000", List.of()));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.json().get("type").asString()).isEqualTo("urn:incubator:problem:talent-duplicate");
        assertThat(again.body()).doesNotContain(idNumber);
    }

    @Test
    void aWrongCheckDigitIsRefusedFieldByFieldAndNothingIsStored() {
        String wrong = idNumber.substring(0, 17) + (idNumber.charAt(17) == '1' ? "2" : "1");
        Api.Response refused = Api.post(TALENT, Api.token("county-officer"),
                person("钱错号", "VOLUNTEER", wrong, "430121001000", List.of()));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("idNumber");
        assertThat(names(Api.get(TALENT + "?name=" + Api.encode("钱错号"), Api.token("admin")))).isEmpty();
    }

    @Test
    void expertsArePickedByKindFieldAndJurisdictionInScope() {
        String query = TALENT + "?kind=EXPERT&field=ELDERLY_CARE&jurisdiction=430121&size=200";

        assertThat(names(Api.get(query, Api.token("county-officer")))).contains("赵立新");
        assertThat(names(Api.get(query, Api.token("langli-hub")))).isEmpty();
        assertThat(names(Api.get(TALENT + "?kind=EXPERT&field=ELDERLY_CARE&size=200", Api.token("changsha-officer"))))
                .contains("赵立新", "黄敏");
        assertThat(names(Api.get(TALENT + "?kind=SOCIAL_WORKER&level=SENIOR&size=200", Api.token("changsha-officer"))))
                .contains("周丽华");
    }

    @Test
    void outsideTheStreetThePersonDoesNotExistAndCannotBeAdded() {
        assertThat(Api.get(TALENT + "/" + id, Api.token("langli-hub")).status()).isEqualTo(404);
        Api.Response orgAdmin = Api.get(TALENT, Api.token("org-admin-demo"));
        assertThat(orgAdmin.status()).isEqualTo(403);
        assertThat(orgAdmin.json().get("type").asString()).isEqualTo("urn:incubator:problem:permission-denied");

        // The county officer may add people, but only in its county: 芙蓉区 is outside it.
        Api.Response outside = Api.post(TALENT, Api.token("county-officer"),
                person("孙越界", "VOLUNTEER", Workbook.newIdNumber(), "430102000000", List.of()));
        assertThat(outside.status()).as(outside.body()).isEqualTo(403);
        assertThat(outside.json().get("type").asString()).isEqualTo("urn:incubator:problem:out-of-scope");
        // Hubs and organizations read the pool at most; adding to it is the civil-affairs officers' work.
        for (String role : List.of("langli-hub", "org-admin-demo")) {
            Api.Response refused = Api.post(TALENT, Api.token(role),
                    person("孙角色", "VOLUNTEER", Workbook.newIdNumber(), "430121004000", List.of()));
            assertThat(refused.status()).as(role).isEqualTo(403);
            assertThat(refused.json().get("type").asString()).isEqualTo("urn:incubator:problem:permission-denied");
        }
    }

    @Test
    void aPersonIsFoundByIdNumberSentInTheBodyWithinScope() {
        Api.Response found = Api.post(TALENT + "/lookup", Api.token("county-officer"), Map.of("idNumber", idNumber));
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().get("id").asString()).isEqualTo(id);

        assertThat(Api.post(TALENT + "/lookup", Api.token("langli-hub"), Map.of("idNumber", idNumber)).status())
                .isEqualTo(404);
    }

    @Test
    void aSocialWorkerWithoutALevelIsRefused() {
        Api.Response refused = Api.post(TALENT, Api.token("county-officer"),
                person("李无级", "SOCIAL_WORKER", Workbook.newIdNumber(), "430121001000", List.of()));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("level");
    }

    static Map<String, Object> person(String name, String kind, String idNumber, String jurisdiction,
            List<String> fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("kind", kind);
        body.put("fields", fields);
        body.put("jurisdiction", jurisdiction);
        body.put("idNumber", idNumber);
        body.put("phone", "13812345678");
        return body;
    }

    static List<String> names(Api.Response list) {
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return list.items().valueStream().map((JsonNode p) -> p.get("name").asString()).toList();
    }
}
