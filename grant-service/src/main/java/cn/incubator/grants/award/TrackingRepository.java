package cn.incubator.grants.award;

import cn.incubator.platform.scope.DataScope;
import cn.incubator.platform.sql.Query;
import cn.incubator.platform.sql.Where;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Visits, evaluations and activities of awards; callers have the award in scope first. */
@Repository
class TrackingRepository {

    private final JdbcClient jdbc;

    TrackingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Tracking.Visit visit) {
        jdbc.sql("""
                INSERT INTO award_visit (id, award_id, kind, visited_on, visitor, findings, recorded_by, recorded_at)
                VALUES (:id, :award, :kind, :on, :visitor, :findings, :by, :at)
                """)
                .param("id", visit.id()).param("award", visit.awardId()).param("kind", visit.kind().name())
                .param("on", visit.visitedOn()).param("visitor", visit.visitor()).param("findings", visit.findings())
                .param("by", visit.recordedBy()).param("at", Timestamp.from(visit.recordedAt()))
                .update();
    }

    List<Tracking.Visit> visits(UUID awardId) {
        return jdbc.sql("""
                SELECT id, award_id, kind, visited_on, visitor, findings, recorded_by, recorded_at
                FROM award_visit WHERE award_id = :a ORDER BY visited_on, recorded_at
                """)
                .param("a", awardId)
                .query((rs, n) -> new Tracking.Visit(rs.getObject("id", UUID.class),
                        rs.getObject("award_id", UUID.class), Tracking.VisitKind.valueOf(rs.getString("kind")),
                        rs.getObject("visited_on", java.time.LocalDate.class), rs.getString("visitor"),
                        rs.getString("findings"), rs.getString("recorded_by"),
                        AwardRepository.instant(rs, "recorded_at")))
                .list();
    }

    /** @return false when the award has its evaluation already */
    boolean insertIfAbsent(Tracking.Evaluation evaluation) {
        return jdbc.sql("""
                INSERT INTO award_evaluation (award_id, evaluator_name, third_party, score, conclusion, evaluated_on,
                                              recorded_by, recorded_at)
                VALUES (:award, :evaluator, :thirdParty, :score, :conclusion, :on, :by, :at)
                ON CONFLICT (award_id) DO NOTHING
                """)
                .param("award", evaluation.awardId()).param("evaluator", evaluation.evaluatorName())
                .param("thirdParty", evaluation.thirdParty()).param("score", evaluation.score())
                .param("conclusion", evaluation.conclusion()).param("on", evaluation.evaluatedOn())
                .param("by", evaluation.recordedBy()).param("at", Timestamp.from(evaluation.recordedAt()))
                .update() == 1;
    }

    Optional<Tracking.Evaluation> evaluation(UUID awardId) {
        return jdbc.sql("""
                SELECT award_id, evaluator_name, third_party, score, conclusion, evaluated_on, recorded_by, recorded_at
                FROM award_evaluation WHERE award_id = :a
                """)
                .param("a", awardId)
                .query((rs, n) -> new Tracking.Evaluation(rs.getObject("award_id", UUID.class),
                        rs.getString("evaluator_name"), rs.getBoolean("third_party"), rs.getInt("score"),
                        rs.getString("conclusion"), rs.getObject("evaluated_on", java.time.LocalDate.class),
                        rs.getString("recorded_by"), AwardRepository.instant(rs, "recorded_at")))
                .optional();
    }

    void insert(Tracking.Activity activity) {
        jdbc.sql("""
                INSERT INTO award_activity (id, award_id, held_on, title, person_times, volunteer_person_times,
                                            recorded_by, recorded_at)
                VALUES (:id, :award, :on, :title, :personTimes, :volunteers, :by, :at)
                """)
                .param("id", activity.id()).param("award", activity.awardId()).param("on", activity.heldOn())
                .param("title", activity.title()).param("personTimes", activity.personTimes())
                .param("volunteers", activity.volunteerPersonTimes()).param("by", activity.recordedBy())
                .param("at", Timestamp.from(activity.recordedAt()))
                .update();
    }

    List<Tracking.Activity> activities(UUID awardId) {
        return jdbc.sql("""
                SELECT id, award_id, held_on, title, person_times, volunteer_person_times, recorded_by, recorded_at
                FROM award_activity WHERE award_id = :a ORDER BY held_on, recorded_at
                """)
                .param("a", awardId)
                .query((rs, n) -> new Tracking.Activity(rs.getObject("id", UUID.class),
                        rs.getObject("award_id", UUID.class), rs.getObject("held_on", java.time.LocalDate.class),
                        rs.getString("title"), rs.getInt("person_times"), rs.getInt("volunteer_person_times"),
                        rs.getString("recorded_by"), AwardRepository.instant(rs, "recorded_at")))
                .list();
    }

    /** Totals over the programme's awards the caller may see (a street hub sees its street's projects). */
    Tracking.ActivityTotals totals(UUID programmeId, DataScope scope) {
        return totals(programmeId, Where.of(scope.filter("a.jurisdiction_code", "a.organization_id")));
    }

    /** Totals over all the programme's awards, for a partner whose co-funding was checked. */
    Tracking.ActivityTotals totals(UUID programmeId) {
        return totals(programmeId, Where.unscoped());
    }

    private Tracking.ActivityTotals totals(UUID programmeId, Where visible) {
        return Query.of("""
                SELECT COUNT(DISTINCT a.id) AS projects, COUNT(t.id) AS activities,
                       COALESCE(SUM(t.person_times), 0) AS person_times,
                       COALESCE(SUM(t.volunteer_person_times), 0) AS volunteers
                FROM award a LEFT JOIN award_activity t ON t.award_id = a.id""")
                .where(visible.and("a.programme_id = :p", "p", programmeId).and("a.status <> 'TERMINATED'"))
                .on(jdbc)
                .query((rs, n) -> new Tracking.ActivityTotals(programmeId, rs.getInt("projects"),
                        rs.getInt("activities"), rs.getLong("person_times"), rs.getLong("volunteers")))
                .single();
    }
}
