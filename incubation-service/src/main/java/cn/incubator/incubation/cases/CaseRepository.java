package cn.incubator.incubation.cases;

import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.scope.DataScope;
import cn.incubator.platform.sql.Query;
import cn.incubator.platform.sql.Where;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Incubation cases and their workstation allocations. Every read takes the caller's scope. */
@Repository
class CaseRepository {

    private final JdbcClient jdbc;

    CaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(IncubationCase c, boolean fromTeam) {
        jdbc.sql("""
                INSERT INTO incubation_case (id, track, stage, organization_id, organization_name, from_team,
                    jurisdiction_code, base_id, applied_at, version)
                VALUES (:id, :track, :stage, :org, :orgName, :fromTeam, :jurisdiction, :base, :appliedAt, 0)
                """)
                .param("id", c.id()).param("track", c.track().name()).param("stage", c.stage().name())
                .param("org", c.organizationId()).param("orgName", c.organizationName())
                .param("fromTeam", fromTeam).param("jurisdiction", c.jurisdiction().code())
                .param("base", c.baseId()).param("appliedAt", Timestamp.from(c.appliedAt()))
                .update();
    }

    /** Writes the case if nobody changed it since {@code expectedVersion}; false when somebody did. */
    boolean update(IncubationCase c, long expectedVersion) {
        return jdbc.sql("""
                UPDATE incubation_case SET stage = :stage, admitted_at = :admittedAt, in_shell_ends_at = :inShellEnds,
                    graduated_at = :graduatedAt, follow_up_ends_at = :followUpEnds,
                    service_evaluation_due_at = :serviceDue, ended_at = :endedAt, version = version + 1
                WHERE id = :id AND version = :version
                """)
                .param("stage", c.stage().name())
                .param("admittedAt", ts(c.admittedAt())).param("inShellEnds", ts(c.inShellEndsAt()))
                .param("graduatedAt", ts(c.graduatedAt())).param("followUpEnds", ts(c.followUpEndsAt()))
                .param("serviceDue", ts(c.serviceEvaluationDueAt())).param("endedAt", ts(c.endedAt()))
                .param("id", c.id()).param("version", expectedVersion)
                .update() == 1;
    }

    /** The organization's open cases (id and jurisdiction code), for what other services tell about it. */
    List<Map.Entry<UUID, String>> openCases(UUID organizationId) {
        return jdbc.sql("""
                SELECT id, jurisdiction_code FROM incubation_case WHERE organization_id = :org
                    AND stage NOT IN ('CLOSED', 'EXITED', 'REJECTED', 'WITHDRAWN', 'TERMINATED')
                ORDER BY applied_at, id
                """).param("org", organizationId)
                .query((rs, n) -> Map.entry(rs.getObject("id", UUID.class), rs.getString("jurisdiction_code")))
                .list();
    }

    boolean hasOpenCase(UUID organizationId) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM incubation_case WHERE organization_id = :org
                    AND stage NOT IN ('CLOSED', 'EXITED', 'REJECTED', 'WITHDRAWN', 'TERMINATED'))
                """).param("org", organizationId).query(Boolean.class).single();
    }

    Optional<IncubationCase> find(UUID id, CurrentUser user, DataScope scope) {
        return Query.of("SELECT c.* FROM incubation_case c")
                .where(Where.of(CaseAccess.filter(user, scope, "c")).and("c.id = :id", "id", id))
                .on(jdbc)
                .query(CaseRepository::map).optional();
    }

    /** The cases among these that the caller sees, by id (the others are left out). */
    Map<UUID, IncubationCase> visible(Collection<UUID> ids, CurrentUser user, DataScope scope) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, IncubationCase> found = new LinkedHashMap<>();
        Query.of("SELECT c.* FROM incubation_case c")
                .where(Where.of(CaseAccess.filter(user, scope, "c")).and("c.id IN (:ids)", "ids", ids))
                .on(jdbc)
                .query(CaseRepository::map).list()
                .forEach(c -> found.put(c.id(), c));
        return found;
    }

    /** For work no caller does (reminders): the case whatever the scope. */
    List<IncubationCase> openWithClocks() {
        return jdbc.sql("SELECT c.* FROM incubation_case c WHERE c.stage IN ('IN_SHELL', 'FOLLOW_UP', 'RESIDENT')")
                .query(CaseRepository::map).list();
    }

    Page<IncubationCase> search(CaseSearch search, PageRequest page, CurrentUser user, DataScope scope) {
        return Query.of("SELECT c.* FROM incubation_case c")
                .where(Where.of(CaseAccess.filter(user, scope, "c"))
                        .andIfPresent("c.stage = :stage", "stage", search.stage())
                        .andIfPresent("c.track = :track", "track", search.track())
                        .andIfPresent("c.base_id = :base", "base", search.baseId())
                        .andIfPresent("""
                                (c.stage = 'IN_SHELL' AND c.in_shell_ends_at < :now)
                                OR (c.stage = 'FOLLOW_UP' AND c.follow_up_ends_at < :now)
                                OR (c.stage = 'RESIDENT' AND c.service_evaluation_due_at < :now)""", "now",
                                search.overdueAt() == null ? null : Timestamp.from(search.overdueAt())))
                .orderBy("c.applied_at DESC, c.id")
                .page(page, jdbc, CaseRepository::map);
    }

    /**
     * The standing of each organization asked for, from its cases in the caller's scope: the latest case gives the
     * stage and base, any graduated case the graduation date.
     */
    List<IncubationStanding> standings(Collection<UUID> organizationIds, CurrentUser user, DataScope scope) {
        if (organizationIds.isEmpty()) {
            return List.of();
        }
        record Row(UUID organizationId, Stage stage, Instant graduatedAt, String baseName) {
        }
        List<Row> rows = Query.of("""
                SELECT c.organization_id, c.stage, c.graduated_at, b.name AS base_name
                FROM incubation_case c JOIN base b ON b.id = c.base_id""")
                .where(Where.of(CaseAccess.filter(user, scope, "c"))
                        .and("c.organization_id IN (:orgs)", "orgs", List.copyOf(organizationIds)))
                .orderBy("c.organization_id, c.applied_at DESC, c.id DESC")
                .on(jdbc)
                .query((rs, n) -> new Row(rs.getObject("organization_id", UUID.class),
                        Stage.valueOf(rs.getString("stage")), instant(rs, "graduated_at"), rs.getString("base_name")))
                .list();
        Map<UUID, IncubationStanding> standings = new LinkedHashMap<>();
        for (Row row : rows) {
            // Latest case first per organization: the first row sets stage and base, any row may carry a graduation.
            LocalDate graduatedOn = row.graduatedAt() == null ? null
                    : row.graduatedAt().atZone(IncubationCase.CHINA).toLocalDate();
            IncubationStanding known = standings.get(row.organizationId());
            if (known == null) {
                standings.put(row.organizationId(),
                        new IncubationStanding(row.organizationId(), row.stage(), graduatedOn, row.baseName()));
            } else if (graduatedOn != null && (known.graduatedOn() == null
                    || graduatedOn.isAfter(known.graduatedOn()))) {
                standings.put(row.organizationId(), new IncubationStanding(known.organizationId(), known.stage(),
                        graduatedOn, known.baseName()));
            }
        }
        return List.copyOf(standings.values());
    }

    void insertAllocation(UUID id, UUID workstationId, UUID caseId, Instant at) {
        jdbc.sql("""
                INSERT INTO workstation_allocation (id, workstation_id, case_id, allocated_at)
                VALUES (:id, :workstation, :case, :at)
                """)
                .param("id", id).param("workstation", workstationId).param("case", caseId)
                .param("at", Timestamp.from(at))
                .update();
    }

    boolean workstationTaken(UUID workstationId) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM workstation_allocation WHERE workstation_id = :w AND released_at IS NULL)
                """).param("w", workstationId).query(Boolean.class).single();
    }

    Optional<Allocation> openAllocation(UUID caseId) {
        return jdbc.sql("""
                SELECT a.id, a.workstation_id, w.code, z.name AS zone_name, a.allocated_at
                FROM workstation_allocation a JOIN workstation w ON w.id = a.workstation_id
                JOIN zone z ON z.id = w.zone_id
                WHERE a.case_id = :case AND a.released_at IS NULL
                """)
                .param("case", caseId)
                .query((rs, n) -> new Allocation(rs.getObject("id", UUID.class), rs.getObject("workstation_id", UUID.class),
                        rs.getString("code"), rs.getString("zone_name"), rs.getTimestamp("allocated_at").toInstant()))
                .optional();
    }

    void release(UUID allocationId, Instant at, String reason) {
        jdbc.sql("UPDATE workstation_allocation SET released_at = :at, released_reason = :reason WHERE id = :id")
                .param("at", Timestamp.from(at)).param("reason", reason).param("id", allocationId)
                .update();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    static IncubationCase map(ResultSet rs, int row) throws SQLException {
        return new IncubationCase(rs.getObject("id", UUID.class), Track.valueOf(rs.getString("track")),
                Stage.valueOf(rs.getString("stage")), rs.getObject("organization_id", UUID.class),
                rs.getString("organization_name"), Jurisdiction.of(rs.getString("jurisdiction_code")),
                rs.getObject("base_id", UUID.class), instant(rs, "applied_at"), instant(rs, "admitted_at"),
                instant(rs, "in_shell_ends_at"), instant(rs, "graduated_at"), instant(rs, "follow_up_ends_at"),
                instant(rs, "service_evaluation_due_at"), instant(rs, "ended_at"), rs.getLong("version"));
    }
}
