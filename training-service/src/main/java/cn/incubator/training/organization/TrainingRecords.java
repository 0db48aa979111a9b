package cn.incubator.training.organization;

import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.scope.DataScopes;
import cn.incubator.platform.scope.ScopeFilter;
import cn.incubator.platform.sql.Query;
import cn.incubator.platform.sql.ReadOnly;
import cn.incubator.platform.sql.Where;
import java.sql.Date;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Organizations' training records (培训记录), for other services (incubation shows them on an organization's
 * profile). Counted from the enrolments, attendance and certificates the caller may see (the organization's
 * jurisdiction and, for an org-admin, its id): an organization outside the scope has an empty record, like one that
 * never trained, so the answer tells nothing about records the caller may not see.
 */
@Service
public class TrainingRecords {

    private final JdbcClient jdbc;
    private final DataScopes scopes;

    TrainingRecords(JdbcClient jdbc, DataScopes scopes) {
        this.jdbc = jdbc;
        this.scopes = scopes;
    }

    @ReadOnly
    public TrainingRecord of(CurrentUser user, UUID organizationId) {
        ScopeFilter enrolments = scopes.of(user).filter("e.organization_jurisdiction", "e.organization_id");
        int courses = Query.of("""
                        SELECT count(DISTINCT s.course_id) FROM enrolment e
                        JOIN training_session s ON s.id = e.session_id""")
                .where(Where.of(enrolments).and("e.organization_id = :org", "org", organizationId)
                        .and("e.status = 'COMPLETED'"))
                .on(jdbc).query(Integer.class).single();
        long personTimes = Query.of("SELECT count(*) FROM attendance a JOIN enrolment e ON e.id = a.enrolment_id")
                .where(Where.of(enrolments).and("e.organization_id = :org", "org", organizationId)
                        .and("a.status IN ('PRESENT', 'LATE')"))
                .on(jdbc).query(Long.class).single();
        ScopeFilter certificates = scopes.of(user).filter("c.organization_jurisdiction", "c.organization_id");
        return Query.of("""
                        SELECT count(*) FILTER (WHERE c.status = 'VALID') AS valid,
                               count(*) FILTER (WHERE c.status = 'REVOKED') AS revoked,
                               max(c.completed_on) AS last_completed
                        FROM certificate c""")
                .where(Where.of(certificates).and("c.organization_id = :org", "org", organizationId))
                .on(jdbc).query((rs, n) -> {
                    Date last = rs.getDate("last_completed");
                    return new TrainingRecord(organizationId, courses, personTimes, rs.getInt("valid"),
                            rs.getInt("revoked"), last == null ? null : last.toLocalDate());
                })
                .single();
    }
}
