package cn.incubator.incubation.cases;

import cn.incubator.platform.audit.AuditTrail;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.scope.DataScopes;
import cn.incubator.platform.scope.ScopeFilter;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminders for clocks that ran out (growth evaluation due, follow-up year over, yearly service evaluation due): a
 * scheduled job writes one notification per clock, which officers and operators in scope list and mark read.
 */
@Service
public class ReminderService {

    static final String JOB = "reminder-job";
    private static final Logger log = LoggerFactory.getLogger(ReminderService.class);

    private final CaseRepository cases;
    private final JdbcClient jdbc;
    private final DataScopes scopes;
    private final AuditTrail audit;
    private final Clock clock;

    ReminderService(CaseRepository cases, JdbcClient jdbc, DataScopes scopes, AuditTrail audit, Clock clock) {
        this.cases = cases;
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.audit = audit;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "${incubator.incubation.reminder-interval:PT1H}")
    void scheduled() {
        int created = remind(Instant.now(clock));
        if (created > 0) {
            log.info("{} reminders created for overdue incubation clocks", created);
        }
    }

    /** Writes the reminders due at {@code now} that do not exist yet; returns how many were new. */
    @Transactional
    public int remind(Instant now) {
        int created = 0;
        for (IncubationCase c : cases.openWithClocks()) {
            for (IncubationCase.OverdueClock clockRunOut : c.overdueClocks(now)) {
                int inserted = jdbc.sql("""
                        INSERT INTO notification (id, case_id, kind, due_at, organization_id, organization_name,
                                                  jurisdiction_code, created_at)
                        VALUES (:id, :case, :kind, :dueAt, :org, :orgName, :jurisdiction, :now)
                        ON CONFLICT (case_id, kind, due_at) DO NOTHING
                        """)
                        .param("id", UUID.randomUUID()).param("case", c.id()).param("kind", clockRunOut.kind().name())
                        .param("dueAt", Timestamp.from(clockRunOut.dueAt())).param("org", c.organizationId())
                        .param("orgName", c.organizationName()).param("jurisdiction", c.jurisdiction().code())
                        .param("now", Timestamp.from(now))
                        .update();
                if (inserted == 1) {
                    audit.record(JOB, "reminder.created", CaseService.SUBJECT, c.id(), c.jurisdiction().code(), null,
                            Map.of("kind", clockRunOut.kind().name(), "dueAt", clockRunOut.dueAt().toString()));
                    created++;
                }
            }
        }
        return created;
    }

    @Transactional(readOnly = true)
    public List<Notification> list(CurrentUser user, boolean unreadOnly) {
        ScopeFilter filter = scopes.of(user).filter("jurisdiction_code", "organization_id");
        return jdbc.sql("SELECT * FROM notification WHERE " + filter.sql()
                        + (unreadOnly ? " AND read_at IS NULL" : "") + " ORDER BY due_at, created_at LIMIT 500")
                .params(filter.params())
                .query((rs, n) -> new Notification(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
                        IncubationCase.ClockKind.valueOf(rs.getString("kind")), rs.getTimestamp("due_at").toInstant(),
                        rs.getObject("organization_id", UUID.class), rs.getString("organization_name"),
                        rs.getString("jurisdiction_code"), rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("read_at") == null ? null : rs.getTimestamp("read_at").toInstant()))
                .list();
    }

    @Transactional
    public void markRead(CurrentUser user, UUID id) {
        ScopeFilter filter = scopes.of(user).filter("jurisdiction_code", "organization_id");
        int updated = jdbc.sql("UPDATE notification SET read_at = coalesce(read_at, :now), read_by = coalesce(read_by, :by)"
                        + " WHERE id = :id AND " + filter.sql())
                .param("now", Timestamp.from(Instant.now(clock))).param("by", user.username()).param("id", id)
                .params(filter.params())
                .update();
        if (updated == 0) {
            throw new NotFoundException("notification", id);
        }
    }

    /** A reminder (提醒) that a case's clock ran out. */
    public record Notification(UUID id, UUID caseId, IncubationCase.ClockKind kind, Instant dueAt,
            UUID organizationId, String organizationName, String jurisdictionCode, Instant createdAt, Instant readAt) {
    }
}
