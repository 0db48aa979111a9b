package cn.incubator.grants.programme;

import cn.incubator.platform.scope.DataScope;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.sql.Query;
import cn.incubator.platform.sql.Where;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Programmes, their fundings and plans; every read through the caller's scope on the programme's jurisdiction. */
@Repository
class ProgrammeRepository {

    private final JdbcClient jdbc;

    ProgrammeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Programme p) {
        jdbc.sql("""
                INSERT INTO programme (id, jurisdiction_code, name, kind, description, created_by, created_at)
                VALUES (:id, :jurisdiction, :name, :kind, :description, :by, :at)
                """)
                .param("id", p.id())
                .param("jurisdiction", p.jurisdictionCode())
                .param("name", p.name())
                .param("kind", p.kind().name())
                .param("description", p.description())
                .param("by", p.createdBy())
                .param("at", Timestamp.from(p.createdAt()))
                .update();
    }

    void insertFunding(UUID programmeId, Programme.Funding f) {
        jdbc.sql("""
                INSERT INTO programme_funding (id, programme_id, source, funder_name, partner_id, amount, committed_on,
                                               recorded_by, recorded_at)
                VALUES (:id, :programme, :source, :funder, :partner, :amount, :on, :by, :at)
                """)
                .param("id", f.id())
                .param("programme", programmeId)
                .param("source", f.source().name())
                .param("funder", f.funderName())
                .param("partner", f.partnerId())
                .param("amount", f.amount())
                .param("on", Date.valueOf(f.committedOn()))
                .param("by", f.recordedBy())
                .param("at", Timestamp.from(f.recordedAt()))
                .update();
    }

    void insertPlan(UUID programmeId, Programme.Plan plan) {
        jdbc.sql("INSERT INTO programme_plan (programme_id, code, name, cap) VALUES (:programme, :code, :name, :cap)")
                .param("programme", programmeId)
                .param("code", plan.code())
                .param("name", plan.name())
                .param("cap", plan.cap())
                .update();
    }

    boolean planExists(UUID programmeId, String code) {
        return jdbc.sql("SELECT count(*) FROM programme_plan WHERE programme_id = :programme AND code = :code")
                .param("programme", programmeId).param("code", code).query(Long.class).single() > 0;
    }

    Optional<Programme> find(UUID id, DataScope scope) {
        return Query.of("SELECT p.* FROM programme p")
                .where(Where.of(scope.filter("p.jurisdiction_code", null)).and("p.id = :id", "id", id))
                .on(jdbc)
                .query(this::head)
                .optional()
                .map(head -> completeAll(List.of(head)).get(0));
    }

    /** Locks the programme row: allocations of its rounds are serialized, so two rounds never share the same money. */
    void lock(UUID id) {
        jdbc.sql("SELECT id FROM programme WHERE id = :id FOR UPDATE").param("id", id).query(UUID.class).single();
    }

    Page<Programme> search(ProgrammeKind kind, DataScope scope, PageRequest page) {
        return Query.of("SELECT p.* FROM programme p")
                .where(Where.of(scope.filter("p.jurisdiction_code", null)).andIfPresent("p.kind = :kind", "kind", kind))
                .orderBy("p.created_at DESC, p.id")
                .page(page, jdbc, this::head)
                .mapAll(this::completeAll);
    }

    List<Programme.Plan> plans(UUID programmeId) {
        return jdbc.sql("SELECT * FROM programme_plan WHERE programme_id = :id ORDER BY code")
                .param("id", programmeId)
                .query((rs, n) -> plan(rs))
                .list();
    }

    /** The programmes with their fundings, plans and committed amounts: three queries in all, not three each. */
    private List<Programme> completeAll(List<Programme> heads) {
        if (heads.isEmpty()) {
            return heads;
        }
        List<UUID> ids = heads.stream().map(Programme::id).toList();
        Map<UUID, List<Programme.Funding>> fundings = byProgramme(ids, "programme_funding",
                "committed_on, recorded_at", (rs, n) -> new Programme.Funding(rs.getObject("id", UUID.class),
                        Programme.Source.valueOf(rs.getString("source")), rs.getString("funder_name"),
                        rs.getString("partner_id"), rs.getBigDecimal("amount"),
                        rs.getDate("committed_on").toLocalDate(), rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant()));
        Map<UUID, List<Programme.Plan>> plans = byProgramme(ids, "programme_plan", "code", (rs, n) -> plan(rs));
        Map<UUID, List<BigDecimal>> committed = byProgramme(ids, "programme_commitment", "programme_id",
                (rs, n) -> rs.getBigDecimal("awarded").add(rs.getBigDecimal("reserved")).setScale(2));
        return heads.stream().map(head -> new Programme(head.id(), head.jurisdictionCode(), head.name(), head.kind(),
                head.description(), fundings.getOrDefault(head.id(), List.of()),
                plans.getOrDefault(head.id(), List.of()), committed.get(head.id()).get(0), head.createdBy(),
                head.createdAt())).toList();
    }

    /** The rows of a programme's table for several programmes, by programme, each list in {@code order}. */
    private <T> Map<UUID, List<T>> byProgramme(List<UUID> ids, String table, String order, RowMapper<T> reader) {
        Map<UUID, List<T>> rows = new HashMap<>();
        jdbc.sql("SELECT * FROM " + table + " WHERE programme_id IN (:ids) ORDER BY programme_id, " + order)
                .param("ids", ids)
                .query(rs -> {
                    rows.computeIfAbsent(rs.getObject("programme_id", UUID.class), id -> new ArrayList<>())
                            .add(reader.mapRow(rs, 0));
                });
        return rows;
    }

    private static Programme.Plan plan(ResultSet rs) throws SQLException {
        return new Programme.Plan(rs.getString("code"), rs.getString("name"), rs.getBigDecimal("cap"));
    }

    /** What is spoken for: awards made and allocations of rounds not yet final (see V50 programme_commitment). */
    BigDecimal committed(UUID programmeId) {
        return jdbc.sql("SELECT awarded + reserved FROM programme_commitment WHERE programme_id = :id")
                .param("id", programmeId).query(BigDecimal.class).single().setScale(2);
    }

    private Programme head(ResultSet rs, int n) throws SQLException {
        return new Programme(rs.getObject("id", UUID.class), rs.getString("jurisdiction_code"), rs.getString("name"),
                ProgrammeKind.valueOf(rs.getString("kind")), rs.getString("description"), List.of(), List.of(),
                BigDecimal.ZERO, rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
    }
}
