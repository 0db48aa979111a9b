package cn.incubator.training.certificate;

import cn.incubator.platform.scope.ScopeFilter;
import cn.incubator.platform.sql.Query;
import cn.incubator.platform.sql.Where;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CertificateRepository {

    private static final String COLUMNS = """
            id, code, enrolment_id, session_id, organization_id, organization_jurisdiction, holder_name, course_title,
            completed_on, issuer, status, revocation_reason, issued_by, issued_at, revoked_at""";

    private final JdbcClient jdbc;

    CertificateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Certificate c) {
        jdbc.sql("INSERT INTO certificate (" + COLUMNS + """
                ) VALUES (:id, :code, :e, :s, :org, :j, :holder, :course, :on, :issuer, :status, NULL, :by, :at, NULL)
                """)
                .param("id", c.id()).param("code", c.code()).param("e", c.enrolmentId()).param("s", c.sessionId())
                .param("org", c.organizationId()).param("j", c.organizationJurisdiction())
                .param("holder", c.holderName()).param("course", c.courseTitle())
                .param("on", Date.valueOf(c.completedOn())).param("issuer", c.issuer())
                .param("status", c.status().name()).param("by", c.issuedBy())
                .param("at", Timestamp.from(c.issuedAt()))
                .update();
    }

    void revoke(Certificate c) {
        jdbc.sql("UPDATE certificate SET status = :status, revocation_reason = :reason, revoked_at = :at WHERE id = :id")
                .param("id", c.id()).param("status", c.status().name()).param("reason", c.revocationReason())
                .param("at", Timestamp.from(c.revokedAt()))
                .update();
    }

    Optional<Certificate> find(UUID id, ScopeFilter scope, boolean lock) {
        Query query = Query.of("SELECT " + COLUMNS + " FROM certificate")
                .where(Where.of(scope).and("id = :id", "id", id));
        return (lock ? query.then("FOR UPDATE") : query).on(jdbc).query(CertificateRepository::certificate)
                .optional();
    }

    /** By verification code, for the public verification: no scope, the caller is anonymous. */
    Optional<Certificate> byCode(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM certificate WHERE code = :code")
                .param("code", code).query(CertificateRepository::certificate).optional();
    }

    /** The enrolments of a session that hold a certificate, valid or revoked (one per enrolment at most). */
    java.util.Set<UUID> certifiedEnrolments(UUID sessionId) {
        return new java.util.HashSet<>(jdbc.sql("SELECT enrolment_id FROM certificate WHERE session_id = :s")
                .param("s", sessionId).query(UUID.class).list());
    }

    List<Certificate> list(ScopeFilter scope, UUID sessionId) {
        return Query.of("SELECT " + COLUMNS + " FROM certificate")
                .where(Where.of(scope).andIfPresent("session_id = :s", "s", sessionId))
                .orderBy("issued_at DESC, id")
                .limit(2000)
                .on(jdbc).query(CertificateRepository::certificate).list();
    }

    private static Certificate certificate(ResultSet rs, int n) throws SQLException {
        Timestamp revoked = rs.getTimestamp("revoked_at");
        return new Certificate(rs.getObject("id", UUID.class), rs.getString("code"),
                rs.getObject("enrolment_id", UUID.class), rs.getObject("session_id", UUID.class),
                rs.getObject("organization_id", UUID.class), rs.getString("organization_jurisdiction"),
                rs.getString("holder_name"), rs.getString("course_title"), rs.getDate("completed_on").toLocalDate(),
                rs.getString("issuer"), CertificateStatus.valueOf(rs.getString("status")),
                rs.getString("revocation_reason"), rs.getString("issued_by"), rs.getTimestamp("issued_at").toInstant(),
                revoked == null ? null : revoked.toInstant());
    }
}
