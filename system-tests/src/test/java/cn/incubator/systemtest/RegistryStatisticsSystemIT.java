package cn.incubator.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Registry statistics through the gateway: counts by form, category, status and street; density by population. */
@ExtendWith(RunningPlatform.class)
class RegistryStatisticsSystemIT {

    private static final String STATISTICS = "/api/registry/v1/statistics";

    @Test
    void theCountyOfficerSeesCountsByStreetAndDensityOnceThePopulationIsRecorded() {
        Api.Response recorded = Api.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(Api.gateway() + STATISTICS + "/population/430121105000"))
                .header("Authorization", "Bearer " + Api.token("county-officer"))
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(
                        Map.of("residents", 10_000, "asOfYear", 2024, "source", "system test")))));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(204);

        Api.Response huanghua = Api.get(STATISTICS + "/organizations?jurisdiction=430121105", Api.token("county-officer"));
        assertThat(huanghua.status()).as(huanghua.body()).isEqualTo(200);
        assertThat(huanghua.json().get("density").get("residents").asLong()).isEqualTo(10_000);
        assertThat(huanghua.json().get("density").get("perTenThousand").decimalValue())
                .isEqualByComparingTo(huanghua.json().get("density").get("registeredOrganizations").decimalValue());

        Api.Response county = Api.get(STATISTICS + "/organizations?jurisdiction=430121", Api.token("county-officer"));
        assertThat(county.json().get("byJurisdiction").valueStream().map(c -> c.get("label").asString()))
                .contains("星沙街道", "㮾梨街道", "黄花镇");
        assertThat(county.json().get("byLegalForm").size()).isPositive();
        assertThat(county.json().get("byStatus").size()).isPositive();
    }

    @Test
    void aHubSeesItsStreetOnlyAndMayNotRecordPopulations() {
        Api.Response langli = Api.get(STATISTICS + "/organizations?jurisdiction=430121", Api.token("langli-hub"));
        assertThat(langli.json().get("byJurisdiction").valueStream().map(c -> c.get("label").asString()))
                .containsOnly("㮾梨街道");
        assertThat(langli.json().get("density").isNull()).isTrue();

        Api.Response refused = Api.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(Api.gateway() + STATISTICS + "/population/430121004000"))
                .header("Authorization", "Bearer " + Api.token("langli-hub"))
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"residents\":1,\"asOfYear\":2024}")));
        assertThat(refused.status()).isEqualTo(403);
    }
}
