package cn.incubator.incubation.cases;

import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.scope.DataScope;
import cn.incubator.platform.scope.ScopeFilter;
import cn.incubator.platform.sql.Query;
import cn.incubator.platform.sql.Where;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reminders of run-out clocks. Reads and marks take the caller's {@link DataScope}. */
@Repository
class NotificationRepository {

    private final JdbcClient jdbc;

    NotificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the reminder of a clock unless it exists; true when it was new. */
    boolean insertIfAbsent(IncubationCase c, IncubationCase.OverdueClock clockRunOut, Instant now) {
        return jdbc.sql("""
                INSERT INTO notification (id, case_id, kind, due_at, organization_id, organization_name,
                                          jurisdiction_code, created_at)
                VALUES (:id, :case, :kind, :dueAt, :org, :orgName, :jurisdiction, :now)
                ON CONFLICT (case_id, kind, due_at) DO NOTHING
                """)
                .param("id", UUID.randomUUID()).param("case", c.id()).param("kind", clockRunOut.kind().name())
                .param("dueAt", Timestamp.from(clockRunOut.dueAt())).param("org", c.organizationId())
                .param("orgName", c.organizationName()).param("jurisdiction", c.jurisdiction().code())
                .param("now", Timestamp.from(now))
                .update() == 1;
    }

    /** The first 500 reminders by due date. */
    Page<ReminderService.Notification> list(boolean unreadOnly, DataScope scope, PageRequest page) {
        return Query.of("SELECT * FROM notification")
                .where(Where.of(filter(scope)).andIf(unreadOnly, "read_at IS NULL", Map.of()))
                .orderBy("due_at, created_at, id")
                .page(page, jdbc, NotificationRepository::map);
    }

    /** Marks a reminder read, keeping the first reader; false when the caller may not see it. */
    boolean markRead(UUID id, String by, Instant at, DataScope scope) {
        return Query.of("UPDATE notification SET read_at = coalesce(read_at, :now), read_by = coalesce(read_by, :by)")
                .param("now", Timestamp.from(at)).param("by", by)
                .where(Where.of(filter(scope)).and("id = :id", "id", id))
                .on(jdbc)
                .update() > 0;
    }

    private static ScopeFilter filter(DataScope scope) {
        return scope.filter("jurisdiction_code", "organization_id");
    }

    private static ReminderService.Notification map(ResultSet rs, int row) throws SQLException {
        return new ReminderService.Notification(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
                IncubationCase.ClockKind.valueOf(rs.getString("kind")), rs.getTimestamp("due_at").toInstant(),
                rs.getObject("organization_id", UUID.class), rs.getString("organization_name"),
                rs.getString("jurisdiction_code"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("read_at") == null ? null : rs.getTimestamp("read_at").toInstant());
    }
}
