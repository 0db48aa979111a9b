package cn.incubator.partybuilding.coverage;

import cn.incubator.partybuilding.access.CaseScope;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.sql.Query;
import cn.incubator.platform.sql.Where;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The figures of the coverage report, each in the caller's {@link CaseScope} (an instructor's own cases only) and,
 * when given, a jurisdiction subtree.
 */
@Repository
class CoverageRepository {

    private final JdbcClient jdbc;

    CoverageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What became of the organizations admitted from {@code from} (inclusive) to {@code to} (exclusive). */
    AdmissionCounts admitted(CaseScope scope, Jurisdiction within, Instant from, Instant to) {
        return Query.of("""
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
                FROM party_case c""")
                .where(Where.of(scope.filter("c"))
                        .and("c.admitted_at >= :from AND c.admitted_at < :to",
                                Map.of("from", Timestamp.from(from), "to", Timestamp.from(to)))
                        .andWithin("c.jurisdiction_code", "within", within))
                .on(jdbc)
                .query((rs, n) -> new AdmissionCounts(rs.getLong("admitted"), rs.getLong("discovered"),
                        rs.getBigDecimal("average_days") == null ? null
                                : rs.getBigDecimal("average_days").setScale(1, RoundingMode.HALF_UP),
                        (Integer) rs.getObject("max_days"), rs.getLong("with_members"),
                        rs.getLong("in_joint_branch"), rs.getLong("own_branch"), rs.getLong("instructor_only"),
                        rs.getLong("own_branch_pending"), rs.getLong("overdue")))
                .single();
    }

    /** Party units by kind, in the caller's jurisdictions (units are no case: an instructor sees them all). */
    CoverageReport.Units units(CaseScope scope, Jurisdiction within) {
        Map<String, Long> byKind = new HashMap<>();
        Query.of("SELECT kind, count(*) AS n FROM party_unit u")
                .where(Where.of(scope.scope().filter("u.jurisdiction_code", null))
                        .andWithin("u.jurisdiction_code", "within", within))
                .groupBy("kind")
                .on(jdbc)
                .query((ResultSet rs) -> {
                    byKind.put(rs.getString("kind"), rs.getLong("n"));
                });
        return new CoverageReport.Units(byKind.getOrDefault("JOINT_COMMITTEE", 0L),
                byKind.getOrDefault("JOINT_BRANCH", 0L), byKind.getOrDefault("BRANCH", 0L));
    }

    /** Star ratings of {@code year} by stars, "1" to "5", each present. */
    Map<String, Long> stars(CaseScope scope, Jurisdiction within, int year) {
        Map<String, Long> distribution = new LinkedHashMap<>();
        for (int stars = 1; stars <= 5; stars++) {
            distribution.put(String.valueOf(stars), 0L);
        }
        Query.of("SELECT r.stars, count(*) AS n FROM star_rating r JOIN party_case c ON c.id = r.case_id")
                .where(Where.of(scope.filter("c"))
                        .and("r.year = :year", "year", year)
                        .andWithin("c.jurisdiction_code", "within", within))
                .groupBy("r.stars")
                .on(jdbc)
                .query((ResultSet rs) -> {
                    distribution.put(String.valueOf(rs.getInt("stars")), rs.getLong("n"));
                });
        return distribution;
    }

    /**
     * Every party-building case held here under {@code within} (any admission day, any stage): organizations, those
     * in a joint or own branch, those with a current instructor, the members found, and the distinct instructors
     * currently assigned to them.
     */
    NodeCounts nodeCounts(CaseScope scope, Jurisdiction within) {
        return Query.of("""
                SELECT count(*) AS organizations,
                       count(*) FILTER (WHERE c.joint_branch_id IS NOT NULL OR c.own_branch_id IS NOT NULL)
                           AS with_party_organization,
                       count(*) FILTER (WHERE a.username IS NOT NULL) AS with_instructor,
                       COALESCE(sum(c.member_count), 0) AS members,
                       count(DISTINCT a.username) AS instructors
                FROM party_case c
                LEFT JOIN instructor_assignment a ON a.case_id = c.id AND a.ended_at IS NULL""")
                .where(Where.of(scope.filter("c")).andWithin("c.jurisdiction_code", "within", within))
                .on(jdbc)
                .query((rs, n) -> new NodeCounts(rs.getLong("organizations"), rs.getLong("with_party_organization"),
                        rs.getLong("with_instructor"), rs.getLong("members"), rs.getLong("instructors")))
                .single();
    }

    /** See {@link #nodeCounts}. */
    record NodeCounts(long organizations, long withPartyOrganization, long withInstructor, long members,
            long instructors) {
    }

    /** The admissions of a period and what became of them; see {@link CoverageReport}. */
    record AdmissionCounts(long admitted, long discovered, BigDecimal averageDays, Integer maxDays, long withMembers,
            long inJointBranch, long ownBranch, long instructorOnly, long ownBranchPending, long overdue) {
    }
}
