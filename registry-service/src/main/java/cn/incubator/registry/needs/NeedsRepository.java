package cn.incubator.registry.needs;

import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.scope.DataScope;
import cn.incubator.platform.scope.ScopeFilter;
import cn.incubator.platform.scope.ScopeFilters;
import cn.incubator.platform.sql.Query;
import cn.incubator.platform.sql.Where;
import cn.incubator.registry.field.ServiceField;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Needs, offers and linkages. Needs and linkages are scoped by place or organization; offers by coverage. */
@Repository
class NeedsRepository {

    private static final String NEED_COLUMNS = "id, organization_id, organization_name, organization_jurisdiction_code,"
            + " kind, title, description, field, jurisdiction_code, amount_yuan, status, created_at";
    private static final String OFFER_COLUMNS = "id, provider_name, provider_type, kind, title, description, fields,"
            + " coverage_code, value_yuan, status, created_at";

    private final JdbcClient jdbc;

    NeedsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static ScopeFilter needVisible(DataScope scope) {
        return ScopeFilters.anyOf(scope.filter("jurisdiction_code", "organization_id"),
                scope.filter("organization_jurisdiction_code", "organization_id"));
    }

    void insert(Need need, String createdBy) {
        jdbc.sql("""
                INSERT INTO need (id, organization_id, organization_name, organization_jurisdiction_code, kind, title,
                                  description, field, jurisdiction_code, amount_yuan, status, created_by, created_at,
                                  updated_at)
                VALUES (:id, :organizationId, :organizationName, :organizationJurisdiction, :kind, :title, :description,
                        :field, :jurisdiction, :amount, :status, :createdBy, :createdAt, :createdAt)
                """)
                .param("id", need.id()).param("organizationId", need.organizationId())
                .param("organizationName", need.organizationName())
                .param("organizationJurisdiction", need.organizationJurisdiction().code())
                .param("kind", need.kind().name()).param("title", need.title())
                .param("description", need.description()).param("field", need.field().name())
                .param("jurisdiction", need.jurisdiction().code()).param("amount", need.amountYuan())
                .param("status", need.status().name()).param("createdBy", createdBy)
                .param("createdAt", Timestamp.from(need.createdAt()))
                .update();
    }

    void updateStatus(UUID id, NeedStatus status, Instant now) {
        jdbc.sql("UPDATE need SET status = :status, updated_at = :now WHERE id = :id")
                .param("status", status.name()).param("now", Timestamp.from(now)).param("id", id).update();
    }

    Optional<Need> findNeed(UUID id, DataScope scope) {
        return Query.of("SELECT " + NEED_COLUMNS + " FROM need")
                .where(Where.of(needVisible(scope)).and("id = :id", "id", id))
                .on(jdbc).query(NeedsRepository::need).optional();
    }

    Page<Need> needs(ResourceKind kind, ServiceField field, NeedStatus status, Jurisdiction within,
            UUID organizationId, DataScope scope, PageRequest page) {
        return Query.of("SELECT " + NEED_COLUMNS + " FROM need")
                .where(Where.of(needVisible(scope))
                        .andIfPresent("kind = :kind", "kind", kind)
                        .andIfPresent("field = :field", "field", field)
                        .andIfPresent("status = :status", "status", status)
                        .andWithin("jurisdiction_code", "within", within)
                        .andIfPresent("organization_id = :organizationId", "organizationId", organizationId))
                .orderBy("created_at DESC, id")
                .page(page, jdbc, NeedsRepository::need);
    }

    void insert(ResourceOffer offer, String createdBy) {
        jdbc.sql("""
                INSERT INTO resource_offer (id, provider_name, provider_type, kind, title, description, fields,
                                            coverage_code, coverage_prefix, value_yuan, status, created_by, created_at)
                VALUES (:id, :provider, :providerType, :kind, :title, :description, :fields, :coverage, :prefix,
                        :value, :status, :createdBy, :createdAt)
                """)
                .param("id", offer.id()).param("provider", offer.providerName())
                .param("providerType", offer.providerType().name()).param("kind", offer.kind().name())
                .param("title", offer.title()).param("description", offer.description())
                .param("fields", offer.fields().stream().map(Enum::name).sorted().toArray(String[]::new))
                .param("coverage", offer.coverage().code()).param("prefix", offer.coverage().significantPrefix())
                .param("value", offer.valueYuan()).param("status", offer.open() ? "OPEN" : "WITHDRAWN")
                .param("createdBy", createdBy).param("createdAt", Timestamp.from(offer.createdAt()))
                .update();
    }

    /** Open offers of a kind whose coverage contains the place: the candidates {@link OfferRanking} orders. */
    List<ResourceOffer> offersCovering(ResourceKind kind, Jurisdiction place) {
        return jdbc.sql("SELECT " + OFFER_COLUMNS + " FROM resource_offer WHERE kind = :kind AND status = 'OPEN'"
                        + " AND :place LIKE coverage_prefix || '%'")
                .param("kind", kind.name()).param("place", place.code())
                .query(NeedsRepository::offer).list();
    }

    /**
     * Offers a caller may browse: those covering a place inside their scope, and those whose coverage contains their
     * whole subtree (a city-wide foundation's offer is open to every street).
     */
    Page<ResourceOffer> offers(ResourceKind kind, DataScope scope, PageRequest page) {
        if (scope.isEmpty()) {
            return Page.of(List.of(), page, 0);
        }
        return Query.of("SELECT " + OFFER_COLUMNS + " FROM resource_offer")
                .where(Where.of(coverageVisible(scope)).andIfPresent("kind = :kind", "kind", kind))
                .orderBy("created_at DESC, id")
                .page(page, jdbc, NeedsRepository::offer);
    }

    /** Offers covering a place inside one of the caller's subtrees, or covering the whole subtree. */
    private static ScopeFilter coverageVisible(DataScope scope) {
        List<String> alternatives = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < scope.subtrees().size(); i++) {
            Jurisdiction subtree = scope.subtrees().get(i);
            alternatives.add("coverage_code LIKE :scope_inside" + i + " OR :scope_root" + i
                    + " LIKE coverage_prefix || '%'");
            params.put("scope_inside" + i, subtree.significantPrefix() + "%");
            params.put("scope_root" + i, subtree.code());
        }
        return new ScopeFilter("(" + String.join(" OR ", alternatives) + ")", params);
    }

    void withdrawOffer(UUID id) {
        jdbc.sql("UPDATE resource_offer SET status = 'WITHDRAWN' WHERE id = :id").param("id", id).update();
    }

    Optional<ResourceOffer> findOffer(UUID id) {
        return jdbc.sql("SELECT " + OFFER_COLUMNS + " FROM resource_offer WHERE id = :id").param("id", id)
                .query(NeedsRepository::offer).optional();
    }

    void insert(Linkage linkage) {
        jdbc.sql("""
                INSERT INTO resource_linkage (id, need_id, offer_id, organization_id, jurisdiction_code, provider_name,
                                              value_yuan, linked_on, note, confirmed_by, created_at)
                VALUES (:id, :need, :offer, :organization, :jurisdiction, :provider, :value, :linkedOn, :note,
                        :confirmedBy, :createdAt)
                """)
                .param("id", linkage.id()).param("need", linkage.needId()).param("offer", linkage.offerId())
                .param("organization", linkage.organizationId()).param("jurisdiction", linkage.jurisdictionCode())
                .param("provider", linkage.providerName()).param("value", linkage.valueYuan())
                .param("linkedOn", Date.valueOf(linkage.linkedOn())).param("note", linkage.note())
                .param("confirmedBy", linkage.confirmedBy()).param("createdAt", Timestamp.from(linkage.createdAt()))
                .update();
    }

    List<Linkage> linkages(UUID needId) {
        return jdbc.sql("SELECT * FROM resource_linkage WHERE need_id = :need ORDER BY linked_on, id")
                .param("need", needId)
                .query((rs, n) -> new Linkage(rs.getObject("id", UUID.class), rs.getObject("need_id", UUID.class),
                        rs.getObject("offer_id", UUID.class), rs.getObject("organization_id", UUID.class),
                        rs.getString("jurisdiction_code"), rs.getString("provider_name"),
                        rs.getBigDecimal("value_yuan"), rs.getDate("linked_on").toLocalDate(), rs.getString("note"),
                        rs.getString("confirmed_by"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    /** Linkages in a subtree and period: distinct organizations, value in yuan, number of linkages. */
    Totals totals(Jurisdiction within, LocalDate from, LocalDate to, DataScope scope) {
        return Query.of("SELECT count(DISTINCT organization_id) AS organizations,"
                        + " coalesce(sum(value_yuan), 0) AS value, count(*) AS linkages FROM resource_linkage")
                .where(Where.of(scope.filter("jurisdiction_code", "organization_id"))
                        .andWithin("jurisdiction_code", "within", within)
                        .and("linked_on BETWEEN :from AND :to", Map.of("from", Date.valueOf(from),
                                "to", Date.valueOf(to))))
                .on(jdbc)
                .query((rs, n) -> new Totals(rs.getLong("organizations"),
                        rs.getBigDecimal("value").setScale(2), rs.getLong("linkages")))
                .single();
    }

    record Totals(long linkedOrganizations, BigDecimal linkedValueYuan, long linkages) {
    }

    private static Need need(ResultSet rs, int row) throws SQLException {
        return new Need(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
                rs.getString("organization_name"), Jurisdiction.of(rs.getString("organization_jurisdiction_code")),
                ResourceKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("description"),
                ServiceField.valueOf(rs.getString("field")), Jurisdiction.of(rs.getString("jurisdiction_code")),
                rs.getBigDecimal("amount_yuan"), NeedStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("created_at").toInstant());
    }

    private static ResourceOffer offer(ResultSet rs, int row) throws SQLException {
        return new ResourceOffer(rs.getObject("id", UUID.class), rs.getString("provider_name"),
                ProviderType.valueOf(rs.getString("provider_type")), ResourceKind.valueOf(rs.getString("kind")),
                rs.getString("title"), rs.getString("description"),
                Arrays.stream((String[]) rs.getArray("fields").getArray()).map(ServiceField::valueOf)
                        .collect(Collectors.toSet()),
                Jurisdiction.of(rs.getString("coverage_code")), rs.getBigDecimal("value_yuan"),
                "OPEN".equals(rs.getString("status")), rs.getTimestamp("created_at").toInstant());
    }
}
