package cn.incubator.grants.round;

import cn.incubator.grants.programme.ProgrammeKind;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.scope.DataScope;
import cn.incubator.platform.scope.ScopeFilter;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.sql.Query;
import cn.incubator.platform.sql.Where;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rounds and their rubrics. Reads go through {@link #visible}: the caller's subtrees, and the calls above them. */
@Repository
class RoundRepository {

    private static final String SELECT = "SELECT r.*, p.kind FROM grant_round r JOIN programme p ON p.id = r.programme_id";

    private final JdbcClient jdbc;

    RoundRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Which rounds a caller sees: every round inside their subtrees (to manage), and the published calls of the tiers
     * above them (a county's call is open to the organizations of its streets, so a street hub and an organization
     * there see it). An org-admin and an expert see published calls only.
     */
    static ScopeFilter visible(DataScope scope, boolean managesRounds) {
        if (scope.isEmpty()) {
            return new ScopeFilter("FALSE", Map.of());
        }
        Map<String, Object> params = new HashMap<>();
        List<String> alternatives = new ArrayList<>();
        List<Jurisdiction> subtrees = scope.subtrees();
        for (int i = 0; i < subtrees.size(); i++) {
            String prefix = subtrees.get(i).significantPrefix();
            params.put("scope_p" + i, prefix);
            params.put("scope_l" + i, prefix + "%");
            String inside = "r.jurisdiction_code LIKE :scope_l" + i;
            String above = "(r.status <> 'DRAFT' AND :scope_p" + i + " LIKE r.jurisdiction_prefix || '%')";
            alternatives.add(managesRounds && scope.onlyOrganization().isEmpty() ? "(" + inside + " OR " + above + ")"
                    : "((" + inside + " OR " + above + ") AND r.status <> 'DRAFT')");
        }
        return new ScopeFilter("(" + String.join(" OR ", alternatives) + ")", params);
    }

    void insert(Round r) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", r.id());
        params.put("programme", r.programmeId());
        params.put("jurisdiction", r.jurisdictionCode());
        params.put("prefix", Jurisdiction.of(r.jurisdictionCode()).significantPrefix());
        params.put("title", r.title());
        params.put("status", r.status().name());
        params.put("areas", r.priorityAreas().toArray(String[]::new));
        params.put("forms", r.eligibility().allowedLegalForms().stream().sorted().toArray(String[]::new));
        params.put("maturity", r.eligibility().minimumMaturity());
        params.put("eligible", r.eligibility().eligibleJurisdiction());
        params.put("opens", Date.valueOf(r.opensOn()));
        params.put("closes", Date.valueOf(r.closesOn()));
        params.put("grace", r.graceDays());
        params.put("awardCap", r.awardCap());
        params.put("partial", r.partialLastGrant());
        params.put("noticeDays", r.noticeDays());
        params.put("stars", r.priorityMinStars());
        params.put("graduates", r.priorityGraduates());
        params.put("bonus", r.priorityBonus());
        params.put("by", r.createdBy());
        params.put("at", Timestamp.from(r.createdAt()));
        jdbc.sql("""
                INSERT INTO grant_round (id, programme_id, jurisdiction_code, jurisdiction_prefix, title, status,
                    priority_areas, allowed_legal_forms, minimum_maturity, eligible_jurisdiction, opens_on, closes_on,
                    grace_days, award_cap, partial_last_grant, notice_days, priority_min_stars, priority_graduates,
                    priority_bonus, created_by, created_at)
                VALUES (:id, :programme, :jurisdiction, :prefix, :title, :status, :areas, :forms, :maturity, :eligible,
                    :opens, :closes, :grace, :awardCap, :partial, :noticeDays, :stars, :graduates, :bonus, :by, :at)
                """)
                .params(params)
                .update();
        for (int i = 0; i < r.rubric().size(); i++) {
            RubricCriterion c = r.rubric().get(i);
            jdbc.sql("""
                    INSERT INTO round_criterion (round_id, code, name, weight, max_score, position)
                    VALUES (:round, :code, :name, :weight, :max, :position)
                    """)
                    .param("round", r.id()).param("code", c.code()).param("name", c.name())
                    .param("weight", c.weight()).param("max", c.maxScore()).param("position", i)
                    .update();
        }
    }

    void updateStatus(Round r) {
        jdbc.sql("""
                UPDATE grant_round SET status = :status, notice_starts_at = :noticeStarts, notice_ends_at = :noticeEnds,
                    finalized_at = :finalized WHERE id = :id
                """)
                .param("id", r.id())
                .param("status", r.status().name())
                .param("noticeStarts", r.noticeStartsAt() == null ? null : Timestamp.from(r.noticeStartsAt()))
                .param("noticeEnds", r.noticeEndsAt() == null ? null : Timestamp.from(r.noticeEndsAt()))
                .param("finalized", r.finalizedAt() == null ? null : Timestamp.from(r.finalizedAt()))
                .update();
    }

    Optional<Round> find(UUID id, ScopeFilter filter) {
        return Query.of(SELECT)
                .where(Where.of(filter).and("r.id = :id", "id", id))
                .on(jdbc)
                .query(this::map)
                .optional();
    }

    /** Locks the round's row for a state change; the caller has already checked the round is in scope. */
    void lock(UUID id) {
        jdbc.sql("SELECT id FROM grant_round WHERE id = :id FOR UPDATE").param("id", id).query(UUID.class).single();
    }

    /** Holds the round's status still (no transition can commit) until the caller's transaction ends. */
    void lockShared(UUID id) {
        jdbc.sql("SELECT id FROM grant_round WHERE id = :id FOR SHARE").param("id", id).query(UUID.class).single();
    }

    Page<Round> search(UUID programmeId, RoundStatus status, ScopeFilter filter, PageRequest page) {
        return Query.of(SELECT)
                .where(Where.of(filter)
                        .andIfPresent("r.programme_id = :programme", "programme", programmeId)
                        .andIfPresent("r.status = :status", "status", status))
                .orderBy("r.opens_on DESC, r.created_at DESC, r.id")
                .page(page, jdbc, this::map);
    }

    private List<RubricCriterion> rubric(UUID roundId) {
        return jdbc.sql("SELECT * FROM round_criterion WHERE round_id = :round ORDER BY position")
                .param("round", roundId)
                .query((rs, n) -> new RubricCriterion(rs.getString("code"), rs.getString("name"),
                        rs.getBigDecimal("weight"), rs.getInt("max_score")))
                .list();
    }

    private Round map(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new Round(id, rs.getObject("programme_id", UUID.class), ProgrammeKind.valueOf(rs.getString("kind")),
                rs.getString("jurisdiction_code"), rs.getString("title"), RoundStatus.valueOf(rs.getString("status")),
                strings(rs.getArray("priority_areas")),
                new EligibilityRules(Set.copyOf(strings(rs.getArray("allowed_legal_forms"))),
                        rs.getString("minimum_maturity"), rs.getString("eligible_jurisdiction")),
                rs.getDate("opens_on").toLocalDate(), rs.getDate("closes_on").toLocalDate(), rs.getInt("grace_days"),
                rs.getBigDecimal("award_cap"), rs.getBoolean("partial_last_grant"), rs.getInt("notice_days"),
                (Integer) rs.getObject("priority_min_stars"), rs.getBoolean("priority_graduates"),
                rs.getBigDecimal("priority_bonus"), rubric(id), instant(rs, "notice_starts_at"),
                instant(rs, "notice_ends_at"), instant(rs, "finalized_at"), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static BigDecimal money(BigDecimal value) {
        return value == null ? null : value.setScale(2);
    }
}
