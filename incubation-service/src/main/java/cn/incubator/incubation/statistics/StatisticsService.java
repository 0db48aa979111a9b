package cn.incubator.incubation.statistics;

import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.scope.ScopeFilter;
import cn.incubator.platform.scope.DataScopes;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What government wants to see of incubation, by jurisdiction subtree and period: the pipeline by stage, applications,
 * admissions and graduations in the period, average days from application to admission and from admission to
 * graduation, and workstation occupancy. Periods are calendar days in China time.
 */
@Service
public class StatisticsService {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;
    private final DataScopes scopes;

    StatisticsService(JdbcClient jdbc, DataScopes scopes) {
        this.jdbc = jdbc;
        this.scopes = scopes;
    }

    @Transactional(readOnly = true)
    public Pipeline pipeline(CurrentUser user, Jurisdiction within, LocalDate from, LocalDate to) {
        ScopeFilter filter = scopes.of(user).filter("c.jurisdiction_code", "c.organization_id");
        Map<String, Object> params = new LinkedHashMap<>(filter.params());
        params.put("within", within.significantPrefix() + "%");
        params.put("from", Timestamp.from(from.atStartOfDay(CHINA).toInstant()));
        params.put("to", Timestamp.from(to.plusDays(1).atStartOfDay(CHINA).toInstant()));
        String where = " FROM incubation_case c WHERE c.jurisdiction_code LIKE :within AND " + filter.sql();
        Map<String, Long> byStage = new LinkedHashMap<>();
        jdbc.sql("SELECT c.stage, count(*) AS n" + where + " GROUP BY c.stage ORDER BY c.stage").params(params)
                .query(rs -> {
                    byStage.put(rs.getString("stage"), rs.getLong("n"));
                });
        return jdbc.sql("""
                SELECT count(*) FILTER (WHERE c.applied_at >= :from AND c.applied_at < :to) AS applications,
                       count(*) FILTER (WHERE c.admitted_at >= :from AND c.admitted_at < :to) AS admissions,
                       count(*) FILTER (WHERE c.graduated_at >= :from AND c.graduated_at < :to) AS graduations,
                       round(avg(extract(epoch FROM c.admitted_at - c.applied_at) / 86400)
                             FILTER (WHERE c.admitted_at >= :from AND c.admitted_at < :to)::numeric, 1) AS to_admission,
                       round(avg(extract(epoch FROM c.graduated_at - c.admitted_at) / 86400)
                             FILTER (WHERE c.graduated_at >= :from AND c.graduated_at < :to)::numeric, 1) AS in_shell
                """ + where)
                .params(params)
                .query((rs, n) -> new Pipeline(within.code(), from, to, byStage, rs.getLong("applications"),
                        rs.getLong("admissions"), rs.getLong("graduations"), rs.getBigDecimal("to_admission"),
                        rs.getBigDecimal("in_shell"), occupancy(user, within)))
                .single();
    }

    private Occupancy occupancy(CurrentUser user, Jurisdiction within) {
        ScopeFilter filter = scopes.of(user).filter("b.jurisdiction_code", null);
        return jdbc.sql("""
                SELECT count(w.id) AS total, count(a.id) AS occupied
                FROM base b JOIN zone z ON z.base_id = b.id JOIN workstation w ON w.zone_id = z.id
                LEFT JOIN workstation_allocation a ON a.workstation_id = w.id AND a.released_at IS NULL
                WHERE b.jurisdiction_code LIKE :within AND """ + " " + filter.sql())
                .param("within", within.significantPrefix() + "%").params(filter.params())
                .query((rs, n) -> new Occupancy(rs.getLong("total"), rs.getLong("occupied")))
                .single();
    }

    /** The incubation pipeline of a subtree and period. Averages in days, null when nothing happened. */
    public record Pipeline(String within, LocalDate from, LocalDate to, Map<String, Long> casesByStage,
            long applications, long admissions, long graduations, BigDecimal averageDaysApplicationToAdmission,
            BigDecimal averageDaysInShellToGraduation, Occupancy workstations) {
    }

    /** Workstations of the bases in the subtree and how many are allocated now. */
    public record Occupancy(long workstations, long occupied) {
    }
}
