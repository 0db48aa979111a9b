package cn.incubator.partybuilding.member;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Members by case. Callers reach them only through a case they found in scope. */
@Repository
class PartyMemberRepository {

    private final JdbcClient jdbc;

    PartyMemberRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(PartyMember m) {
        jdbc.sql("""
                INSERT INTO party_member (id, case_id, name, phone, id_number_hash, id_number_masked, membership,
                                          relation, relation_transferred_at, recorded_at)
                VALUES (:id, :case, :name, :phone, :hash, :masked, :membership, :relation, :transferredAt, :recordedAt)
                """)
                .param("id", m.id())
                .param("case", m.caseId())
                .param("name", m.name())
                .param("phone", m.phone())
                .param("hash", m.idNumberHash())
                .param("masked", m.idNumberMasked())
                .param("membership", m.membership().name())
                .param("relation", m.relation().name())
                .param("transferredAt", timestamp(m.relationTransferredAt()))
                .param("recordedAt", Timestamp.from(m.recordedAt()))
                .update();
    }

    void update(PartyMember m) {
        jdbc.sql("""
                UPDATE party_member SET relation = :relation, relation_transferred_at = :transferredAt, left_at = :leftAt
                WHERE id = :id
                """)
                .param("id", m.id())
                .param("relation", m.relation().name())
                .param("transferredAt", timestamp(m.relationTransferredAt()))
                .param("leftAt", timestamp(m.leftAt()))
                .update();
    }

    boolean personActive(String idNumberHash) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM party_member WHERE id_number_hash = :hash AND left_at IS NULL)")
                .param("hash", idNumberHash)
                .query(Boolean.class)
                .single();
    }

    Optional<PartyMember> find(UUID caseId, UUID id) {
        return jdbc.sql("SELECT * FROM party_member WHERE case_id = :case AND id = :id")
                .param("case", caseId)
                .param("id", id)
                .query(PartyMemberRepository::map)
                .optional();
    }

    List<PartyMember> list(UUID caseId, boolean includeLeft) {
        return jdbc.sql("SELECT * FROM party_member WHERE case_id = :case"
                        + (includeLeft ? "" : " AND left_at IS NULL") + " ORDER BY recorded_at, id")
                .param("case", caseId)
                .query(PartyMemberRepository::map)
                .list();
    }

    int activeCount(UUID caseId) {
        return jdbc.sql("SELECT count(*) FROM party_member WHERE case_id = :case AND left_at IS NULL")
                .param("case", caseId)
                .query(Integer.class)
                .single();
    }

    private static PartyMember map(ResultSet rs, int row) throws SQLException {
        return new PartyMember(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
                rs.getString("name"), rs.getString("phone"), rs.getString("id_number_hash"),
                rs.getString("id_number_masked"), Membership.valueOf(rs.getString("membership")),
                PartyRelation.valueOf(rs.getString("relation")), instant(rs, "relation_transferred_at"),
                instant(rs, "recorded_at"), instant(rs, "left_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
