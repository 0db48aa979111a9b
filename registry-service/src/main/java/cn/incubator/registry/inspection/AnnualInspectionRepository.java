package cn.incubator.registry.inspection;

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
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Annual inspections; every read takes the caller's scope. */
@Repository
class AnnualInspectionRepository {

    private static final String SELECT = """
            SELECT i.id, i.organization_id, o.name AS organization_name, i.jurisdiction_code, i.year, i.status,
                   i.report_summary, i.submitted_by, i.submitted_at, i.reviewed_by, i.reviewed_at, i.concluded_by,
                   i.concluded_at, i.rectification_opinion, i.rectification_due, i.rectified_on
            FROM annual_inspection i JOIN organization o ON o.id = i.organization_id
            """;

    private final JdbcClient jdbc;

    AnnualInspectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(AnnualInspection inspection) {
        jdbc.sql("""
                INSERT INTO annual_inspection (id, organization_id, jurisdiction_code, year, status, report_summary,
                                               submitted_by, submitted_at)
                VALUES (:id, :org, :jurisdiction, :year, :status, :summary, :by, :at)
                """)
                .param("id", inspection.id())
                .param("org", inspection.organizationId())
                .param("jurisdiction", inspection.jurisdiction().code())
                .param("year", inspection.year())
                .param("status", inspection.status().name())
                .param("summary", inspection.reportSummary())
                .param("by", inspection.submittedBy())
                .param("at", Timestamp.from(inspection.submittedAt()))
                .update();
    }

    void update(AnnualInspection i) {
        jdbc.sql("""
                UPDATE annual_inspection SET status = :status, reviewed_by = :reviewedBy, reviewed_at = :reviewedAt,
                       concluded_by = :concludedBy, concluded_at = :concludedAt,
                       rectification_opinion = :opinion, rectification_due = :due, rectified_on = :rectifiedOn
                WHERE id = :id
                """)
                .param("id", i.id())
                .param("status", i.status().name())
                .param("reviewedBy", i.reviewedBy())
                .param("reviewedAt", timestamp(i.reviewedAt()))
                .param("concludedBy", i.concludedBy())
                .param("concludedAt", timestamp(i.concludedAt()))
                .param("opinion", i.rectificationOpinion())
                .param("due", date(i.rectificationDue()))
                .param("rectifiedOn", date(i.rectifiedOn()))
                .update();
    }

    boolean exists(UUID organizationId, int year) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM annual_inspection WHERE organization_id = :org AND year = :year)")
                .param("org", organizationId).param("year", year).query(Boolean.class).single();
    }

    Optional<AnnualInspection> find(UUID id, DataScope scope, boolean lock) {
        Query query = Query.of(SELECT).where(inScope(scope).and("i.id = :id", "id", id));
        return (lock ? query.then("FOR UPDATE OF i") : query).on(jdbc)
                .query(AnnualInspectionRepository::map)
                .optional();
    }

    Page<AnnualInspection> search(DataScope scope, UUID organizationId, Integer year, InspectionStatus status,
            PageRequest page) {
        return Query.of(SELECT)
                .where(inScope(scope)
                        .andIfPresent("i.organization_id = :org", "org", organizationId)
                        .andIfPresent("i.year = :year", "year", year)
                        .andIfPresent("i.status = :status", "status", status))
                .orderBy("i.year DESC, o.name, i.id")
                .page(page, jdbc, AnnualInspectionRepository::map);
    }

    /** Rectifications still open after their due date, most overdue first. */
    Page<AnnualInspection> overdueRectifications(DataScope scope, LocalDate today, PageRequest page) {
        return Query.of(SELECT)
                .where(inScope(scope)
                        .and("i.status IN ('BASIC_PASSED', 'FAILED')")
                        .and("i.rectification_due < :today", "today", Date.valueOf(today)))
                .orderBy("i.rectification_due, o.name, i.id")
                .page(page, jdbc, AnnualInspectionRepository::map);
    }

    private static Where inScope(DataScope scope) {
        return Where.of(scope.filter("i.jurisdiction_code", "i.organization_id"));
    }

    private static AnnualInspection map(ResultSet rs, int row) throws SQLException {
        return new AnnualInspection(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
                rs.getString("organization_name"), Jurisdiction.of(rs.getString("jurisdiction_code")),
                rs.getInt("year"), InspectionStatus.valueOf(rs.getString("status")), rs.getString("report_summary"),
                rs.getString("submitted_by"), instant(rs.getTimestamp("submitted_at")), rs.getString("reviewed_by"),
                instant(rs.getTimestamp("reviewed_at")), rs.getString("concluded_by"),
                instant(rs.getTimestamp("concluded_at")), rs.getString("rectification_opinion"),
                localDate(rs.getDate("rectification_due")), localDate(rs.getDate("rectified_on")));
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
