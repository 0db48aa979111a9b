package cn.incubator.registry.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.test.RealPostgres;
import cn.incubator.registry.statistics.StatisticsService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Ejin Horo Banner's density from the demo data, on a node serving the banner. */
@SpringBootTest(properties = {"spring.grpc.server.port=0", "incubator.node.jurisdiction=150627000000",
        DemoUsers.WITH_DEMO})
class EjinHoroDemoDataIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "registry_demo_ejinhoro_it");
    }

    @Autowired
    StatisticsService statistics;

    @Test
    void eightySixRegisteredOrganizationsFor238000ResidentsAre3Point6Per10000() {
        StatisticsService.OrganizationStatistics banner = statistics.organizations(
                DemoUsers.officer("150627000000"), Jurisdiction.of("150627"), null, null);

        assertThat(banner.density().registeredOrganizations()).isEqualTo(86);
        assertThat(banner.density().residents()).isEqualTo(238_000);
        assertThat(banner.density().perTenThousand()).isEqualByComparingTo("3.6");
        assertThat(banner.total()).isEqualTo(89);
        assertThat(banner.byJurisdiction()).hasSize(8);
    }
}
