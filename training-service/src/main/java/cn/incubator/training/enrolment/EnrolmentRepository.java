package cn.incubator.training.enrolment;

import cn.incubator.platform.scope.ScopeFilter;
import cn.incubator.platform.sql.Query;
import cn.incubator.platform.sql.Where;
import cn.incubator.training.course.Audience;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class EnrolmentRepository {

    private static final String COLUMNS = """
            e.id, e.session_id, e.organization_id, e.organization_jurisdiction, e.person_name, e.audience, e.status,
            e.queue_no, e.enrolled_by, e.enrolled_at, e.updated_at""";

    private final JdbcClient jdbc;

    EnrolmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the stored enrolment with its place in the queue, or empty when the person is enrolled already */
    Optional<Enrolment> insert(Enrolment e) {
        try {
            long queueNo = jdbc.sql("""
                    INSERT INTO enrolment (id, session_id, organization_id, organization_jurisdiction, person_name,
                                           audience, status, enrolled_by, enrolled_at, updated_at)
                    VALUES (:id, :s, :org, :j, :name, :audience, :status, :by, :at, :at)
                    RETURNING queue_no
                    """)
                    .param("id", e.id()).param("s", e.sessionId()).param("org", e.organizationId())
                    .param("j", e.organizationJurisdiction()).param("name", e.personName())
                    .param("audience", e.audience().name()).param("status", e.status().name())
                    .param("by", e.enrolledBy()).param("at", Timestamp.from(e.enrolledAt()))
                    .query(Long.class).single();
            return Optional.of(new Enrolment(e.id(), e.sessionId(), e.organizationId(), e.organizationJurisdiction(),
                    e.personName(), e.audience(), e.status(), queueNo, e.enrolledBy(), e.enrolledAt(),
                    e.updatedAt()));
        } catch (DuplicateKeyException duplicate) {
            return Optional.empty();
        }
    }

    void update(UUID id, EnrolmentStatus status, Instant at) {
        jdbc.sql("UPDATE enrolment SET status = :status, updated_at = :at WHERE id = :id")
                .param("id", id).param("status", status.name()).param("at", Timestamp.from(at))
                .update();
    }

    /** Places taken: enrolled, and after completion completed or not. */
    int taken(UUID session) {
        return jdbc.sql("""
                SELECT count(*) FROM enrolment WHERE session_id = :s AND status IN ('ENROLLED', 'COMPLETED',
                                                                                     'NOT_COMPLETED')
                """).param("s", session).query(Integer.class).single();
    }

    Optional<Enrolment> firstWaiting(UUID session) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM enrolment e WHERE e.session_id = :s AND e.status = 'WAITLISTED'"
                        + " ORDER BY e.queue_no LIMIT 1")
                .param("s", session).query(EnrolmentRepository::enrolment).optional();
    }

    Optional<Enrolment> find(UUID id, ScopeFilter scope) {
        return Query.of("SELECT " + COLUMNS + " FROM enrolment e")
                .where(Where.of(scope).and("e.id = :id", "id", id))
                .on(jdbc).query(EnrolmentRepository::enrolment).optional();
    }

    List<Enrolment> list(UUID session, ScopeFilter scope, EnrolmentStatus status) {
        return Query.of("SELECT " + COLUMNS + " FROM enrolment e")
                .where(Where.of(scope).and("e.session_id = :s", "s", session)
                        .andIfPresent("e.status = :status", "status", status == null ? null : status.name()))
                .orderBy("e.queue_no")
                .on(jdbc).query(EnrolmentRepository::enrolment).list();
    }

    static Enrolment enrolment(ResultSet rs, int row) throws SQLException {
        return new Enrolment(rs.getObject("id", UUID.class), rs.getObject("session_id", UUID.class),
                rs.getObject("organization_id", UUID.class), rs.getString("organization_jurisdiction"),
                rs.getString("person_name"), Audience.valueOf(rs.getString("audience")),
                EnrolmentStatus.valueOf(rs.getString("status")), rs.getLong("queue_no"), rs.getString("enrolled_by"),
                rs.getTimestamp("enrolled_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }
}
