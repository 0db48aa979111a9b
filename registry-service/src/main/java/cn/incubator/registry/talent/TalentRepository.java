package cn.incubator.registry.talent;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.scope.DataScope;
import cn.incubator.platform.sql.Query;
import cn.incubator.platform.sql.Where;
import cn.incubator.registry.field.ServiceField;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The talent pool's table. Every read takes the caller's {@link DataScope}; talent belongs to no one organization. */
@Repository
class TalentRepository {

    private static final String COLUMNS = "id, name, kind, level, fields, jurisdiction_code, id_number_masked, phone, "
            + "organization_ids, created_at";

    private final JdbcClient jdbc;

    TalentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Talent talent, String idNumberHash) {
        jdbc.sql("""
                INSERT INTO talent (id, name, kind, level, fields, jurisdiction_code, id_number_hash, id_number_masked,
                                    phone, organization_ids, created_at, updated_at)
                VALUES (:id, :name, :kind, :level, :fields, :jurisdiction, :hash, :masked, :phone, :organizations,
                        :createdAt, :createdAt)
                """)
                .param("id", talent.id())
                .param("name", talent.name())
                .param("kind", talent.kind().name())
                .param("level", talent.level() == null ? null : talent.level().name())
                .param("fields", talent.fields().stream().map(Enum::name).sorted().toArray(String[]::new))
                .param("jurisdiction", talent.jurisdiction().code())
                .param("hash", idNumberHash)
                .param("masked", talent.idNumberMasked())
                .param("phone", talent.phone())
                .param("organizations", talent.organizationIds().toArray(UUID[]::new))
                .param("createdAt", Timestamp.from(talent.createdAt()))
                .update();
    }

    void updateOrganizations(UUID id, List<UUID> organizationIds, java.time.Instant now) {
        jdbc.sql("UPDATE talent SET organization_ids = :organizations, updated_at = :now WHERE id = :id")
                .param("organizations", organizationIds.toArray(UUID[]::new))
                .param("now", Timestamp.from(now))
                .param("id", id)
                .update();
    }

    /** Any record with this hash, in scope or not: a person must not be entered twice by two bases. */
    boolean idNumberTaken(String idNumberHash) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM talent WHERE id_number_hash = :hash)")
                .param("hash", idNumberHash).query(Boolean.class).single();
    }

    Optional<Talent> find(UUID id, DataScope scope) {
        return one("id = :key", id, scope);
    }

    Optional<Talent> findByAccount(String username, DataScope scope) {
        return one("account_username = :key", username, scope);
    }

    Optional<Talent> findByIdNumberHash(String hash, DataScope scope) {
        return one("id_number_hash = :key", hash, scope);
    }

    private Optional<Talent> one(String condition, Object key, DataScope scope) {
        return Query.of("SELECT " + COLUMNS + " FROM talent")
                .where(Where.of(scope.filter("jurisdiction_code", null)).and(condition, "key", key))
                .on(jdbc)
                .query(TalentRepository::map)
                .optional();
    }

    /** One page of the pool, with the total counted. */
    Page<Talent> search(TalentSearch search, PageRequest page, DataScope scope) {
        return query(search, scope).page(page, jdbc, TalentRepository::map);
    }

    /** The first {@code limit} people of the pool, for other services' pickers. */
    List<Talent> first(TalentSearch search, int limit, DataScope scope) {
        return query(search, scope).limit(limit).on(jdbc).query(TalentRepository::map).list();
    }

    private static Query query(TalentSearch search, DataScope scope) {
        String name = search.name() == null || search.name().isBlank() ? null : search.name().strip();
        return Query.of("SELECT " + COLUMNS + " FROM talent")
                .where(Where.of(scope.filter("jurisdiction_code", null))
                        .andIfPresent("kind = :kind", "kind", search.kind())
                        .andIfPresent("level = :level", "level", search.level())
                        .andIfPresent("fields @> ARRAY[CAST(:field AS text)]", "field", search.field())
                        .andWithin("jurisdiction_code", "within", search.within())
                        .andIfPresent("organization_ids @> ARRAY[CAST(:organization AS uuid)]", "organization",
                                search.organizationId())
                        .andIfPresent("strpos(name, :name) > 0", "name", name))
                .orderBy("jurisdiction_code, name, id");
    }

    private static Talent map(ResultSet rs, int row) throws SQLException {
        String level = rs.getString("level");
        return new Talent(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                TalentKind.valueOf(rs.getString("kind")),
                level == null ? null : SocialWorkerLevel.valueOf(level),
                Arrays.stream((String[]) rs.getArray("fields").getArray()).map(ServiceField::valueOf)
                        .collect(Collectors.toSet()),
                Jurisdiction.of(rs.getString("jurisdiction_code")),
                rs.getString("id_number_masked"),
                rs.getString("phone"),
                uuids(rs.getArray("organization_ids")),
                rs.getTimestamp("created_at").toInstant());
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(UUID.class::cast).toList();
    }

    /** Criteria for the pool; each optional, the caller's scope always applies on top. */
    /** Platform accounts of these people, for those who have one. */
    Map<UUID, String> accountUsernames(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, String> usernames = new HashMap<>();
        jdbc.sql("SELECT id, account_username FROM talent WHERE id = ANY(:ids) AND account_username IS NOT NULL")
                .param("ids", ids.toArray(UUID[]::new))
                .query(rs -> {
                    usernames.put(rs.getObject("id", UUID.class), rs.getString("account_username"));
                });
        return usernames;
    }

    record TalentSearch(TalentKind kind, SocialWorkerLevel level, ServiceField field, Jurisdiction within,
            UUID organizationId, String name) {
    }

}
