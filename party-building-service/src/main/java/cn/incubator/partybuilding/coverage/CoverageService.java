package cn.incubator.partybuilding.coverage;

import cn.incubator.partybuilding.access.CaseScope;
import cn.incubator.partybuilding.access.CaseScopes;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.scope.ScopeFilter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the coverage report from the cases, units and ratings the caller may see. */
@Service
public class CoverageService {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;
    private final CaseScopes scopes;

    CoverageService(JdbcClient jdbc, CaseScopes scopes) {
        this.jdbc = jdbc;
        this.scopes = scopes;
    }

    /**
     * @param within a subtree, or {@code null} for the caller's whole scope
     * @param from   first admission day (China time), inclusive
     * @param to     last admission day, inclusive
     */
    @Transactional(readOnly = true)
    public CoverageReport report(CurrentUser user, Jurisdiction within, LocalDate from, LocalDate to, int starYear) {
        CaseScope scope = scopes.of(user);
        ScopeFilter filter = scope.filter("c");
        Map<String, Object> params = new HashMap<>(filter.params());
        String where = filter.sql() + " AND c.admitted_at >= :from AND c.admitted_at < :to";
        params.put("from", Timestamp.from(from.atStartOfDay(CHINA).toInstant()));
        params.put("to", Timestamp.from(to.plusDays(1).atStartOfDay(CHINA).toInstant()));
        String withinSql = "";
        if (within != null) {
            withinSql = " AND c.jurisdiction_code LIKE :within";
            params.put("within", within.significantPrefix() + "%");
        }
        record Counts(long admitted, long discovered, BigDecimal averageDays, Integer maxDays, long withMembers,
                long inJointBranch, long ownBranch, long instructorOnly, long ownBranchPending, long overdue) {
        }
        Counts counts = jdbc.sql("""
                SELECT count(*) AS admitted,
                       count(*) FILTER (WHERE c.discovery_completed_at IS NOT NULL) AS discovered,
                       avg(EXTRACT(EPOCH FROM (c.discovery_completed_at - c.admitted_at)) / 86400.0) AS average_days,
                       max(floor(EXTRACT(EPOCH FROM (c.discovery_completed_at - c.admitted_at)) / 86400.0))::int
                           AS max_days,
                       count(*) FILTER (WHERE c.member_count > 0) AS with_members,
                       count(*) FILTER (WHERE c.joint_branch_id IS NOT NULL) AS in_joint_branch,
                       count(*) FILTER (WHERE c.own_branch_id IS NOT NULL) AS own_branch,
                       count(*) FILTER (WHERE c.joint_branch_id IS NULL AND c.own_branch_id IS NULL AND EXISTS (
                           SELECT 1 FROM instructor_assignment a WHERE a.case_id = c.id AND a.ended_at IS NULL))
                           AS instructor_only,
                       count(*) FILTER (WHERE c.own_branch_required_since IS NOT NULL AND c.own_branch_id IS NULL)
                           AS own_branch_pending,
                       count(*) FILTER (WHERE c.overdue_reported_at IS NOT NULL) AS overdue
                FROM party_case c WHERE
                """ + where + withinSql)
                .params(params)
                .query((rs, n) -> new Counts(rs.getLong("admitted"), rs.getLong("discovered"),
                        rs.getBigDecimal("average_days") == null ? null
                                : rs.getBigDecimal("average_days").setScale(1, RoundingMode.HALF_UP),
                        (Integer) rs.getObject("max_days"), rs.getLong("with_members"),
                        rs.getLong("in_joint_branch"), rs.getLong("own_branch"), rs.getLong("instructor_only"),
                        rs.getLong("own_branch_pending"), rs.getLong("overdue")))
                .single();
        return new CoverageReport(within == null ? null : within.code(), from, to, counts.admitted(),
                counts.discovered(), counts.averageDays(), counts.maxDays(), counts.withMembers(),
                counts.inJointBranch(), counts.ownBranch(), counts.instructorOnly(), counts.ownBranchPending(),
                counts.overdue(), units(scope, within), starYear, stars(filter, within, starYear));
    }

    private CoverageReport.Units units(CaseScope scope, Jurisdiction within) {
        ScopeFilter filter = scope.scope().filter("u.jurisdiction_code", null);
        Map<String, Object> params = new HashMap<>(filter.params());
        String sql = "SELECT kind, count(*) AS n FROM party_unit u WHERE " + filter.sql();
        if (within != null) {
            sql += " AND u.jurisdiction_code LIKE :within";
            params.put("within", within.significantPrefix() + "%");
        }
        Map<String, Long> byKind = new HashMap<>();
        jdbc.sql(sql + " GROUP BY kind").params(params)
                .query((java.sql.ResultSet rs) -> {
                    byKind.put(rs.getString("kind"), rs.getLong("n"));
                });
        return new CoverageReport.Units(byKind.getOrDefault("JOINT_COMMITTEE", 0L),
                byKind.getOrDefault("JOINT_BRANCH", 0L), byKind.getOrDefault("BRANCH", 0L));
    }

    private Map<String, Long> stars(ScopeFilter caseFilter, Jurisdiction within, int year) {
        Map<String, Object> params = new HashMap<>(caseFilter.params());
        params.put("year", year);
        String sql = "SELECT r.stars, count(*) AS n FROM star_rating r JOIN party_case c ON c.id = r.case_id"
                + " WHERE r.year = :year AND " + caseFilter.sql();
        if (within != null) {
            sql += " AND c.jurisdiction_code LIKE :within";
            params.put("within", within.significantPrefix() + "%");
        }
        Map<String, Long> distribution = new LinkedHashMap<>();
        for (int stars = 1; stars <= 5; stars++) {
            distribution.put(String.valueOf(stars), 0L);
        }
        jdbc.sql(sql + " GROUP BY r.stars").params(params)
                .query((java.sql.ResultSet rs) -> {
                    distribution.put(String.valueOf(rs.getInt("stars")), rs.getLong("n"));
                });
        return distribution;
    }
}
