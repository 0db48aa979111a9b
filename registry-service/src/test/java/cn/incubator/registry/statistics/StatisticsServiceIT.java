package cn.incubator.registry.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.platform.creditcode.UnifiedSocialCreditCode;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.identity.Role;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.test.RealPostgres;
import cn.incubator.registry.organization.Category;
import cn.incubator.registry.organization.LegalForm;
import cn.incubator.registry.organization.OrganizationService;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Ejin Horo Banner's figures on a node that serves the banner. */
@SpringBootTest(properties = {"spring.grpc.server.port=0", "incubator.node.jurisdiction=150627000000"})
class StatisticsServiceIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "registry_statistics_it");
    }

    @Autowired
    StatisticsService statistics;

    @Autowired
    OrganizationService organizations;

    @Test
    void countsByFormCategoryStatusAndStreetWithDensity() {
        CurrentUser banner = user("ejin-horo-officer", "150627000000");
        for (int i = 0; i < 86; i++) {
            String code = UnifiedSocialCreditCode.withCheckCharacter(String.format("52150627MJ%07d", i));
            organizations.create(banner, new OrganizationService.NewOrganization("伊金霍洛旗社会服务机构" + i,
                    LegalForm.SOCIAL_SERVICE_ORGANIZATION, code, "150627000000",
                    i % 3 == 0 ? Category.CULTURE_SPORTS : Category.PUBLIC_WELFARE, null,
                    java.time.LocalDate.of(2014, 3, 1)));
        }
        organizations.create(banner, new OrganizationService.NewOrganization("伊金霍洛旗筹建中的协会",
                LegalForm.SOCIAL_GROUP, null, "150627000000", Category.SOCIAL_AFFAIRS, null, null));
        statistics.recordPopulation(banner, Jurisdiction.of("150627"), 238_000, 2014, "DOMAIN");

        StatisticsService.OrganizationStatistics result = statistics.organizations(banner, Jurisdiction.of("150627"),
                null, null);

        assertThat(result.total()).isEqualTo(87);
        assertThat(result.byStatus()).extracting(StatisticsService.Count::key, StatisticsService.Count::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("REGISTERED", 86L),
                        org.assertj.core.groups.Tuple.tuple("IN_PREPARATION", 1L));
        assertThat(result.byCategory()).extracting(StatisticsService.Count::label)
                .containsExactly("公益慈善类", "文化体育类", "社会事务类");
        assertThat(result.byLegalForm().get(0).label()).isEqualTo("社会服务机构");
        assertThat(result.density().perTenThousand()).isEqualByComparingTo("3.6");
        assertThat(statistics.organizations(user("town", "150627100000"), Jurisdiction.of("150627"), null, null)
                .density()).as("a partial scope gets no density").isNull();
        assertThat(result.byMaturity()).extracting(StatisticsService.Count::label, StatisticsService.Count::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("筹建型", 87L));
        assertThat(result.densityByJurisdiction()).as("no town's residents recorded yet").isEmpty();

        // 乌兰木伦镇 with 3 registered organizations and 20,000 residents: 1.5 per 10,000; a town without residents
        // recorded has no density, and a town officer does not see another town's
        for (int i = 0; i < 4; i++) {
            String code = UnifiedSocialCreditCode.withCheckCharacter(String.format("52150627MJ%07d", 100 + i));
            organizations.create(banner, new OrganizationService.NewOrganization("伊金霍洛旗镇级服务中心" + i,
                    LegalForm.SOCIAL_SERVICE_ORGANIZATION, code, i < 3 ? "150627101000" : "150627102000",
                    Category.PUBLIC_WELFARE, null, java.time.LocalDate.of(2014, 3, 1)));
        }
        statistics.recordPopulation(banner, Jurisdiction.of("150627101000"), 20_000, 2014, "test");
        StatisticsService.OrganizationStatistics towns = statistics.organizations(banner, Jurisdiction.of("150627"),
                null, null);
        assertThat(towns.densityByJurisdiction()).singleElement().satisfies(town -> {
            assertThat(town.key()).isEqualTo("150627101000");
            assertThat(town.density().registeredOrganizations()).isEqualTo(3);
            assertThat(town.density().perTenThousand()).isEqualByComparingTo("1.5");
        });
        assertThat(statistics.organizations(user("town", "150627100000"), Jurisdiction.of("150627"), null, null)
                .densityByJurisdiction()).as("another town's density is not a town officer's").isEmpty();
    }

    private static CurrentUser user(String name, String jurisdiction) {
        return new CurrentUser(name, name, Set.of(Role.CIVIL_AFFAIRS), List.of(Jurisdiction.of(jurisdiction)),
                Optional.empty(), Optional.empty());
    }
}
