package cn.incubator.incubation.statistics;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.scope.DataScope;
import cn.incubator.platform.sql.Query;
import cn.incubator.platform.sql.Where;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The figures of the incubation statistics, each in a jurisdiction subtree and the caller's {@link DataScope}. */
@Repository
class StatisticsRepository {

    private final JdbcClient jdbc;

    StatisticsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Cases in the subtree by stage, whenever they were opened. */
    Map<String, Long> casesByStage(Jurisdiction within, DataScope scope) {
        Map<String, Long> byStage = new LinkedHashMap<>();
        Query.of("SELECT c.stage, count(*) AS n FROM incubation_case c")
                .where(cases(within, scope))
                .groupBy("c.stage")
                .orderBy("c.stage")
                .on(jdbc)
                .query((ResultSet rs) -> {
                    byStage.put(rs.getString("stage"), rs.getLong("n"));
                });
        return byStage;
    }

    /** What happened to the subtree's cases from {@code from} (inclusive) to {@code to} (exclusive). */
    Period period(Jurisdiction within, Instant from, Instant to, DataScope scope) {
        return Query.of("""
                SELECT count(*) FILTER (WHERE c.applied_at >= :from AND c.applied_at < :to) AS applications,
                       count(*) FILTER (WHERE c.admitted_at >= :from AND c.admitted_at < :to) AS admissions,
                       count(*) FILTER (WHERE c.graduated_at >= :from AND c.graduated_at < :to) AS graduations,
                       round(avg(extract(epoch FROM c.admitted_at - c.applied_at) / 86400)
                             FILTER (WHERE c.admitted_at >= :from AND c.admitted_at < :to)::numeric, 1) AS to_admission,
                       round(avg(extract(epoch FROM c.graduated_at - c.admitted_at) / 86400)
                             FILTER (WHERE c.graduated_at >= :from AND c.graduated_at < :to)::numeric, 1) AS in_shell,
                       coalesce(sum(extract(epoch FROM c.admitted_at - c.applied_at))
                             FILTER (WHERE c.admitted_at >= :from AND c.admitted_at < :to), 0) AS to_admission_seconds,
                       coalesce(sum(extract(epoch FROM c.graduated_at - c.admitted_at))
                             FILTER (WHERE c.graduated_at >= :from AND c.graduated_at < :to), 0) AS in_shell_seconds
                FROM incubation_case c""")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .where(cases(within, scope))
                .on(jdbc)
                .query((rs, n) -> new Period(rs.getLong("applications"), rs.getLong("admissions"),
                        rs.getLong("graduations"), rs.getBigDecimal("to_admission"), rs.getBigDecimal("in_shell"),
                        rs.getBigDecimal("to_admission_seconds"), rs.getBigDecimal("in_shell_seconds")))
                .single();
    }

    /** Workstations of the subtree's bases and how many are allocated now. */
    StatisticsService.Occupancy occupancy(Jurisdiction within, DataScope scope) {
        return Query.of("""
                SELECT count(w.id) AS total, count(a.id) AS occupied
                FROM base b JOIN zone z ON z.base_id = b.id JOIN workstation w ON w.zone_id = z.id
                LEFT JOIN workstation_allocation a ON a.workstation_id = w.id AND a.released_at IS NULL""")
                .where(Where.of(scope.filter("b.jurisdiction_code", null))
                        .andWithin("b.jurisdiction_code", "within", within))
                .on(jdbc)
                .query((rs, n) -> new StatisticsService.Occupancy(rs.getLong("total"), rs.getLong("occupied")))
                .single();
    }

    private static Where cases(Jurisdiction within, DataScope scope) {
        return Where.of(scope.filter("c.jurisdiction_code", "c.organization_id"))
                .andWithin("c.jurisdiction_code", "within", within);
    }

    /**
     * Applications, admissions and graduations in a period; averages in days, null when nothing happened; the seconds
     * the averages are of, summed (zero when nothing happened).
     */
    record Period(long applications, long admissions, long graduations, BigDecimal averageDaysToAdmission,
            BigDecimal averageDaysInShell, BigDecimal secondsToAdmission, BigDecimal secondsInShell) {
    }
}
