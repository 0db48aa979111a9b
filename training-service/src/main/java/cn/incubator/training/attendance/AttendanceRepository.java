package cn.incubator.training.attendance;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.scope.ScopeFilter;
import cn.incubator.platform.sql.Query;
import cn.incubator.platform.sql.Where;
import cn.incubator.training.course.Audience;
import cn.incubator.training.course.CourseArea;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AttendanceRepository {

    private final JdbcClient jdbc;

    AttendanceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A fresh code for the person and sitting; an earlier unused one is replaced. */
    void issue(UUID session, int seq, UUID enrolment, String code, String by, Instant at) {
        jdbc.sql("DELETE FROM check_in_code WHERE session_id = :s AND sitting_seq = :seq AND enrolment_id = :e"
                        + " AND used_at IS NULL")
                .param("s", session).param("seq", seq).param("e", enrolment).update();
        jdbc.sql("""
                INSERT INTO check_in_code (code, session_id, sitting_seq, enrolment_id, issued_by, issued_at)
                VALUES (:code, :s, :seq, :e, :by, :at)
                ON CONFLICT (session_id, sitting_seq, enrolment_id) DO NOTHING
                """)
                .param("code", code).param("s", session).param("seq", seq).param("e", enrolment).param("by", by)
                .param("at", Timestamp.from(at)).update();
    }

    record IssuedCode(String code, UUID sessionId, int sittingSeq, UUID enrolmentId, Instant usedAt) {
    }

    Optional<IssuedCode> code(String code) {
        return jdbc.sql("SELECT code, session_id, sitting_seq, enrolment_id, used_at FROM check_in_code"
                        + " WHERE code = :code")
                .param("code", code)
                .query((rs, n) -> new IssuedCode(rs.getString("code"), rs.getObject("session_id", UUID.class),
                        rs.getInt("sitting_seq"), rs.getObject("enrolment_id", UUID.class),
                        rs.getTimestamp("used_at") == null ? null : rs.getTimestamp("used_at").toInstant()))
                .optional();
    }

    /** @return false when the code was used meanwhile */
    boolean use(String code, Instant at) {
        return jdbc.sql("UPDATE check_in_code SET used_at = :at WHERE code = :code AND used_at IS NULL")
                .param("code", code).param("at", Timestamp.from(at)).update() == 1;
    }

    /** @return false when the sitting's attendance of the person is recorded already */
    boolean insert(Attendance a) {
        return jdbc.sql("""
                INSERT INTO attendance (session_id, sitting_seq, enrolment_id, status, method, recorded_by, recorded_at)
                VALUES (:s, :seq, :e, :status, :method, :by, :at)
                ON CONFLICT DO NOTHING
                """)
                .param("s", a.sessionId()).param("seq", a.sittingSeq()).param("e", a.enrolmentId())
                .param("status", a.status().name()).param("method", a.method()).param("by", a.recordedBy())
                .param("at", Timestamp.from(a.recordedAt())).update() == 1;
    }

    /** The roll call decides: it records or corrects the sitting's attendance of the person. */
    void upsert(Attendance a) {
        jdbc.sql("""
                INSERT INTO attendance (session_id, sitting_seq, enrolment_id, status, method, recorded_by, recorded_at)
                VALUES (:s, :seq, :e, :status, :method, :by, :at)
                ON CONFLICT (session_id, sitting_seq, enrolment_id)
                DO UPDATE SET status = EXCLUDED.status, method = EXCLUDED.method, recorded_by = EXCLUDED.recorded_by,
                              recorded_at = EXCLUDED.recorded_at
                """)
                .param("s", a.sessionId()).param("seq", a.sittingSeq()).param("e", a.enrolmentId())
                .param("status", a.status().name()).param("method", a.method()).param("by", a.recordedBy())
                .param("at", Timestamp.from(a.recordedAt())).update();
    }

    List<Attendance> list(UUID session, ScopeFilter enrolmentScope) {
        return Query.of("""
                        SELECT a.session_id, a.sitting_seq, a.enrolment_id, a.status, a.method, a.recorded_by,
                               a.recorded_at
                        FROM attendance a JOIN enrolment e ON e.id = a.enrolment_id""")
                .where(Where.of(enrolmentScope).and("a.session_id = :s", "s", session))
                .orderBy("a.sitting_seq, e.queue_no")
                .on(jdbc).query(AttendanceRepository::attendance).list();
    }

    /** Sittings the person attended (present or late). */
    public int attended(UUID enrolment) {
        return jdbc.sql("SELECT count(*) FROM attendance WHERE enrolment_id = :e AND status IN ('PRESENT', 'LATE')")
                .param("e", enrolment).query(Integer.class).single();
    }

    List<PersonTimes.Row> personTimes(ScopeFilter scope, Jurisdiction within, LocalDate from, LocalDate to) {
        Where where = Where.of(scope).and("a.status IN ('PRESENT', 'LATE')")
                .andIfPresent("(st.starts_at AT TIME ZONE 'Asia/Shanghai')::date >= :from", "from", from)
                .andIfPresent("(st.starts_at AT TIME ZONE 'Asia/Shanghai')::date <= :to", "to", to);
        if (within != null) {
            where = where.andWithin("s.jurisdiction_code", "within", within);
        }
        return Query.of("""
                        SELECT s.jurisdiction_code, c.area, e.audience,
                               to_char(st.starts_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS period,
                               count(DISTINCT s.id) AS sessions, count(*) AS person_times
                        FROM attendance a
                        JOIN enrolment e ON e.id = a.enrolment_id
                        JOIN training_session s ON s.id = a.session_id
                        JOIN course c ON c.id = s.course_id
                        JOIN session_sitting st ON st.session_id = a.session_id AND st.seq = a.sitting_seq""")
                .where(where)
                .groupBy("s.jurisdiction_code, c.area, e.audience, period")
                .orderBy("period, s.jurisdiction_code, c.area, e.audience")
                .on(jdbc)
                .query((rs, n) -> new PersonTimes.Row(Jurisdiction.of(rs.getString("jurisdiction_code")),
                        CourseArea.valueOf(rs.getString("area")), Audience.valueOf(rs.getString("audience")),
                        rs.getString("period"), rs.getLong("sessions"), rs.getLong("person_times")))
                .list();
    }

    long sessions(ScopeFilter scope, Jurisdiction within, LocalDate from, LocalDate to) {
        Where where = Where.of(scope).and("a.status IN ('PRESENT', 'LATE')")
                .andIfPresent("(st.starts_at AT TIME ZONE 'Asia/Shanghai')::date >= :from", "from", from)
                .andIfPresent("(st.starts_at AT TIME ZONE 'Asia/Shanghai')::date <= :to", "to", to);
        if (within != null) {
            where = where.andWithin("s.jurisdiction_code", "within", within);
        }
        return Query.of("""
                        SELECT count(DISTINCT s.id) FROM attendance a
                        JOIN training_session s ON s.id = a.session_id
                        JOIN session_sitting st ON st.session_id = a.session_id AND st.seq = a.sitting_seq""")
                .where(where)
                .on(jdbc).query(Long.class).single();
    }

    private static Attendance attendance(ResultSet rs, int n) throws SQLException {
        return new Attendance(rs.getObject("session_id", UUID.class), rs.getInt("sitting_seq"),
                rs.getObject("enrolment_id", UUID.class), AttendanceStatus.valueOf(rs.getString("status")),
                rs.getString("method"), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
    }
}
