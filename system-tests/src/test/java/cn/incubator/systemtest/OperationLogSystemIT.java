package cn.incubator.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * 操作日志 through the gateway: every service answers for its own audit timeline; an officer reads the entries of
 * their jurisdiction with the record's state before and after, an officer elsewhere sees none of them, and an
 * organization admin or an expert is refused.
 */
@ExtendWith(RunningPlatform.class)
class OperationLogSystemIT {

    private static final List<String> SERVICES = List.of("registry", "incubation", "party-building", "grants",
            "training");
    private static final String LOG = "/api/registry/v1/operation-log";

    private static String talentId;

    @BeforeAll
    static void countyOfficerAddsAPersonInXingshaAndChangesTheirAffiliations() {
        Api.Response created = Api.post("/api/registry/v1/talent", Api.token("county-officer"),
                TalentPoolSystemIT.person("吴操作", "VOLUNTEER", Workbook.newIdNumber(), "430121001000", List.of()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        talentId = created.json().get("id").asString();
        Api.Response affiliated = Api.put("/api/registry/v1/talent/" + talentId + "/affiliations",
                Api.token("county-officer"), Map.of("organizationIds", List.of()));
        assertThat(affiliated.status()).as(affiliated.body()).isEqualTo(200);
    }

    @Test
    void theCountyOfficerReadsTheRecordsEntriesNewestFirstWithBeforeAndAfter() {
        Api.Response log = Api.get(LOG + "?recordId=" + talentId, Api.token("county-officer"));

        assertThat(log.status()).as(log.body()).isEqualTo(200);
        assertThat(log.json().get("total").asLong()).isEqualTo(2);
        JsonNode affiliated = log.items().get(0);
        JsonNode created = log.items().get(1);
        assertThat(affiliated.get("action").asString()).isEqualTo("talent.affiliated");
        assertThat(created.get("action").asString()).isEqualTo("talent.created");
        assertThat(affiliated.get("service").asString()).isEqualTo("registry");
        assertThat(affiliated.get("actor").asString()).isEqualTo("county-officer");
        assertThat(affiliated.get("jurisdiction").get("code").asString()).isEqualTo("430121001000");
        assertThat(affiliated.get("before").isObject()).as(affiliated.toString()).isTrue();
        assertThat(affiliated.get("after").isObject()).as(affiliated.toString()).isTrue();
        assertThat(created.get("before").isNull()).as("a creation has no state before").isTrue();
        assertThat(created.get("after").get("name").asString()).isEqualTo("吴操作");
        assertThat(log.body()).as("recorded masked").doesNotContain("13812345678");
    }

    @Test
    void theFiltersNarrowTheLog() {
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        String officer = Api.token("county-officer");

        assertThat(Api.get(LOG + "?recordId=" + talentId + "&action=talent.aff&actor=county-officer&from=" + today
                + "&to=" + today, officer).json().get("total").asLong()).isEqualTo(1);
        assertThat(Api.get(LOG + "?recordId=" + talentId + "&actor=city-operator", officer).json().get("total")
                .asLong()).isZero();
        assertThat(Api.get(LOG + "?recordId=" + talentId + "&jurisdiction=430121004000", officer).json()
                .get("total").asLong()).as("another street").isZero();
        Api.Response badDay = Api.get(LOG + "?from=yesterday", officer);
        assertThat(badDay.status()).isEqualTo(400);
        assertThat(badDay.contentType()).startsWith("application/problem+json");
    }

    @Test
    void anOfficerOfAnotherJurisdictionSeesNoneOfTheEntries() {
        Api.Response log = Api.get(LOG + "?recordId=" + talentId, Api.token("ejin-horo-officer"));

        assertThat(log.status()).as(log.body()).isEqualTo(200);
        assertThat(log.json().get("total").asLong()).isZero();
        Api.Response all = Api.get(LOG + "?size=200", Api.token("ejin-horo-officer"));
        assertThat(all.items().valueStream().map(e -> e.get("jurisdiction").get("code").asString()))
                .allMatch(code -> code.startsWith("150627"));
    }

    @Test
    void everyServiceAnswersOfficersAndRefusesOrganizationAdminsAndExperts() {
        for (String service : SERVICES) {
            String path = "/api/" + service + "/v1/operation-log";
            Api.Response officer = Api.get(path, Api.token("county-officer"));
            assertThat(officer.status()).as(service + ": " + officer.body()).isEqualTo(200);
            assertThat(officer.items().valueStream().map(e -> e.get("jurisdiction").get("code").asString()))
                    .as(service).allMatch(code -> code.startsWith("430121"));
            for (String refused : List.of("org-admin-demo", "expert-demo", "city-operator")) {
                Api.Response answer = Api.get(path, Api.token(refused));
                assertThat(answer.status()).as(service + " " + refused).isEqualTo(403);
                assertThat(answer.contentType()).startsWith("application/problem+json");
                assertThat(answer.json().get("type").asString()).isEqualTo("urn:incubator:problem:permission-denied");
            }
        }
    }

    @Test
    void theLogExportsToExcelWithTheSameFilters() {
        Api.Response export = Api.get(LOG + "/export?recordId=" + talentId, Api.token("county-officer"));

        assertThat(export.status()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml");
        assertThat(export.header("Content-Disposition")).contains("attachment");
        assertThat(Api.get(LOG + "/export", Api.token("org-admin-demo")).status()).isEqualTo(403);
    }
}
