package cn.incubator.platform.sql;

import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.scope.ScopeFilter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One SQL statement composed from its parts: a head (everything before {@code WHERE}: {@code SELECT ... FROM ...
 * JOIN ...}, or {@code INSERT ... SELECT ... FROM ...}), a {@link Where}, and the clauses after it, each joined with
 * one space; paging is bound as parameters. Run it with {@link #on(JdbcClient)}:
 *
 * <pre>{@code
 * Query.of("SELECT id, topic FROM consultation")
 *         .where(Where.of(scope.filter("jurisdiction_code", null))
 *                 .and("asked_at >= :from", "from", from)
 *                 .andIfPresent("topic = :topic", "topic", topic))
 *         .orderBy("asked_at DESC, id")
 *         .page(page, size)
 *         .on(jdbc).query(mapper).list();
 * }</pre>
 */
public final class Query {

    private static final String ORDER_BY = "ORDER BY ";

    private final String head;
    private Where where = Where.unscoped();
    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    private Query(String head) {
        this.head = head.strip();
    }

    public static Query of(String head) {
        return new Query(head);
    }

    public Query where(Where conditions) {
        this.where = conditions;
        return this;
    }

    /** Only the caller's scope. */
    public Query where(ScopeFilter scope) {
        return where(Where.of(scope));
    }

    public Query groupBy(String expressions) {
        return then("GROUP BY " + expressions);
    }

    public Query orderBy(String expressions) {
        return then(ORDER_BY + expressions);
    }

    /** {@code LIMIT :limit}. */
    public Query limit(long limit) {
        return then("LIMIT :limit", "limit", limit);
    }

    /** {@code LIMIT :limit OFFSET :offset} for page {@code page} (from 0) of {@code size} rows. */
    public Query page(int page, int size) {
        return then("LIMIT :limit OFFSET :offset", Map.of("limit", size, "offset", (long) page * size));
    }

    /**
     * The requested page of the rows and their total: this statement with {@code LIMIT :limit OFFSET :offset}, and
     * {@code SELECT count(*)} over it (without paging and without its {@code ORDER BY}, which PostgreSQL would
     * otherwise carry out: sorting every row only to count them) only when the page cannot tell the total, that is
     * when it is full or empty past the first page. Most lists fit one page, so most calls are one round trip to
     * PostgreSQL. Give the statement a stable order (ending in a unique column) so that pages neither repeat nor skip
     * rows. A page past the end is empty and still carries the total.
     */
    public <T> Page<T> page(PageRequest request, JdbcClient jdbc, RowMapper<T> mapper) {
        String count = countSql();
        Map<String, Object> unpagedParams = params();
        page(request.page(), request.size());
        List<T> rows = on(jdbc).query(mapper).list();
        boolean totalKnown = rows.size() < request.size() && (!rows.isEmpty() || request.offset() == 0);
        long total = totalKnown ? request.offset() + rows.size()
                : jdbc.sql(count).params(unpagedParams).query(Long.class).single();
        return Page.of(rows, request, total);
    }

    /** Any clause after the conditions ({@code HAVING}, {@code FOR UPDATE}, {@code ON CONFLICT ... RETURNING}). */
    public Query then(String clause) {
        clauses.add(clause.strip());
        return this;
    }

    /** A clause after the conditions with one parameter. */
    public Query then(String clause, String name, Object value) {
        return then(clause, Collections.singletonMap(name, value));
    }

    /** A clause after the conditions with its parameters. */
    public Query then(String clause, Map<String, ?> parameters) {
        parameters.forEach((name, value) -> Where.put(params, name, value));
        return then(clause);
    }

    /** Binds a parameter used in the head (e.g. {@code :p} in a joined subquery). */
    public Query param(String name, Object value) {
        Where.put(params, name, value);
        return this;
    }

    public String sql() {
        return sql(true);
    }

    /** The total's statement of {@link #page(PageRequest, JdbcClient, RowMapper)}: before paging, unordered. */
    String countSql() {
        return "SELECT count(*) FROM (" + sql(false) + ") AS counted";
    }

    private String sql(boolean ordered) {
        StringBuilder sql = new StringBuilder(head);
        if (!where.isEmpty()) {
            sql.append(" WHERE ").append(where.sql());
        }
        clauses.stream().filter(clause -> ordered || !clause.startsWith(ORDER_BY))
                .forEach(clause -> sql.append(' ').append(clause));
        return sql.toString();
    }

    /** The parameters of the head, the conditions and the clauses; a name bound in two of them must agree. */
    public Map<String, Object> params() {
        Map<String, Object> all = new LinkedHashMap<>(where.params());
        params.forEach((name, value) -> Where.put(all, name, value));
        return all;
    }

    /** The statement on the client, with every parameter bound, ready for {@code query} or {@code update}. */
    public JdbcClient.StatementSpec on(JdbcClient jdbc) {
        return jdbc.sql(sql()).params(params());
    }

    @Override
    public String toString() {
        return sql();
    }
}
