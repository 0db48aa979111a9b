package cn.incubator.registry.organization;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.scope.DataScope;
import cn.incubator.platform.scope.ScopeFilter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Organizations in this service's database. Every read takes the caller's {@link DataScope}. */
@Repository
class OrganizationRepository {

    private static final String COLUMNS =
            "id, name, legal_form, credit_code, jurisdiction_code, category, status, created_at";

    private final JdbcClient jdbc;

    OrganizationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Organization organization) {
        jdbc.sql("""
                INSERT INTO organization (id, name, name_normalized, name_grams, legal_form, credit_code,
                                          jurisdiction_code, category, status, created_at, updated_at)
                VALUES (:id, :name, :normalized, :grams, :legalForm, :creditCode, :jurisdiction, :category, :status,
                        :createdAt, :createdAt)
                """)
                .param("id", organization.id())
                .param("name", organization.name())
                .param("normalized", NameGrams.normalize(organization.name()))
                .param("grams", NameGrams.of(organization.name()))
                .param("legalForm", organization.legalForm().name())
                .param("creditCode", organization.creditCode())
                .param("jurisdiction", organization.jurisdiction().code())
                .param("category", organization.category().name())
                .param("status", organization.status().name())
                .param("createdAt", Timestamp.from(organization.createdAt()))
                .update();
    }

    boolean creditCodeTaken(String creditCode) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM organization WHERE credit_code = :code)")
                .param("code", creditCode)
                .query(Boolean.class)
                .single();
    }

    Optional<Organization> find(UUID id, DataScope scope) {
        ScopeFilter filter = scope.filter("jurisdiction_code", "id");
        return jdbc.sql("SELECT " + COLUMNS + " FROM organization WHERE id = :id AND " + filter.sql())
                .param("id", id)
                .params(filter.params())
                .query(OrganizationRepository::map)
                .optional();
    }

    Page search(OrganizationSearch search, DataScope scope) {
        ScopeFilter filter = scope.filter("jurisdiction_code", "id");
        List<String> where = new ArrayList<>(List.of(filter.sql()));
        Map<String, Object> params = new HashMap<>(filter.params());
        if (search.name() != null && !search.name().isBlank()) {
            String needle = NameGrams.normalize(search.name());
            String[] grams = NameGrams.of(needle);
            if (grams.length > 0) {
                where.add("name_grams @> CAST(:grams AS text[])");
                params.put("grams", grams);
            }
            where.add("name_normalized LIKE :needle ESCAPE '\\'");
            params.put("needle", "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (search.legalForm() != null) {
            where.add("legal_form = :legalForm");
            params.put("legalForm", search.legalForm().name());
        }
        if (search.category() != null) {
            where.add("category = :category");
            params.put("category", search.category().name());
        }
        if (search.status() != null) {
            where.add("status = :status");
            params.put("status", search.status().name());
        }
        if (search.within() != null) {
            where.add("jurisdiction_code LIKE :within");
            params.put("within", search.within().significantPrefix() + "%");
        }
        String condition = String.join(" AND ", where);
        long total = jdbc.sql("SELECT count(*) FROM organization WHERE " + condition)
                .params(params).query(Long.class).single();
        List<Organization> items = jdbc.sql("SELECT " + COLUMNS + " FROM organization WHERE " + condition
                        + " ORDER BY " + search.sort().orderBy + " LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", search.size())
                .param("offset", (long) search.page() * search.size())
                .query(OrganizationRepository::map)
                .list();
        return new Page(items, total);
    }

    record Page(List<Organization> items, long total) {
    }

    private static Organization map(ResultSet rs, int row) throws SQLException {
        return new Organization(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                LegalForm.valueOf(rs.getString("legal_form")),
                rs.getString("credit_code"),
                Jurisdiction.of(rs.getString("jurisdiction_code")),
                Category.valueOf(rs.getString("category")),
                OrganizationStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("created_at").toInstant());
    }

}
