package cn.incubator.incubation.hub;

import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.scope.DataScope;
import cn.incubator.platform.scope.ScopeFilter;
import cn.incubator.platform.sql.Query;
import cn.incubator.platform.sql.Where;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Street hubs. Every read takes the caller's {@link DataScope}, on the hub's street and organization. */
@Repository
class HubRepository {

    private final JdbcClient jdbc;

    HubRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Throws {@link org.springframework.dao.DuplicateKeyException} when the street has a hub already. */
    void insert(StreetHub hub, String registeredBy) {
        jdbc.sql("""
                INSERT INTO street_hub (id, organization_id, organization_name, street_code, base_specialist,
                    dedicated_butler, back_office_resources, back_office_note, registered_by, registered_at)
                VALUES (:id, :org, :name, :street, :specialist, :butler, :backOffice, :note, :by, :at)
                """)
                .param("id", hub.id()).param("org", hub.organizationId()).param("name", hub.organizationName())
                .param("street", hub.street().code()).param("specialist", hub.baseSpecialist())
                .param("butler", hub.dedicatedButler()).param("backOffice", hub.backOfficeResources())
                .param("note", hub.backOfficeNote()).param("by", registeredBy)
                .param("at", Timestamp.from(hub.registeredAt()))
                .update();
    }

    Optional<StreetHub> find(UUID id, DataScope scope) {
        return Query.of("SELECT * FROM street_hub")
                .where(Where.of(filter(scope)).and("id = :id", "id", id))
                .on(jdbc)
                .query(HubRepository::map).optional();
    }

    /** The hubs of the streets in {@code within}, by street. */
    Page<StreetHub> list(Jurisdiction within, DataScope scope, PageRequest page) {
        return within(within, scope).page(page, jdbc, HubRepository::map);
    }

    /** Every hub of a subtree (a district's: one per street at most). */
    List<StreetHub> all(Jurisdiction within, DataScope scope) {
        return within(within, scope).on(jdbc).query(HubRepository::map).list();
    }

    private static Query within(Jurisdiction within, DataScope scope) {
        return Query.of("SELECT * FROM street_hub")
                .where(Where.of(filter(scope)).andWithin("street_code", "within", within))
                .orderBy("street_code, id");
    }

    private static ScopeFilter filter(DataScope scope) {
        return scope.filter("street_code", "organization_id");
    }

    private static StreetHub map(ResultSet rs, int row) throws SQLException {
        return new StreetHub(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
                rs.getString("organization_name"), Jurisdiction.of(rs.getString("street_code")),
                rs.getString("base_specialist"), rs.getString("dedicated_butler"),
                rs.getInt("back_office_resources"), rs.getString("back_office_note"),
                rs.getTimestamp("registered_at").toInstant());
    }
}
