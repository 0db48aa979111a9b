package cn.incubator.training.session;

import cn.incubator.platform.scope.ScopeFilter;
import cn.incubator.platform.sql.Query;
import cn.incubator.platform.sql.Where;
import cn.incubator.training.course.CourseArea;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SessionRepository {

    private static final String SELECT = """
            SELECT s.id, s.course_id, c.title AS course_title, c.area, s.jurisdiction_code, s.title, s.mode, s.venue,
                   s.online_url, s.capacity, s.enrolment_deadline, s.trainer_username, s.status, s.created_by,
                   s.created_at, s.updated_at, s.courseware_version_id, v.label AS courseware_label, s.programme_id,
                   (SELECT count(*) FROM enrolment e WHERE e.session_id = s.id AND e.status IN ('ENROLLED', 'COMPLETED',
                        'NOT_COMPLETED')) AS enrolled,
                   (SELECT count(*) FROM enrolment e WHERE e.session_id = s.id AND e.status = 'WAITLISTED') AS waitlisted
            FROM training_session s JOIN course c ON c.id = s.course_id
            LEFT JOIN courseware_version v ON v.id = s.courseware_version_id""";

    private final JdbcClient jdbc;

    SessionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(TrainingSession s) {
        jdbc.sql("""
                INSERT INTO training_session (id, course_id, jurisdiction_code, title, mode, venue, online_url, capacity,
                                              enrolment_deadline, trainer_username, status, created_by, created_at,
                                              updated_at, courseware_version_id, programme_id)
                VALUES (:id, :course, :j, :title, :mode, :venue, :url, :capacity, :deadline, :trainer, :status, :by,
                        :at, :at, :version, :programme)
                """)
                .param("id", s.id()).param("course", s.courseId()).param("j", s.jurisdictionCode())
                .param("title", s.title()).param("mode", s.mode().name()).param("venue", s.venue())
                .param("url", s.onlineUrl()).param("capacity", s.capacity())
                .param("deadline", Timestamp.from(s.enrolmentDeadline())).param("trainer", s.trainer())
                .param("status", s.status().name()).param("by", s.createdBy())
                .param("at", Timestamp.from(s.createdAt()))
                .param("version", s.coursewareVersionId()).param("programme", s.programmeId())
                .update();
        for (TrainingSession.Sitting sitting : s.sittings()) {
            jdbc.sql("INSERT INTO session_sitting (session_id, seq, starts_at, ends_at) VALUES (:s, :seq, :from, :to)")
                    .param("s", s.id()).param("seq", sitting.seq()).param("from", Timestamp.from(sitting.startsAt()))
                    .param("to", Timestamp.from(sitting.endsAt()))
                    .update();
        }
    }

    void updateStatus(UUID id, SessionStatus status, java.time.Instant at) {
        jdbc.sql("UPDATE training_session SET status = :status, updated_at = :at WHERE id = :id")
                .param("id", id).param("status", status.name()).param("at", Timestamp.from(at))
                .update();
    }

    /**
     * @param lock take the session's row lock first ({@code FOR UPDATE}): every enrolment, cancellation and attendance
     *             change of one session queues behind it, so counts read under it stay true until commit
     */
    Optional<TrainingSession> find(UUID id, ScopeFilter visible, boolean lock) {
        if (lock) {
            boolean seen = !Query.of("SELECT s.id FROM training_session s")
                    .where(Where.of(visible).and("s.id = :id", "id", id))
                    .then("FOR UPDATE")
                    .on(jdbc).query(UUID.class).list().isEmpty();
            if (!seen) {
                return Optional.empty();
            }
        }
        return Query.of(SELECT).where(Where.of(visible).and("s.id = :id", "id", id))
                .on(jdbc).query(this::session).optional();
    }

    List<TrainingSession> list(ScopeFilter visible, UUID courseId, SessionStatus status, UUID programmeId) {
        return Query.of(SELECT)
                .where(Where.of(visible).andIfPresent("s.course_id = :course", "course", courseId)
                        .andIfPresent("s.programme_id = :programme", "programme", programmeId)
                        .andIfPresent("s.status = :status", "status", status == null ? null : status.name()))
                .orderBy("s.enrolment_deadline DESC, s.id")
                .limit(500)
                .on(jdbc).query(this::session).list();
    }

    private List<TrainingSession.Sitting> sittings(UUID session) {
        return jdbc.sql("SELECT seq, starts_at, ends_at FROM session_sitting WHERE session_id = :s ORDER BY seq")
                .param("s", session)
                .query((rs, n) -> new TrainingSession.Sitting(rs.getInt("seq"),
                        rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant()))
                .list();
    }

    private TrainingSession session(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new TrainingSession(id, rs.getObject("course_id", UUID.class), rs.getString("course_title"),
                CourseArea.valueOf(rs.getString("area")), rs.getString("jurisdiction_code"), rs.getString("title"),
                TrainingSession.Mode.valueOf(rs.getString("mode")), rs.getString("venue"), rs.getString("online_url"),
                rs.getInt("capacity"), rs.getTimestamp("enrolment_deadline").toInstant(),
                rs.getString("trainer_username"), SessionStatus.valueOf(rs.getString("status")), sittings(id),
                rs.getInt("enrolled"), rs.getInt("waitlisted"), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                rs.getObject("courseware_version_id", UUID.class), rs.getString("courseware_label"),
                rs.getObject("programme_id", UUID.class));
    }
}
