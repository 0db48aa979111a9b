package cn.incubator.grants.award;

import cn.incubator.contracts.platform.v1.GrantTotals;
import cn.incubator.contracts.platform.v1.Statistics;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.node.Node;
import cn.incubator.platform.rollup.NodeStatisticsServer;
import cn.incubator.platform.scope.DataScope;
import cn.incubator.platform.sql.Query;
import cn.incubator.platform.sql.Where;
import java.math.BigDecimal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The grants section of {@code NodeStatistics} (统计汇总) on this node: the awards it holds under the prefix (by the
 * awarded organization's place), what they commit as the programme ledger counts it (a terminated award only what was
 * paid of it) and what was paid. Amounts travel as exact two-place decimal strings.
 */
@Service
class GrantNodeStatistics extends NodeStatisticsServer {

    private final JdbcClient jdbc;

    GrantNodeStatistics(Node node, JdbcClient jdbc) {
        super(node, "grants:award:read");
        this.jdbc = jdbc;
    }

    @Override
    protected Statistics figures(Jurisdiction prefix, DataScope held) {
        GrantTotals totals = Query.of("""
                        SELECT count(*) AS awards,
                               COALESCE(SUM(CASE WHEN a.status = 'TERMINATED' THEN COALESCE(p.paid, 0)
                                                 ELSE a.amount END), 0) AS awarded,
                               COALESCE(SUM(COALESCE(p.paid, 0)), 0) AS disbursed
                        FROM award a
                        LEFT JOIN (SELECT award_id, SUM(amount) AS paid FROM payment GROUP BY award_id) p
                               ON p.award_id = a.id""")
                .where(Where.of(held.filter("a.jurisdiction_code", "a.organization_id"))
                        .andWithin("a.jurisdiction_code", "within", prefix))
                .on(jdbc)
                .query((rs, n) -> GrantTotals.newBuilder()
                        .setAwards(rs.getLong("awards"))
                        .setAwardedAmount(yuan(rs.getBigDecimal("awarded")))
                        .setDisbursedAmount(yuan(rs.getBigDecimal("disbursed")))
                        .build())
                .single();
        return Statistics.newBuilder().setGrants(totals).build();
    }

    private static String yuan(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }
}
