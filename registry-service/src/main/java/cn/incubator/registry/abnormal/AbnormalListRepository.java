package cn.incubator.registry.abnormal;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.scope.DataScope;
import cn.incubator.platform.sql.Query;
import cn.incubator.platform.sql.Where;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The abnormal-activity list. Reads take the caller's scope; sweeps list only what the caller's scope covers. */
@Repository
class AbnormalListRepository {

    private static final String SELECT = """
            SELECT l.id, l.organization_id, o.name AS organization_name, l.jurisdiction_code, l.reason, l.reference,
                   l.note, l.listed_by, l.listed_at, l.removed_by, l.removed_at, l.removal_reason
            FROM abnormal_listing l JOIN organization o ON o.id = l.organization_id
            """;
    /** A reason already holding for the same occurrence is not listed twice (partial unique index). */
    private static final String ON_CONFLICT = """
             ON CONFLICT (organization_id, reason, reference) WHERE removed_at IS NULL DO NOTHING
            RETURNING id""";

    private final JdbcClient jdbc;

    AbnormalListRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Registered organizations in scope, registered by the end of {@code year}, with no inspection for it. */
    List<UUID> listMissingAnnualReports(int year, DataScope scope, String by, Instant at) {
        return Query.of("""
                INSERT INTO abnormal_listing (id, organization_id, jurisdiction_code, reason, reference, listed_by,
                                              listed_at)
                SELECT gen_random_uuid(), o.id, o.jurisdiction_code, 'NO_ANNUAL_REPORT', :year, :by, :at
                FROM organization o""")
                .param("year", String.valueOf(year))
                .param("by", by)
                .param("at", Timestamp.from(at))
                .where(Where.of(scope.filter("o.jurisdiction_code", "o.id"))
                        .and("o.status = 'REGISTERED'")
                        .and("(o.registered_on IS NULL OR o.registered_on <= :yearEnd)", "yearEnd",
                                Date.valueOf(LocalDate.of(year, 12, 31)))
                        .and("NOT EXISTS (SELECT 1 FROM annual_inspection i WHERE i.organization_id = o.id"
                                + " AND i.year = :yearNumber)", "yearNumber", year))
                .then(ON_CONFLICT)
                .on(jdbc)
                .query(UUID.class)
                .list();
    }

    /** Inspections in scope whose rectification is still open after its due date. */
    List<UUID> listOverdueRectifications(LocalDate today, DataScope scope, String by, Instant at) {
        return Query.of("""
                INSERT INTO abnormal_listing (id, organization_id, jurisdiction_code, reason, reference, note,
                                              listed_by, listed_at)
                SELECT gen_random_uuid(), i.organization_id, i.jurisdiction_code, 'RECTIFICATION_OVERDUE',
                       i.id::text, i.rectification_opinion, :by, :at
                FROM annual_inspection i""")
                .param("by", by)
                .param("at", Timestamp.from(at))
                .where(Where.of(scope.filter("i.jurisdiction_code", "i.organization_id"))
                        .and("i.status IN ('BASIC_PASSED', 'FAILED')")
                        .and("i.rectification_due < :today", "today", Date.valueOf(today)))
                .then(ON_CONFLICT)
                .on(jdbc)
                .query(UUID.class)
                .list();
    }

    /** @return the new listing's id, or {@code null} if the same reason already holds */
    UUID list(UUID organizationId, Jurisdiction jurisdiction, AbnormalReason reason, String reference, String note,
            String by, Instant at) {
        return jdbc.sql("""
                INSERT INTO abnormal_listing (id, organization_id, jurisdiction_code, reason, reference, note,
                                              listed_by, listed_at)
                VALUES (gen_random_uuid(), :org, :jurisdiction, :reason, :reference, :note, :by, :at)""" + ON_CONFLICT)
                .param("org", organizationId)
                .param("jurisdiction", jurisdiction.code())
                .param("reason", reason.name())
                .param("reference", reference)
                .param("note", note)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .query(UUID.class)
                .optional().orElse(null);
    }

    /** Takes the organization off the list for this reason; returns the ids of the listings removed. */
    List<UUID> remove(UUID organizationId, AbnormalReason reason, String reference, String why, String by, Instant at) {
        return jdbc.sql("""
                UPDATE abnormal_listing SET removed_at = :at, removed_by = :by, removal_reason = :why
                WHERE organization_id = :org AND reason = :reason AND reference = :reference AND removed_at IS NULL
                RETURNING id
                """)
                .param("org", organizationId)
                .param("reason", reason.name())
                .param("reference", reference)
                .param("why", why)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .query(UUID.class)
                .list();
    }

    /** Callers check the organization is in scope first. */
    List<AbnormalListing> ofOrganization(UUID organizationId) {
        return jdbc.sql(SELECT + " WHERE l.organization_id = :org ORDER BY l.listed_at, l.id")
                .param("org", organizationId)
                .query(AbnormalListRepository::map)
                .list();
    }

    List<AbnormalListing> byIds(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE l.id IN (:ids) ORDER BY o.name, l.id")
                .param("ids", ids)
                .query(AbnormalListRepository::map)
                .list();
    }

    Page<AbnormalListing> active(DataScope scope, AbnormalReason reason, PageRequest page) {
        return Query.of(SELECT)
                .where(Where.of(scope.filter("l.jurisdiction_code", "l.organization_id"))
                        .and("l.removed_at IS NULL")
                        .andIfPresent("l.reason = :reason", "reason", reason))
                .orderBy("l.listed_at DESC, l.id")
                .page(page, jdbc, AbnormalListRepository::map);
    }

    private static AbnormalListing map(ResultSet rs, int row) throws SQLException {
        Timestamp removedAt = rs.getTimestamp("removed_at");
        return new AbnormalListing(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
                rs.getString("organization_name"), Jurisdiction.of(rs.getString("jurisdiction_code")),
                AbnormalReason.valueOf(rs.getString("reason")), rs.getString("reference"), rs.getString("note"),
                rs.getString("listed_by"), rs.getTimestamp("listed_at").toInstant(), rs.getString("removed_by"),
                removedAt == null ? null : removedAt.toInstant(), rs.getString("removal_reason"));
    }
}
