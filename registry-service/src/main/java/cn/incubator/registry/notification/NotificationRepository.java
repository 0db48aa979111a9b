package cn.incubator.registry.notification;

import cn.incubator.platform.identity.Role;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.scope.ScopeFilter;
import cn.incubator.platform.sql.Query;
import cn.incubator.platform.sql.Where;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The notices and their read state. A reader's notices are those addressed to them ({@link #addressedTo}); every
 * read and every change of read state goes through that predicate.
 */
@Repository
class NotificationRepository {

    private static final TypeReference<LinkedHashMap<String, String>> ARGS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    NotificationRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Stores the notice unless one of the same cause and audience exists; {@code true} when stored. */
    boolean insertIfAbsent(Notice notice) {
        Audience audience = notice.audience();
        return jdbc.sql("""
                INSERT INTO notification (id, kind, cause, audience_kind, audience_role, audience_org,
                                          audience_username, jurisdiction_code, jurisdiction_prefix, args, link,
                                          created_at)
                VALUES (:id, :kind, :cause, :audienceKind, :role, :org, :username, :jurisdiction, :prefix,
                        CAST(:args AS jsonb), :link, :at)
                ON CONFLICT (cause, audience_key) DO NOTHING
                """)
                .param("id", UUID.randomUUID())
                .param("kind", notice.kind().name())
                .param("cause", notice.cause())
                .param("audienceKind", audience.kind().name())
                .param("role", audience.role() == null ? null : audience.role().wireName())
                .param("org", audience.organizationId())
                .param("username", audience.username())
                .param("jurisdiction", notice.jurisdiction().code())
                .param("prefix", notice.jurisdiction().significantPrefix())
                .param("args", json.writeValueAsString(new TreeMap<>(notice.args())))
                .param("link", notice.link())
                .param("at", Timestamp.from(notice.at()))
                .update() == 1;
    }

    Page<Stored> mine(Reader reader, boolean unreadOnly, PageRequest page) {
        return select(reader)
                .where(Where.of(addressedTo(reader)).andIf(unreadOnly, "r.read_at IS NULL", Map.of()))
                .orderBy("n.created_at DESC, n.id")
                .page(page, jdbc, this::stored);
    }

    Optional<Stored> one(Reader reader, UUID id) {
        return select(reader)
                .where(Where.of(addressedTo(reader)).and("n.id = :id", "id", id))
                .on(jdbc).query(this::stored).optional();
    }

    long unread(Reader reader) {
        return Query.of("""
                SELECT count(*) FROM notification n
                LEFT JOIN notification_read r ON r.notification_id = n.id AND r.username = :reader""")
                .param("reader", reader.username())
                .where(Where.of(addressedTo(reader)).and("r.read_at IS NULL"))
                .on(jdbc).query(Long.class).single();
    }

    /** Marks the reader's unread notices (one, or all when {@code id} is {@code null}) read; how many were unread. */
    int markRead(Reader reader, UUID id, Instant at) {
        return Query.of("""
                INSERT INTO notification_read (notification_id, username, read_at)
                SELECT n.id, :reader, :at FROM notification n""")
                .param("reader", reader.username())
                .param("at", Timestamp.from(at))
                .where(Where.of(addressedTo(reader)).andIfPresent("n.id = :id", "id", id))
                .then("ON CONFLICT (username, notification_id) DO NOTHING")
                .on(jdbc).update();
    }

    private static Query select(Reader reader) {
        return Query.of("""
                SELECT n.id, n.kind, n.jurisdiction_code, n.args, n.link, n.created_at, r.read_at
                FROM notification n
                LEFT JOIN notification_read r ON r.notification_id = n.id AND r.username = :reader""")
                .param("reader", reader.username());
    }

    /**
     * The notices addressed to the reader: to them by name; to their organization (an org-admin); or to one of their
     * roles in a subtree that overlaps one of their own (narrowed to the node): the notice's place lies inside the
     * reader's subtree (a county officer is told of a street's call) or the reader's inside the notice's (an
     * organization of a street is told of the county's call). Another street's notices overlap neither way.
     */
    static ScopeFilter addressedTo(Reader reader) {
        Map<String, Object> params = new HashMap<>();
        List<String> alternatives = new ArrayList<>();
        alternatives.add("(n.audience_kind = 'USER' AND n.audience_username = :scope_username)");
        params.put("scope_username", reader.username());
        reader.organizationId().ifPresent(org -> {
            alternatives.add("(n.audience_kind = 'ORGANIZATION' AND n.audience_org = :scope_notice_org)");
            params.put("scope_notice_org", org);
        });
        if (!reader.roles().isEmpty() && !reader.subtrees().isEmpty()) {
            List<String> overlaps = new ArrayList<>();
            for (int i = 0; i < reader.subtrees().size(); i++) {
                Jurisdiction subtree = reader.subtrees().get(i);
                overlaps.add("n.jurisdiction_code LIKE :scope_within" + i);
                overlaps.add(":scope_place" + i + " LIKE n.jurisdiction_prefix || '%'");
                params.put("scope_within" + i, subtree.significantPrefix() + "%");
                params.put("scope_place" + i, subtree.code());
            }
            alternatives.add("(n.audience_kind = 'ROLE' AND n.audience_role IN (:scope_roles) AND ("
                    + String.join(" OR ", overlaps) + "))");
            params.put("scope_roles", reader.roles().stream().map(Role::wireName).sorted().toList());
        }
        return new ScopeFilter("(" + String.join(" OR ", alternatives) + ")", params);
    }

    private Stored stored(ResultSet rs, int n) throws SQLException {
        Timestamp readAt = rs.getTimestamp("read_at");
        return new Stored(rs.getObject("id", UUID.class), NoticeKind.valueOf(rs.getString("kind")),
                Jurisdiction.of(rs.getString("jurisdiction_code")), json.readValue(rs.getString("args"), ARGS),
                rs.getString("link"), rs.getTimestamp("created_at").toInstant(),
                readAt == null ? null : readAt.toInstant());
    }

    /** A stored notice as one reader sees it; {@code readAt} is {@code null} while unread. */
    record Stored(UUID id, NoticeKind kind, Jurisdiction jurisdiction, Map<String, String> args, String link,
            Instant createdAt, Instant readAt) {
    }

    /**
     * Who reads: their log-in, roles, organization (org-admins) and subtrees (their data scope, narrowed to the node).
     */
    record Reader(String username, List<Role> roles, Optional<UUID> organizationId, List<Jurisdiction> subtrees) {
    }
}
