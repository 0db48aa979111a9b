package cn.incubator.training.programme;

import cn.incubator.platform.scope.ScopeFilter;
import cn.incubator.platform.sql.Query;
import cn.incubator.platform.sql.Where;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ProgrammeRepository {

    private static final String SELECT = """
            SELECT p.id, p.jurisdiction_code, p.name, p.kind, p.description, p.starts_on, p.ends_on, p.created_by,
                   p.created_at,
                   (SELECT COALESCE(SUM(f.amount), 0) FROM programme_co_funding f WHERE f.programme_id = p.id
                        AND (CAST(:funder AS VARCHAR) IS NULL OR f.partner_id = :funder)) AS co_funded,
                   (SELECT count(DISTINCT a.session_id) FROM attendance a JOIN training_session s ON s.id = a.session_id
                    WHERE s.programme_id = p.id AND a.status IN ('PRESENT', 'LATE')) AS sessions,
                   (SELECT count(*) FROM attendance a JOIN training_session s ON s.id = a.session_id
                    WHERE s.programme_id = p.id AND a.status IN ('PRESENT', 'LATE')) AS person_times,
                   (SELECT count(DISTINCT e.organization_id) FROM attendance a
                    JOIN training_session s ON s.id = a.session_id JOIN enrolment e ON e.id = a.enrolment_id
                    WHERE s.programme_id = p.id AND a.status IN ('PRESENT', 'LATE')) AS organizations,
                   (SELECT count(DISTINCT t.id) FROM training_session s JOIN course c ON c.id = s.course_id
                    CROSS JOIN LATERAL unnest(c.trainer_ids) AS t (id)
                    WHERE s.programme_id = p.id AND s.status <> 'CANCELLED') AS experts
            FROM training_programme p""";
    private static final String CO_FUNDED_BY =
            "EXISTS (SELECT 1 FROM programme_co_funding f WHERE f.programme_id = p.id AND f.partner_id = :partner)";

    private final JdbcClient jdbc;

    ProgrammeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Programme p) {
        jdbc.sql("""
                INSERT INTO training_programme (id, jurisdiction_code, name, kind, description, starts_on, ends_on,
                                                created_by, created_at)
                VALUES (:id, :j, :name, :kind, :description, :starts, :ends, :by, :at)
                """)
                .param("id", p.id()).param("j", p.jurisdictionCode()).param("name", p.name())
                .param("kind", p.kind().name()).param("description", p.description())
                .param("starts", Date.valueOf(p.startsOn()))
                .param("ends", p.endsOn() == null ? null : Date.valueOf(p.endsOn()))
                .param("by", p.createdBy()).param("at", Timestamp.from(p.createdAt()))
                .update();
    }

    /** @param partner count only this partner's co-funding ({@code null}: everyone's) */
    Optional<Programme> find(UUID id, ScopeFilter visible, String partner) {
        return Query.of(SELECT).where(Where.of(visible).and("p.id = :id", "id", id))
                .param("funder", partner)
                .on(jdbc).query(ProgrammeRepository::programme).optional();
    }

    List<Programme> list(ScopeFilter visible, ProgrammeKind kind) {
        return Query.of(SELECT)
                .where(Where.of(visible).andIfPresent("p.kind = :kind", "kind", kind == null ? null : kind.name()))
                .param("funder", null)
                .orderBy("p.starts_on DESC, p.id")
                .limit(500)
                .on(jdbc).query(ProgrammeRepository::programme).list();
    }

    /** The programmes the partner co-funds, within its scope; {@code coFunded} is its own share. */
    List<Programme> coFundedBy(String partner, ScopeFilter scope) {
        return Query.of(SELECT).where(Where.of(scope).and(CO_FUNDED_BY, "partner", partner))
                .param("funder", partner)
                .orderBy("p.starts_on DESC, p.id")
                .on(jdbc).query(ProgrammeRepository::programme).list();
    }

    Optional<Programme> coFundedBy(String partner, ScopeFilter scope, UUID id) {
        return Query.of(SELECT).where(Where.of(scope).and(CO_FUNDED_BY, "partner", partner).and("p.id = :id", "id", id))
                .param("funder", partner)
                .on(jdbc).query(ProgrammeRepository::programme).optional();
    }

    void insert(CoFunding f) {
        jdbc.sql("""
                INSERT INTO programme_co_funding (id, programme_id, partner_id, funder_name, amount, committed_on,
                                                  recorded_by, recorded_at)
                VALUES (:id, :p, :partner, :name, :amount, :on, :by, :at)
                """)
                .param("id", f.id()).param("p", f.programmeId()).param("partner", f.partnerId())
                .param("name", f.funderName()).param("amount", f.amount()).param("on", Date.valueOf(f.committedOn()))
                .param("by", f.recordedBy()).param("at", Timestamp.from(f.recordedAt()))
                .update();
    }

    /** The co-funding of a programme the caller has already been allowed to see. */
    List<CoFunding> coFundings(UUID programme) {
        return Query.of("""
                        SELECT id, programme_id, partner_id, funder_name, amount, committed_on, recorded_by, recorded_at
                        FROM programme_co_funding""")
                .where(Where.unscoped().and("programme_id = :p", "p", programme))
                .orderBy("committed_on, recorded_at")
                .on(jdbc)
                .query((rs, n) -> new CoFunding(rs.getObject("id", UUID.class), rs.getObject("programme_id", UUID.class),
                        rs.getString("partner_id"), rs.getString("funder_name"), rs.getBigDecimal("amount"),
                        rs.getDate("committed_on").toLocalDate(), rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    void insert(Coaching c) {
        jdbc.sql("""
                INSERT INTO coaching_session (id, programme_id, organization_id, organization_name, project_title, phase,
                                              held_on, hours, coach, notes, recorded_by, recorded_at)
                VALUES (:id, :p, :org, :orgName, :project, :phase, :on, :hours, :coach, :notes, :by, :at)
                """)
                .param("id", c.id()).param("p", c.programmeId()).param("org", c.organizationId())
                .param("orgName", c.organizationName()).param("project", c.projectTitle())
                .param("phase", c.phase().name()).param("on", Date.valueOf(c.heldOn())).param("hours", c.hours())
                .param("coach", c.coach()).param("notes", c.notes()).param("by", c.recordedBy())
                .param("at", Timestamp.from(c.recordedAt()))
                .update();
    }

    /** The coaching log of a programme the caller has already been allowed to see, in phase order. */
    List<Coaching> coaching(UUID programme, CoachingPhase phase) {
        return Query.of("""
                        SELECT id, programme_id, organization_id, organization_name, project_title, phase, held_on, hours,
                               coach, notes, recorded_by, recorded_at
                        FROM coaching_session""")
                .where(Where.unscoped().and("programme_id = :p", "p", programme)
                        .andIfPresent("phase = :phase", "phase", phase == null ? null : phase.name()))
                .orderBy("held_on, recorded_at")
                .on(jdbc)
                .query((rs, n) -> new Coaching(rs.getObject("id", UUID.class), rs.getObject("programme_id", UUID.class),
                        rs.getObject("organization_id", UUID.class), rs.getString("organization_name"),
                        rs.getString("project_title"), CoachingPhase.valueOf(rs.getString("phase")),
                        rs.getDate("held_on").toLocalDate(), rs.getBigDecimal("hours"), rs.getString("coach"),
                        rs.getString("notes"), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    /** How many coaching sessions each phase has had, every phase present. */
    Map<CoachingPhase, Long> coachingByPhase(UUID programme) {
        Map<CoachingPhase, Long> counts = new EnumMap<>(CoachingPhase.class);
        for (CoachingPhase phase : CoachingPhase.values()) {
            counts.put(phase, 0L);
        }
        jdbc.sql("SELECT phase, count(*) AS n FROM coaching_session WHERE programme_id = :p GROUP BY phase")
                .param("p", programme)
                .query((rs, n) -> Map.entry(CoachingPhase.valueOf(rs.getString("phase")), rs.getLong("n")))
                .list().forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    /** The sessions of a programme the caller has already been allowed to see, with their person-times. */
    List<ProgrammeSession> sessions(UUID programme) {
        return Query.of("""
                        SELECT s.id, s.title, c.title AS course_title, c.area, s.jurisdiction_code, s.status,
                               (SELECT min(st.starts_at) FROM session_sitting st WHERE st.session_id = s.id) AS starts_at,
                               v.label,
                               (SELECT count(*) FROM attendance a WHERE a.session_id = s.id
                                    AND a.status IN ('PRESENT', 'LATE')) AS person_times
                        FROM training_session s
                        JOIN course c ON c.id = s.course_id
                        LEFT JOIN courseware_version v ON v.id = s.courseware_version_id""")
                .where(Where.unscoped().and("s.programme_id = :p", "p", programme))
                .orderBy("starts_at, s.id")
                .on(jdbc)
                .query((rs, n) -> new ProgrammeSession(rs.getObject("id", UUID.class), rs.getString("title"),
                        rs.getString("course_title"), rs.getString("area"), rs.getString("jurisdiction_code"),
                        rs.getString("status"), rs.getTimestamp("starts_at").toInstant(), rs.getString("label"),
                        rs.getLong("person_times")))
                .list();
    }

    private static Programme programme(ResultSet rs, int n) throws SQLException {
        return new Programme(rs.getObject("id", UUID.class), rs.getString("jurisdiction_code"), rs.getString("name"),
                ProgrammeKind.valueOf(rs.getString("kind")), rs.getString("description"),
                rs.getDate("starts_on").toLocalDate(),
                rs.getDate("ends_on") == null ? null : rs.getDate("ends_on").toLocalDate(),
                rs.getBigDecimal("co_funded"), rs.getLong("sessions"), rs.getLong("person_times"),
                rs.getLong("organizations"), rs.getLong("experts"),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
    }
}
