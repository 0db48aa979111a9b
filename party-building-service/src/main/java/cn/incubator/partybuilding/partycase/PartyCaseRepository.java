package cn.incubator.partybuilding.partycase;

import cn.incubator.partybuilding.access.CaseScope;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.sql.Query;
import cn.incubator.platform.sql.Where;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Cases, their instructors and formation proposals. Every read of a case takes the caller's {@link CaseScope}. */
@Repository
public class PartyCaseRepository {

    private static final String SELECT = """
            SELECT c.*, a.username AS instructor_username, a.incubation_specialist, a.assigned_at
            FROM party_case c
            LEFT JOIN instructor_assignment a ON a.case_id = c.id AND a.ended_at IS NULL
            """;

    private final JdbcClient jdbc;

    PartyCaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when the organization already has an open case (the unique index decides, race-free) */
    boolean insertIfNoOpenCase(CaseRecord c) {
        return jdbc.sql("""
                INSERT INTO party_case (id, organization_id, organization_name, jurisdiction_code, incubation_case_id,
                                        base_id, track, source_event_id, admitted_at, opened_at, stage, member_count,
                                        updated_at)
                VALUES (:id, :organizationId, :organizationName, :jurisdiction, :incubationCaseId, :baseId, :track,
                        :sourceEventId, :admittedAt, :openedAt, :stage, 0, :openedAt)
                ON CONFLICT (organization_id) WHERE stage <> 'CLOSED' DO NOTHING
                """)
                .param("id", c.id())
                .param("organizationId", c.organizationId())
                .param("organizationName", c.organizationName())
                .param("jurisdiction", c.jurisdictionCode())
                .param("incubationCaseId", c.incubationCaseId())
                .param("baseId", c.baseId())
                .param("track", c.track())
                .param("sourceEventId", c.sourceEventId())
                .param("admittedAt", Timestamp.from(c.admittedAt()))
                .param("openedAt", Timestamp.from(c.openedAt()))
                .param("stage", c.stage().name())
                .update() == 1;
    }

    /** Writes every mutable column of the case (the instructor is kept in its own table). */
    void update(CaseRecord c, Instant now) {
        jdbc.sql("""
                UPDATE party_case SET stage = :stage, member_count = :memberCount, development_plan = :plan,
                       joint_branch_id = :jointBranch, own_branch_id = :ownBranch, paired_unit = :pairedUnit,
                       paired_party_organization = :pairedParty, paired_at = :pairedAt,
                       discovery_completed_at = :discovery, own_branch_required_since = :requiredSince,
                       overdue_reported_at = :overdueReported, updated_at = :now
                WHERE id = :id
                """)
                .param("id", c.id())
                .param("stage", c.stage().name())
                .param("memberCount", c.memberCount())
                .param("plan", c.developmentPlan())
                .param("jointBranch", c.jointBranchId())
                .param("ownBranch", c.ownBranchId())
                .param("pairedUnit", c.pairedUnit())
                .param("pairedParty", c.pairedPartyOrganization())
                .param("pairedAt", timestamp(c.pairedAt()))
                .param("discovery", timestamp(c.discoveryCompletedAt()))
                .param("requiredSince", timestamp(c.ownBranchRequiredSince()))
                .param("overdueReported", timestamp(c.overdueReportedAt()))
                .param("now", Timestamp.from(now))
                .update();
    }

    public Optional<CaseRecord> find(UUID id, CaseScope scope) {
        return find(id, scope, false);
    }

    /** The case locked for a change that depends on its current state (member counts, branch moves). */
    public Optional<CaseRecord> findForUpdate(UUID id, CaseScope scope) {
        return find(id, scope, true);
    }

    private Optional<CaseRecord> find(UUID id, CaseScope scope, boolean lock) {
        Query query = Query.of(SELECT).where(Where.of(scope.filter("c")).and("c.id = :id", "id", id));
        return (lock ? query.then("FOR UPDATE OF c") : query).on(jdbc)
                .query(PartyCaseRepository::map)
                .optional();
    }

    Optional<CaseRecord> findOpenByOrganization(UUID organizationId) {
        return jdbc.sql(SELECT + " WHERE c.organization_id = :org AND c.stage <> 'CLOSED'")
                .param("org", organizationId)
                .query(PartyCaseRepository::map)
                .optional();
    }

    public Page<CaseRecord> search(CaseSearch search, PageRequest page, CaseScope scope) {
        return Query.of(SELECT)
                .where(Where.of(scope.filter("c"))
                        .andIfPresent("c.stage = :stage", "stage", search.stage())
                        .andWithin("c.jurisdiction_code", "within", search.within())
                        .andIfPresent("c.joint_branch_id = :jointBranch", "jointBranch", search.jointBranchId())
                        .andIfPresent("c.organization_id = :organization", "organization", search.organizationId()))
                .orderBy("c.admitted_at DESC, c.id")
                .page(page, jdbc, PartyCaseRepository::map);
    }

    /** Cases whose own branch is overdue and not yet reported, locked and skipped by a concurrent check. */
    List<CaseRecord> overdueUnreported(Instant requiredBefore) {
        return jdbc.sql("""
                SELECT c.*, NULL AS instructor_username, NULL AS incubation_specialist, NULL AS assigned_at
                FROM party_case c
                WHERE c.own_branch_required_since < :before AND c.own_branch_id IS NULL
                  AND c.overdue_reported_at IS NULL AND c.stage <> 'CLOSED'
                ORDER BY c.own_branch_required_since
                LIMIT 500
                FOR UPDATE SKIP LOCKED
                """)
                .param("before", Timestamp.from(requiredBefore))
                .query(PartyCaseRepository::map)
                .list();
    }

    void endInstructorAssignment(UUID caseId, Instant now) {
        jdbc.sql("UPDATE instructor_assignment SET ended_at = :now WHERE case_id = :case AND ended_at IS NULL")
                .param("now", Timestamp.from(now))
                .param("case", caseId)
                .update();
    }

    void insertInstructorAssignment(UUID caseId, CaseRecord.Instructor instructor, String assignedBy) {
        jdbc.sql("""
                INSERT INTO instructor_assignment (id, case_id, username, incubation_specialist, assigned_by,
                                                   assigned_at)
                VALUES (:id, :case, :username, :specialist, :by, :at)
                """)
                .param("id", UUID.randomUUID())
                .param("case", caseId)
                .param("username", instructor.username())
                .param("specialist", instructor.incubationSpecialist())
                .param("by", assignedBy)
                .param("at", Timestamp.from(instructor.assignedAt()))
                .update();
    }

    void insertProposal(FormationProposal p) {
        jdbc.sql("""
                INSERT INTO formation_proposal (id, case_id, from_formation, to_formation, member_count, proposed_at,
                                                status)
                VALUES (:id, :case, :from, :to, :count, :at, :status)
                """)
                .param("id", p.id())
                .param("case", p.caseId())
                .param("from", p.from().name())
                .param("to", p.to().name())
                .param("count", p.memberCount())
                .param("at", Timestamp.from(p.proposedAt()))
                .param("status", p.status().name())
                .update();
    }

    /** A newer count makes pending proposals moot. */
    int supersedePending(UUID caseId, Instant now) {
        return jdbc.sql("""
                UPDATE formation_proposal SET status = 'SUPERSEDED', decided_at = :now, decided_by = 'formation-rules'
                WHERE case_id = :case AND status = 'PENDING'
                """)
                .param("now", Timestamp.from(now))
                .param("case", caseId)
                .update();
    }

    void decide(FormationProposal decided) {
        jdbc.sql("""
                UPDATE formation_proposal SET status = :status, decided_by = :by, decided_at = :at, reason = :reason
                WHERE id = :id
                """)
                .param("id", decided.id())
                .param("status", decided.status().name())
                .param("by", decided.decidedBy())
                .param("at", timestamp(decided.decidedAt()))
                .param("reason", decided.reason())
                .update();
    }

    List<FormationProposal> proposals(UUID caseId) {
        return jdbc.sql("SELECT * FROM formation_proposal WHERE case_id = :case ORDER BY proposed_at, id")
                .param("case", caseId)
                .query(PartyCaseRepository::mapProposal)
                .list();
    }

    Optional<FormationProposal> proposal(UUID caseId, UUID proposalId) {
        return jdbc.sql("SELECT * FROM formation_proposal WHERE case_id = :case AND id = :id")
                .param("case", caseId)
                .param("id", proposalId)
                .query(PartyCaseRepository::mapProposal)
                .optional();
    }

    private static FormationProposal mapProposal(ResultSet rs, int row) throws SQLException {
        return new FormationProposal(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
                Formation.valueOf(rs.getString("from_formation")), Formation.valueOf(rs.getString("to_formation")),
                rs.getInt("member_count"), instant(rs, "proposed_at"),
                FormationProposal.Status.valueOf(rs.getString("status")), rs.getString("decided_by"),
                instant(rs, "decided_at"), rs.getString("reason"));
    }

    private static CaseRecord map(ResultSet rs, int row) throws SQLException {
        String instructor = rs.getString("instructor_username");
        return new CaseRecord(
                rs.getObject("id", UUID.class),
                rs.getObject("organization_id", UUID.class),
                rs.getString("organization_name"),
                rs.getString("jurisdiction_code"),
                rs.getObject("incubation_case_id", UUID.class),
                rs.getObject("base_id", UUID.class),
                rs.getString("track"),
                rs.getObject("source_event_id", UUID.class),
                instant(rs, "admitted_at"),
                instant(rs, "opened_at"),
                Stage.valueOf(rs.getString("stage")),
                rs.getInt("member_count"),
                rs.getString("development_plan"),
                rs.getObject("joint_branch_id", UUID.class),
                rs.getObject("own_branch_id", UUID.class),
                rs.getString("paired_unit"),
                rs.getString("paired_party_organization"),
                instant(rs, "paired_at"),
                instant(rs, "discovery_completed_at"),
                instant(rs, "own_branch_required_since"),
                instant(rs, "overdue_reported_at"),
                instructor == null ? null : new CaseRecord.Instructor(instructor,
                        rs.getBoolean("incubation_specialist"), instant(rs, "assigned_at")));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
