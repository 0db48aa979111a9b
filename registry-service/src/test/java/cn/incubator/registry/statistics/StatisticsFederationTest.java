package cn.incubator.registry.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.registry.statistics.StatisticsService.Count;
import cn.incubator.registry.statistics.StatisticsService.DivisionDensity;
import cn.incubator.registry.statistics.StatisticsService.OrganizationStatistics;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Changsha County (长沙县) after Xingsha (星沙街道) was handed over to its node: the central node holds 泉塘街道's
 * organizations, the Xingsha node Xingsha's; the county's statistics are the sum of both.
 */
class StatisticsFederationTest {

    private static final Jurisdiction COUNTY = Jurisdiction.of("430121000000");

    @Test
    void theCountsOfEveryNodeAreSummedByKeyAndTheDensitiesKeepTheCentralResidents() {
        OrganizationStatistics central = new OrganizationStatistics(COUNTY, null, null, 5,
                List.of(new Count("SOCIAL_GROUP", "社会团体", 3), new Count("COMMUNITY_ORGANIZATION", "社区社会组织", 2)),
                List.of(), List.of(new Count("REGISTERED", "已登记", 4), new Count("FILED", "已备案", 1)), List.of(),
                List.of(new Count("430121002000", "泉塘街道", 5)), 4, Density.of(1_000_000, 2023, 4),
                List.of(division("430121001000", "星沙街道", 300_000, 0), division("430121002000", "泉塘街道", 100_000, 4)));
        OrganizationStatistics xingsha = new OrganizationStatistics(COUNTY, null, null, 7,
                List.of(new Count("COMMUNITY_ORGANIZATION", "社区社会组织", 6), new Count("SOCIAL_GROUP", "社会团体", 1)),
                List.of(), List.of(new Count("REGISTERED", "已登记", 3), new Count("FILED", "已备案", 4)), List.of(),
                List.of(new Count("430121001000", "星沙街道", 7)), 3, null,
                List.of(division("430121001000", "星沙街道", 300_000, 3)));

        OrganizationStatistics county = StatisticsFederation.merge(central, List.of(xingsha));

        assertThat(county.total()).isEqualTo(12);
        assertThat(county.byLegalForm()).containsExactly(new Count("COMMUNITY_ORGANIZATION", "社区社会组织", 8),
                new Count("SOCIAL_GROUP", "社会团体", 4));
        assertThat(county.byStatus()).containsExactly(new Count("REGISTERED", "已登记", 7),
                new Count("FILED", "已备案", 5));
        assertThat(county.byJurisdiction()).containsExactly(new Count("430121001000", "星沙街道", 7),
                new Count("430121002000", "泉塘街道", 5));
        assertThat(county.registered()).isEqualTo(7);
        assertThat(county.density().registeredOrganizations()).isEqualTo(7);
        assertThat(county.density().perTenThousand()).isEqualByComparingTo(new BigDecimal("0.1"));
        assertThat(county.densityByJurisdiction()).containsExactly(division("430121001000", "星沙街道", 300_000, 3),
                division("430121002000", "泉塘街道", 100_000, 4));
    }

    @Test
    void withoutTheCentralResidentsThereIsNoDensityAndWithoutNodesNothingChanges() {
        OrganizationStatistics central = new OrganizationStatistics(COUNTY, null, null, 1,
                List.of(new Count("SOCIAL_GROUP", "社会团体", 1)), List.of(), List.of(), List.of(), List.of(), 1, null,
                List.of());
        OrganizationStatistics xingsha = new OrganizationStatistics(COUNTY, null, null, 2,
                List.of(new Count("SOCIAL_GROUP", "社会团体", 2)), List.of(), List.of(), List.of(), List.of(), 2,
                Density.of(300_000, 2023, 2), List.of());

        assertThat(StatisticsFederation.merge(central, List.of(xingsha)).density()).isNull();
        assertThat(StatisticsFederation.merge(central, List.of()).total()).isEqualTo(1);
        assertThat(StatisticsFederation.merge(central, List.of()).byLegalForm())
                .containsExactly(new Count("SOCIAL_GROUP", "社会团体", 1));
    }

    private static DivisionDensity division(String code, String name, long residents, long registered) {
        return new DivisionDensity(code, name, Density.of(residents, 2023, registered));
    }
}
