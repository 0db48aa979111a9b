package cn.incubator.training.cascade;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.scope.ScopeFilter;
import cn.incubator.platform.sql.Query;
import cn.incubator.platform.sql.Where;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CascadeRepository {

    private static final String VERSION = "SELECT id, course_id, label, summary, released_by, released_at"
            + " FROM courseware_version";

    private final JdbcClient jdbc;

    CascadeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when the course has a version of that label already */
    boolean insert(CoursewareVersion v) {
        return jdbc.sql("""
                INSERT INTO courseware_version (id, course_id, label, summary, released_by, released_at)
                VALUES (:id, :course, :label, :summary, :by, :at)
                ON CONFLICT (course_id, label) DO NOTHING
                """)
                .param("id", v.id()).param("course", v.courseId()).param("label", v.label())
                .param("summary", v.summary()).param("by", v.releasedBy()).param("at", Timestamp.from(v.releasedAt()))
                .update() == 1;
    }

    /** The versions of a course the caller has already been allowed to see, newest first. */
    List<CoursewareVersion> versions(UUID course) {
        return Query.of(VERSION).where(Where.unscoped().and("course_id = :course", "course", course))
                .orderBy("released_at DESC, label")
                .on(jdbc).query(CascadeRepository::version).list();
    }

    Optional<CoursewareVersion> version(UUID course, UUID id) {
        return Query.of(VERSION).where(Where.unscoped().and("course_id = :course", "course", course)
                        .and("id = :id", "id", id))
                .on(jdbc).query(CascadeRepository::version).optional();
    }

    /**
     * The sessions of a course that were run (someone attended), with the person-times counted from their attendance
     * rows, held in the caller's scope within {@code root}.
     */
    List<Reach.SessionRun> runs(ScopeFilter scope, UUID course, Jurisdiction root, UUID version) {
        return Query.of("""
                        SELECT s.id, s.jurisdiction_code, s.courseware_version_id, v.label, v.released_at,
                               count(*) AS person_times
                        FROM attendance a
                        JOIN training_session s ON s.id = a.session_id
                        LEFT JOIN courseware_version v ON v.id = s.courseware_version_id""")
                .where(Where.of(scope).and("a.status IN ('PRESENT', 'LATE')")
                        .and("s.course_id = :course", "course", course)
                        .andIfPresent("s.courseware_version_id = :version", "version", version)
                        .andWithin("s.jurisdiction_code", "root", root))
                .groupBy("s.id, s.jurisdiction_code, s.courseware_version_id, v.label, v.released_at")
                .orderBy("s.jurisdiction_code, s.id")
                .on(jdbc)
                .query((rs, n) -> new Reach.SessionRun(rs.getObject("id", UUID.class),
                        Jurisdiction.of(rs.getString("jurisdiction_code")),
                        rs.getObject("courseware_version_id", UUID.class), rs.getString("label"),
                        rs.getTimestamp("released_at") == null ? null : rs.getTimestamp("released_at").toInstant(),
                        rs.getLong("person_times")))
                .list();
    }

    private static CoursewareVersion version(ResultSet rs, int n) throws SQLException {
        return new CoursewareVersion(rs.getObject("id", UUID.class), rs.getObject("course_id", UUID.class),
                rs.getString("label"), rs.getString("summary"), rs.getString("released_by"),
                rs.getTimestamp("released_at").toInstant());
    }
}
