package cn.incubator.grants.award;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.contracts.platform.v1.GrantTotals;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.node.Node;
import cn.incubator.platform.scope.DataScope;
import cn.incubator.platform.test.RealPostgres;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The grants section a node gives a roll-up, on the demo data of the default central node (Hunan, Ejin Horo, Ya'an):
 * Ejin Horo's first round made 12 awards sharing 440,000.00; a prefix's figures are the sums of the awards and
 * payments under it, checked against the tables.
 */
@SpringBootTest(properties = {"spring.grpc.server.port=0",
        "spring.flyway.locations=classpath:db/migration,classpath:db/platform,classpath:db/demo"})
class GrantNodeStatisticsIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "grants_node_statistics_it");
    }

    @Autowired
    GrantNodeStatistics statistics;
    @Autowired
    Node node;
    @Autowired
    JdbcClient jdbc;

    @Test
    void ejinHorosAwardsAreTwelveSharing440000() {
        GrantTotals banner = figures("150627000000");

        assertThat(banner.getAwards()).isEqualTo(12);
        assertThat(banner.getAwardedAmount()).isEqualTo("440000.00");
        assertThat(new BigDecimal(banner.getDisbursedAmount())).isLessThanOrEqualTo(new BigDecimal("440000.00"));
    }

    @Test
    void aPrefixSumsTheAwardsAndPaymentsUnderIt() {
        GrantTotals hunan = figures("430000000000");

        assertThat(hunan.getAwards()).isEqualTo(jdbc.sql("SELECT count(*) FROM award WHERE jurisdiction_code LIKE '43%'")
                .query(Long.class).single());
        assertThat(new BigDecimal(hunan.getDisbursedAmount())).isEqualByComparingTo(jdbc.sql("""
                SELECT COALESCE(SUM(p.amount), 0) FROM payment p JOIN award a ON a.id = p.award_id
                WHERE a.jurisdiction_code LIKE '43%'""").query(BigDecimal.class).single());
        assertThat(figures("110000000000").getAwards()).as("a place this node does not serve").isZero();
        assertThat(figures("110000000000").getAwardedAmount()).isEqualTo("0.00");
    }

    private GrantTotals figures(String prefix) {
        DataScope held = DataScope.of(CurrentUser.service("test", node), node);
        return statistics.figures(Jurisdiction.of(prefix), held).getGrants();
    }
}
