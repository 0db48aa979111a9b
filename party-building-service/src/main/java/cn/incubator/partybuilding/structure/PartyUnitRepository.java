package cn.incubator.partybuilding.structure;

import cn.incubator.partybuilding.access.CaseScope;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.scope.DataScope;
import cn.incubator.platform.sql.Query;
import cn.incubator.platform.sql.Where;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The party structure and its joint meetings. Every read takes the caller's scope. */
@Repository
class PartyUnitRepository {

    private final JdbcClient jdbc;

    PartyUnitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(PartyUnit unit) {
        jdbc.sql("""
                INSERT INTO party_unit (id, kind, name, parent_id, jurisdiction_code, coverage_form, industry, location,
                                        organization_id, formed_on, created_at)
                VALUES (:id, :kind, :name, :parent, :jurisdiction, :form, :industry, :location, :organization,
                        :formedOn, :createdAt)
                """)
                .param("id", unit.id())
                .param("kind", unit.kind().name())
                .param("name", unit.name())
                .param("parent", unit.parentId())
                .param("jurisdiction", unit.jurisdictionCode())
                .param("form", unit.coverageForm().name())
                .param("industry", unit.industry())
                .param("location", unit.location())
                .param("organization", unit.organizationId())
                .param("formedOn", Date.valueOf(unit.formedOn()))
                .param("createdAt", Timestamp.from(unit.createdAt()))
                .update();
    }

    Optional<PartyUnit> find(UUID id, DataScope scope) {
        return Query.of("SELECT * FROM party_unit")
                .where(Where.of(scope.filter("jurisdiction_code", null)).and("id = :id", "id", id))
                .on(jdbc)
                .query(PartyUnitRepository::map)
                .optional();
    }

    List<PartyUnit> list(DataScope scope, Jurisdiction within) {
        return Query.of("SELECT * FROM party_unit")
                .where(Where.of(scope.filter("jurisdiction_code", null))
                        .andWithin("jurisdiction_code", "within", within))
                .orderBy("kind, jurisdiction_code, name, id")
                .on(jdbc)
                .query(PartyUnitRepository::map).list();
    }

    /** The organizations a unit covers (its joint-branch members, or the organization of an own branch). */
    List<CoveredOrganization> covered(UUID unitId, CaseScope scope) {
        return Query.of("""
                SELECT c.id, c.organization_id, c.organization_name, c.jurisdiction_code, c.member_count
                FROM party_case c""")
                .where(Where.of(scope.filter("c"))
                        .and("c.joint_branch_id = :unit OR c.own_branch_id = :unit", "unit", unitId)
                        .and("c.stage <> 'CLOSED'"))
                .orderBy("c.organization_name")
                .on(jdbc)
                .query((rs, n) -> new CoveredOrganization(rs.getObject("id", UUID.class),
                        rs.getObject("organization_id", UUID.class), rs.getString("organization_name"),
                        rs.getString("jurisdiction_code"), rs.getInt("member_count")))
                .list();
    }

    /** Open cases per joint branch, for the tree. */
    Map<UUID, Integer> jointBranchSizes() {
        Map<UUID, Integer> sizes = new HashMap<>();
        jdbc.sql("""
                SELECT joint_branch_id, count(*) AS n FROM party_case
                WHERE joint_branch_id IS NOT NULL AND stage <> 'CLOSED' GROUP BY joint_branch_id
                """)
                .query((ResultSet rs) -> {
                    sizes.put(rs.getObject("joint_branch_id", UUID.class), rs.getInt("n"));
                });
        return sizes;
    }

    void insertMeeting(JointMeeting meeting) {
        jdbc.sql("""
                INSERT INTO joint_meeting (id, unit_id, held_on, topic, attendee_count, summary, recorded_by,
                                           recorded_at)
                VALUES (:id, :unit, :heldOn, :topic, :attendees, :summary, :by, :at)
                """)
                .param("id", meeting.id())
                .param("unit", meeting.unitId())
                .param("heldOn", Date.valueOf(meeting.heldOn()))
                .param("topic", meeting.topic())
                .param("attendees", meeting.attendeeCount())
                .param("summary", meeting.summary())
                .param("by", meeting.recordedBy())
                .param("at", Timestamp.from(meeting.recordedAt()))
                .update();
    }

    List<JointMeeting> meetings(UUID unitId) {
        return jdbc.sql("SELECT * FROM joint_meeting WHERE unit_id = :unit ORDER BY held_on DESC, recorded_at DESC")
                .param("unit", unitId)
                .query((rs, n) -> new JointMeeting(rs.getObject("id", UUID.class), rs.getObject("unit_id", UUID.class),
                        rs.getDate("held_on").toLocalDate(), rs.getString("topic"), rs.getInt("attendee_count"),
                        rs.getString("summary"), rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    private static PartyUnit map(ResultSet rs, int row) throws SQLException {
        return new PartyUnit(rs.getObject("id", UUID.class), UnitKind.valueOf(rs.getString("kind")),
                rs.getString("name"), rs.getObject("parent_id", UUID.class), rs.getString("jurisdiction_code"),
                CoverageForm.valueOf(rs.getString("coverage_form")), rs.getString("industry"),
                rs.getString("location"), rs.getObject("organization_id", UUID.class),
                rs.getDate("formed_on").toLocalDate(), rs.getTimestamp("created_at").toInstant());
    }
}
