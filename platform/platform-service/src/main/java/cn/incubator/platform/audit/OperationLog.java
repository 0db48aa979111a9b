package cn.incubator.platform.audit;

import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.identity.Role;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.scope.DataScope;
import cn.incubator.platform.scope.DataScopes;
import cn.incubator.platform.scope.ScopeFilter;
import cn.incubator.platform.scope.ScopeFilters;
import cn.incubator.platform.sql.Query;
import cn.incubator.platform.sql.Where;
import cn.incubator.platform.text.Display;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 操作日志: the service's audit timeline read across records, newest first, inside the caller's jurisdiction, paged
 * in the database. It shows exactly what the service recorded as the record's state before and after each change
 * (the services mask personal data before they record it).
 *
 * <p>An entry is in a caller's scope when its jurisdiction code lies in one of the caller's subtrees. An entry that
 * belongs to no place (e.g. a partner's webhook) is shown only to a platform admin whose jurisdiction covers the whole
 * node.
 */
public class OperationLog {

    private final JdbcClient jdbc;
    private final DataScopes scopes;

    public OperationLog(JdbcClient jdbc, DataScopes scopes) {
        this.jdbc = jdbc;
        this.scopes = scopes;
    }

    /**
     * What to look for; every part is optional.
     *
     * @param actor      the user name who acted, exactly
     * @param from       first day, in China's time zone
     * @param to         last day (inclusive), in China's time zone
     * @param action     the action, or its beginning ({@code case.} finds every action on cases)
     * @param recordType the kind of record ({@code subject_type}), exactly
     * @param recordId   the record's id, exactly
     * @param within     narrows the caller's scope to one subtree
     */
    public record Criteria(String actor, LocalDate from, LocalDate to, String action, String recordType,
            String recordId, Jurisdiction within) {
    }

    public Page<AuditEntry> search(CurrentUser caller, Criteria criteria, PageRequest page) {
        return query(caller, criteria).page(page, jdbc, OperationLog::entry);
    }

    /** The newest {@code limit} entries found, for an export (one statement, no page size cap). */
    public List<AuditEntry> latest(CurrentUser caller, Criteria criteria, int limit) {
        return query(caller, criteria).limit(limit).on(jdbc).query(OperationLog::entry).list();
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getObject("id", UUID.class), rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("actor"), rs.getString("action"), rs.getString("subject_type"), rs.getString("subject_id"),
                rs.getString("jurisdiction_code"), rs.getString("before_state"), rs.getString("after_state"),
                rs.getString("trace_id"));
    }

    Query query(CurrentUser caller, Criteria criteria) {
        Where where = Where.of(scopeOf(caller))
                .andWithin("jurisdiction_code", "within", criteria.within())
                .andIfPresent("actor = :actor", "actor", blankToNull(criteria.actor()))
                .andIfPresent("occurred_at >= :from", "from",
                        criteria.from() == null ? null : startOf(criteria.from()))
                .andIfPresent("occurred_at < :to", "to",
                        criteria.to() == null ? null : startOf(criteria.to().plusDays(1)))
                .andIfPresent("action LIKE :action", "action",
                        blankToNull(criteria.action()) == null ? null : likePrefix(criteria.action().strip()))
                .andIfPresent("subject_type = :recordType", "recordType", blankToNull(criteria.recordType()))
                .andIfPresent("subject_id = :recordId", "recordId", blankToNull(criteria.recordId()));
        return Query.of("""
                SELECT id, occurred_at, actor, action, subject_type, subject_id, jurisdiction_code,
                       before_state::text AS before_state, after_state::text AS after_state, trace_id
                FROM audit_entry""")
                .where(where)
                .orderBy("occurred_at DESC, seq DESC");
    }

    private ScopeFilter scopeOf(CurrentUser caller) {
        DataScope scope = scopes.of(caller);
        ScopeFilter inPlace = scope.filter("jurisdiction_code", null);
        boolean wholeNode = !scope.isEmpty() && scopes.node().subtrees().stream()
                .allMatch(served -> scope.subtrees().stream().anyMatch(granted -> granted.contains(served)));
        if (caller.hasRole(Role.PLATFORM_ADMIN) && wholeNode) {
            return ScopeFilters.anyOf(inPlace, new ScopeFilter("jurisdiction_code IS NULL", Map.of()));
        }
        return inPlace;
    }

    private static Timestamp startOf(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(Display.ZONE).toInstant());
    }

    private static String likePrefix(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
