package cn.incubator.systemtest;

import static cn.incubator.systemtest.Admissions.ADMITTED;
import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.launcher.Platform;
import cn.incubator.launcher.PlatformConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 一领双孵化, "admit one, cover one" (入驻一家,覆盖一家): every admission in the incubation service opens a
 * party-organization case in the party-building service through incubation's event feed, with no manual step,
 * exactly once, even when the party-building service is down while the admissions happen. Black-box: what happened
 * is read through the gateway's APIs and the services' {@code /actuator/events}, never from their databases.
 */
@ExtendWith(RunningPlatform.class)
class DualIncubationSystemIT {

    private static final String INCUBATION_SERVICE = "incubation-service";
    private static final String PARTY_BUILDING_SERVICE = "party-building-service";
    private static final int OUTAGE_ADMISSIONS = 200;

    private static String baseId;

    @BeforeAll
    static void aBaseWithAResidentZone() {
        baseId = Admissions.baseWithAResidentZone("双孵化测试");
    }

    @Test
    void anAdmissionOpensThePartyCaseWithoutAnyManualStep() {
        String county = Api.token("county-officer");
        String organization = Admissions.filedOrganization(county, "星沙街道双孵化志愿服务队");

        String incubationCase = Admissions.admit(county, baseId, organization);

        var partyCase = Admissions.awaitPartyCase(organization);
        assertThat(partyCase.get("stage").asString()).isEqualTo("ADMISSION_SURVEY");
        assertThat(partyCase.get("organizationId").asString()).isEqualTo(organization);
        awaitCaughtUp(Duration.ofSeconds(60));
        assertThat(Admissions.partyCases(organization)).as("still one case once everything is delivered")
                .isEqualTo(1);
        assertThat(incubationCase).isNotBlank();
    }

    @Test
    void admissionsDuringAPartyBuildingOutageEachOpenExactlyOneCaseOnceItIsBack() {
        Platform platform = RunningPlatform.platform();
        PlatformConfig.Service partyBuilding = platform.service(PARTY_BUILDING_SERVICE);
        String county = Api.token("county-officer");
        List<String> organizations = new ArrayList<>();
        awaitCaughtUp(Duration.ofSeconds(60));
        long publishedBefore = Admissions.published(INCUBATION_SERVICE, ADMITTED);
        long processedBefore = Admissions.received(PARTY_BUILDING_SERVICE, ADMITTED, "PROCESSED");

        platform.stopService(partyBuilding.name());
        try {
            for (int i = 0; i < OUTAGE_ADMISSIONS; i++) {
                String organization = Admissions.filedOrganization(county, "星沙街道入驻组织" + i + "号");
                Admissions.admit(county, baseId, organization);
                organizations.add(organization);
            }
            Api.await("the admission events in incubation's feed", Duration.ofSeconds(30),
                    () -> Admissions.published(INCUBATION_SERVICE, ADMITTED) >= publishedBefore + OUTAGE_ADMISSIONS);
            assertThat(Admissions.published(INCUBATION_SERVICE, ADMITTED))
                    .as("the admission events wait in incubation's feed")
                    .isEqualTo(publishedBefore + OUTAGE_ADMISSIONS);
        } finally {
            platform.startService(partyBuilding);
            platform.awaitService(partyBuilding);
        }

        awaitCaughtUp(Duration.ofSeconds(240));
        assertThat(Admissions.received(PARTY_BUILDING_SERVICE, ADMITTED, "PROCESSED"))
                .as("each admission processed exactly once").isEqualTo(processedBefore + OUTAGE_ADMISSIONS);
        List<String> withoutExactlyOneCase = organizations.stream()
                .filter(organization -> Admissions.partyCases(organization) != 1).toList();
        assertThat(withoutExactlyOneCase).as("organizations without exactly one party case").isEmpty();
    }

    /** Until party-building has read incubation's admissions up to the last one published. */
    private static void awaitCaughtUp(Duration timeout) {
        Api.await("party-building reading every admission of incubation's feed", timeout,
                () -> Admissions.caughtUp(INCUBATION_SERVICE, PARTY_BUILDING_SERVICE, ADMITTED));
    }
}
