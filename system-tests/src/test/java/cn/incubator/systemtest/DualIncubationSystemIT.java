package cn.incubator.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.launcher.Platform;
import cn.incubator.launcher.PlatformConfig;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 一领双孵化, "admit one, cover one" (入驻一家,覆盖一家): every admission in the incubation service opens a
 * party-organization case in the party-building service through the outbox, with no manual step, exactly once,
 * even when the party-building service is down while the admissions happen.
 */
@ExtendWith(RunningPlatform.class)
class DualIncubationSystemIT {

    private static final String INCUBATION = "/api/incubation/v1";
    private static final String XINGSHA = "430121001000";
    private static final int OUTAGE_ADMISSIONS = 200;

    private static String baseId;

    @BeforeAll
    static void aBaseWithAResidentZone() {
        // The base operator runs the base (incubation:base:write); civil affairs only reads it.
        String operator = Api.token("city-operator");
        Api.Response base = Api.post(INCUBATION + "/bases", operator, Map.of("name",
                "长沙县社会组织孵化基地（双孵化测试 " + suffix() + "）", "jurisdiction", "430121000000",
                "operatorName", "湖南乐创公益慈善发展中心"));
        assertThat(base.status()).as(base.body()).isEqualTo(201);
        baseId = base.json().get("id").asString();
        Api.Response zone = Api.post(INCUBATION + "/bases/" + baseId + "/zones", operator,
                Map.of("kind", "RESIDENT", "name", "入驻区", "workstations", 1, "codePrefix", "D"));
        assertThat(zone.status()).as(zone.body()).isEqualTo(201);
    }

    @Test
    void anAdmissionOpensThePartyCaseWithoutAnyManualStep() {
        String county = Api.token("county-officer");
        String organization = filedOrganization(county, "星沙街道双孵化志愿服务队");

        admit(county, organization);

        Api.await("the party case of " + organization, Duration.ofSeconds(60), () -> partyCases(organization) == 1);
        assertThat(partyCases(organization)).isEqualTo(1);
    }

    @Test
    void admissionsDuringAPartyBuildingOutageEachOpenExactlyOneCaseOnceItIsBack() {
        Platform platform = RunningPlatform.platform();
        PlatformConfig.Service partyBuilding = platform.service("party-building-service");
        String county = Api.token("county-officer");
        List<String> organizations = new ArrayList<>();

        platform.stopService(partyBuilding.name());
        try {
            for (int i = 0; i < OUTAGE_ADMISSIONS; i++) {
                String organization = filedOrganization(county, "星沙街道入驻组织" + i + "号");
                admit(county, organization);
                organizations.add(organization);
            }
            assertThat(undelivered("incubation")).as("admission events wait in the outbox").isPositive();
        } finally {
            platform.startService(partyBuilding);
            platform.awaitService(partyBuilding);
        }

        Api.await("every outage admission's party case", Duration.ofSeconds(240),
                () -> undelivered("incubation") == 0 && partyCasesOf(organizations) == OUTAGE_ADMISSIONS);
        assertThat(partyCasesOf(organizations)).isEqualTo(OUTAGE_ADMISSIONS);
        assertThat(duplicatePartyCases()).isZero();
        assertThat(undelivered("incubation")).as("nothing left undelivered in the outbox").isZero();
    }

    private static void admit(String token, String organizationId) {
        Api.Response applied = Api.post(INCUBATION + "/cases", token, Map.of("track", "RESIDENT", "baseId", baseId,
                "organizationId", organizationId));
        assertThat(applied.status()).as(applied.body()).isEqualTo(201);
        Api.Response admitted = Api.post(INCUBATION + "/cases/" + applied.json().get("id").asString()
                + "/transitions", token, Map.of("action", "ADMIT_RESIDENT"));
        assertThat(admitted.status()).as(admitted.body()).isEqualTo(200);
    }

    private static String filedOrganization(String token, String name) {
        Api.Response created = Api.post("/api/registry/v1/organizations", token, Map.of("name", name + suffix(),
                "legalForm", "COMMUNITY_ORGANIZATION", "jurisdiction", XINGSHA, "category", "COMMUNITY_SERVICE",
                "registeredOn", "2024-06-01"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("status").asString()).isEqualTo("FILED");
        return created.json().get("id").asString();
    }

    private static int partyCases(String organizationId) {
        Api.Response cases = Api.get("/api/party-building/v1/cases?organizationId=" + organizationId,
                Api.token("county-officer"));
        return cases.status() == 200 ? cases.items().size() : -1;
    }

    private static long partyCasesOf(List<String> organizations) {
        return query("party_building", "SELECT count(*) FROM party_case WHERE organization_id = ANY(?)",
                organizations.stream().map(UUID::fromString).toArray(UUID[]::new));
    }

    private static long duplicatePartyCases() {
        return query("party_building", "SELECT count(*) FROM (SELECT organization_id FROM party_case "
                + "GROUP BY organization_id HAVING count(*) > 1) AS doubled", null);
    }

    /** Publications of the outbox not yet delivered (delivered ones are deleted). */
    private static long undelivered(String database) {
        return query(database, "SELECT count(*) FROM event_publication WHERE completion_date IS NULL", null);
    }

    private static long query(String database, String sql, Object[] ids) {
        String url = "jdbc:postgresql://localhost:" + RunningPlatform.platform().config().postgresPort() + "/"
                + database;
        try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
                var statement = connection.prepareStatement(sql)) {
            if (ids != null) {
                statement.setArray(1, connection.createArrayOf("uuid", ids));
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6);
    }
}
