package cn.incubator.incubation.activity;

import cn.incubator.incubation.activity.SupervisionService.Finding;
import cn.incubator.incubation.activity.SupervisionService.Kind;
import cn.incubator.incubation.activity.SupervisionService.NewFinding;
import cn.incubator.incubation.activity.SupervisionService.Session;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.scope.DataScope;
import cn.incubator.platform.sql.Query;
import cn.incubator.platform.sql.Where;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Supervision sessions, their participating cases and findings. A session is read in the caller's scope. */
@Repository
class SupervisionRepository {

    private final JdbcClient jdbc;

    SupervisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertSession(UUID id, Kind kind, String topic, String problem, LocalDate heldOn, String supervisor,
            UUID baseId, Jurisdiction jurisdiction, String recordedBy, Instant recordedAt) {
        jdbc.sql("""
                INSERT INTO supervision_session (id, kind, topic, problem, held_on, supervisor, base_id,
                                                 jurisdiction_code, recorded_by, recorded_at)
                VALUES (:id, :kind, :topic, :problem, :heldOn, :supervisor, :base, :jurisdiction, :by, :at)
                """)
                .param("id", id).param("kind", kind.name()).param("topic", topic)
                .param("problem", problem).param("heldOn", Date.valueOf(heldOn))
                .param("supervisor", supervisor).param("base", baseId)
                .param("jurisdiction", jurisdiction.code()).param("by", recordedBy)
                .param("at", Timestamp.from(recordedAt))
                .update();
    }

    void insertParticipant(UUID sessionId, UUID caseId) {
        jdbc.sql("INSERT INTO supervision_participant (session_id, case_id) VALUES (:s, :c)")
                .param("s", sessionId).param("c", caseId).update();
    }

    void insertFinding(UUID sessionId, NewFinding f) {
        jdbc.sql("""
                INSERT INTO supervision_finding (id, session_id, case_id, finding, follow_up, due_on)
                VALUES (:id, :session, :case, :finding, :followUp, :dueOn)
                """)
                .param("id", UUID.randomUUID()).param("session", sessionId).param("case", f.caseId())
                .param("finding", f.finding()).param("followUp", f.followUp())
                .param("dueOn", f.dueOn() == null ? null : Date.valueOf(f.dueOn()))
                .update();
    }

    void closeFinding(UUID findingId, Instant at, String note) {
        jdbc.sql("UPDATE supervision_finding SET done_at = :at, done_note = :note WHERE id = :id")
                .param("at", Timestamp.from(at)).param("note", note).param("id", findingId)
                .update();
    }

    /** The session with its cases and findings, if it is in the caller's scope (by the place it was held). */
    Optional<Session> find(UUID id, DataScope scope) {
        return Query.of("SELECT * FROM supervision_session")
                .where(Where.of(scope.filter("jurisdiction_code", null)).and("id = :id", "id", id))
                .on(jdbc)
                .query((rs, n) -> new Session(rs.getObject("id", UUID.class), Kind.valueOf(rs.getString("kind")),
                        rs.getString("topic"), rs.getString("problem"), rs.getDate("held_on").toLocalDate(),
                        rs.getString("supervisor"), rs.getObject("base_id", UUID.class), List.of(), List.of()))
                .optional()
                .map(session -> new Session(session.id(), session.kind(), session.topic(), session.problem(),
                        session.heldOn(), session.supervisor(), session.baseId(), participants(id), findings(id)));
    }

    /** The sessions a case took part in, by day held, whatever the scope (the caller checks the case). */
    List<UUID> sessionsOf(UUID caseId) {
        return jdbc.sql("""
                SELECT s.id FROM supervision_session s JOIN supervision_participant p ON p.session_id = s.id
                WHERE p.case_id = :case ORDER BY s.held_on
                """)
                .param("case", caseId).query(UUID.class).list();
    }

    private List<UUID> participants(UUID sessionId) {
        return jdbc.sql("SELECT case_id FROM supervision_participant WHERE session_id = :id")
                .param("id", sessionId).query(UUID.class).list();
    }

    private List<Finding> findings(UUID sessionId) {
        return jdbc.sql("SELECT * FROM supervision_finding WHERE session_id = :id ORDER BY due_on")
                .param("id", sessionId)
                .query((rs, n) -> new Finding(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
                        rs.getString("finding"), rs.getString("follow_up"),
                        rs.getDate("due_on") == null ? null : rs.getDate("due_on").toLocalDate(),
                        rs.getTimestamp("done_at") == null ? null : rs.getTimestamp("done_at").toInstant(),
                        rs.getString("done_note")))
                .list();
    }
}
