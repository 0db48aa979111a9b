package cn.incubator.incubation.evaluation;

import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.paging.Page;
import cn.incubator.incubation.cases.CaseAccess;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.scope.DataScope;
import cn.incubator.platform.scope.ScopeFilter;
import cn.incubator.platform.sql.Query;
import cn.incubator.platform.sql.Where;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rubrics, evaluations, panels and score sheets. Reads of evaluations take the caller's scope. */
@Repository
class EvaluationRepository {

    private final JdbcClient jdbc;

    EvaluationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Rubric> latestRubric(EvaluationKind kind) {
        return jdbc.sql("SELECT id FROM rubric WHERE kind = :kind ORDER BY version DESC, created_at DESC LIMIT 1")
                .param("kind", kind.name()).query(UUID.class).optional().flatMap(this::rubric);
    }

    Optional<Rubric> latestRubric(String code) {
        return jdbc.sql("SELECT id FROM rubric WHERE code = :code ORDER BY version DESC LIMIT 1")
                .param("code", code).query(UUID.class).optional().flatMap(this::rubric);
    }

    List<Rubric> latestRubrics() {
        return jdbc.sql("SELECT DISTINCT ON (code) id FROM rubric ORDER BY code, version DESC")
                .query(UUID.class).list().stream().map(id -> rubric(id).orElseThrow()).toList();
    }

    Optional<Rubric> rubric(UUID id) {
        List<Criterion> criteria = jdbc.sql(
                        "SELECT * FROM rubric_criterion WHERE rubric_id = :id ORDER BY position")
                .param("id", id)
                .query((rs, n) -> new Criterion(rs.getString("code"), rs.getString("name"),
                        rs.getBigDecimal("weight"), rs.getBigDecimal("max_score")))
                .list();
        return jdbc.sql("SELECT * FROM rubric WHERE id = :id").param("id", id)
                .query((rs, n) -> new Rubric(rs.getObject("id", UUID.class), rs.getString("code"),
                        rs.getInt("version"), EvaluationKind.valueOf(rs.getString("kind")), rs.getString("name"),
                        rs.getBigDecimal("pass_threshold"), rs.getInt("min_experts"), criteria))
                .optional();
    }

    int nextRubricVersion(String code) {
        return jdbc.sql("SELECT coalesce(max(version), 0) + 1 FROM rubric WHERE code = :code")
                .param("code", code).query(Integer.class).single();
    }

    void insert(Rubric rubric, Instant at) {
        jdbc.sql("""
                INSERT INTO rubric (id, code, version, kind, name, pass_threshold, min_experts, created_at)
                VALUES (:id, :code, :version, :kind, :name, :threshold, :minExperts, :at)
                """)
                .param("id", rubric.id()).param("code", rubric.code()).param("version", rubric.version())
                .param("kind", rubric.kind().name()).param("name", rubric.name())
                .param("threshold", rubric.passThreshold()).param("minExperts", rubric.minExperts())
                .param("at", Timestamp.from(at))
                .update();
        int position = 1;
        for (Criterion c : rubric.criteria()) {
            jdbc.sql("""
                    INSERT INTO rubric_criterion (rubric_id, position, code, name, weight, max_score)
                    VALUES (:rubric, :position, :code, :name, :weight, :max)
                    """)
                    .param("rubric", rubric.id()).param("position", position++).param("code", c.code())
                    .param("name", c.name()).param("weight", c.weight()).param("max", c.maxScore())
                    .update();
        }
    }

    void insert(Evaluation e) {
        jdbc.sql("""
                INSERT INTO evaluation (id, kind, case_id, subject_organization_id, subject_name, jurisdiction_code,
                                        rubric_id, status, opened_at)
                VALUES (:id, :kind, :case, :org, :name, :jurisdiction, :rubric, 'OPEN', :at)
                """)
                .param("id", e.id()).param("kind", e.kind().name()).param("case", e.caseId())
                .param("org", e.subjectOrganizationId()).param("name", e.subjectName())
                .param("jurisdiction", e.jurisdiction().code()).param("rubric", e.rubricId())
                .param("at", Timestamp.from(e.openedAt()))
                .update();
    }

    Optional<Evaluation> find(UUID id, CurrentUser user, DataScope scope) {
        return Query.of("SELECT ev.* FROM evaluation ev")
                .where(Where.of(filter(user, scope)).and("ev.id = :id", "id", id))
                .on(jdbc)
                .query(EvaluationRepository::map).optional();
    }

    Page<Evaluation> list(CurrentUser user, DataScope scope, UUID caseId, UUID organizationId, PageRequest page) {
        return Query.of("SELECT ev.* FROM evaluation ev")
                .where(Where.of(filter(user, scope))
                        .andIfPresent("ev.case_id = :case", "case", caseId)
                        .andIfPresent("ev.subject_organization_id = :org", "org", organizationId))
                .orderBy("ev.opened_at DESC, ev.id")
                .page(page, jdbc, EvaluationRepository::map);
    }

    /** Experts see the evaluations whose panels they sit on and may score; others by jurisdiction. */
    private static ScopeFilter filter(CurrentUser user, DataScope scope) {
        ScopeFilter filter = scope.filter("ev.jurisdiction_code", "ev.subject_organization_id");
        if (!CaseAccess.expertOnly(user)) {
            return filter;
        }
        return filter.and("EXISTS (SELECT 1 FROM panel_member m WHERE m.evaluation_id = ev.id"
                + " AND m.username = :scope_expert AND m.excluded_reason IS NULL)", Map.of("scope_expert", user.username()));
    }

    List<PanelMember> panel(UUID evaluationId) {
        return jdbc.sql("SELECT * FROM panel_member WHERE evaluation_id = :id ORDER BY name, person_id")
                .param("id", evaluationId)
                .query((rs, n) -> new PanelMember(rs.getString("person_id"), rs.getString("name"),
                        rs.getString("username"), uuids(rs.getArray("affiliated_organization_ids")),
                        rs.getString("excluded_reason") == null ? null
                                : PanelMember.Exclusion.valueOf(rs.getString("excluded_reason")),
                        rs.getString("conflict_note")))
                .list();
    }

    void insert(UUID evaluationId, PanelMember m) {
        jdbc.sql("""
                INSERT INTO panel_member (evaluation_id, person_id, name, username, affiliated_organization_ids,
                                          excluded_reason, conflict_note)
                VALUES (:evaluation, :person, :name, :username, :affiliations, :excluded, :note)
                """)
                .param("evaluation", evaluationId).param("person", m.talentId()).param("name", m.name())
                .param("username", m.username()).param("affiliations", m.affiliatedOrganizationIds().toArray(UUID[]::new))
                .param("excluded", m.excluded().map(Enum::name).orElse(null)).param("note", m.conflictNote())
                .update();
    }

    void updateExclusion(UUID evaluationId, PanelMember m) {
        jdbc.sql("""
                UPDATE panel_member SET excluded_reason = :excluded, conflict_note = :note
                WHERE evaluation_id = :evaluation AND person_id = :person
                """)
                .param("excluded", m.excluded().map(Enum::name).orElse(null)).param("note", m.conflictNote())
                .param("evaluation", evaluationId).param("person", m.talentId())
                .update();
    }

    List<ScoreSheet> sheets(UUID evaluationId) {
        Map<String, Map<String, BigDecimal>> sheets = new LinkedHashMap<>();
        jdbc.sql("SELECT person_id, criterion_code, score FROM score WHERE evaluation_id = :id ORDER BY person_id")
                .param("id", evaluationId)
                .query(rs -> {
                    sheets.computeIfAbsent(rs.getString("person_id"), k -> new LinkedHashMap<>())
                            .put(rs.getString("criterion_code"), rs.getBigDecimal("score"));
                });
        return sheets.entrySet().stream().map(e -> new ScoreSheet(e.getKey(), e.getValue())).toList();
    }

    void replaceSheet(UUID evaluationId, ScoreSheet sheet, String enteredBy, Instant at) {
        jdbc.sql("DELETE FROM score WHERE evaluation_id = :evaluation AND person_id = :person")
                .param("evaluation", evaluationId).param("person", sheet.talentId()).update();
        sheet.scores().forEach((criterion, score) -> jdbc.sql("""
                        INSERT INTO score (evaluation_id, person_id, criterion_code, score, entered_by, entered_at)
                        VALUES (:evaluation, :person, :criterion, :score, :by, :at)
                        """)
                .param("evaluation", evaluationId).param("person", sheet.talentId()).param("criterion", criterion)
                .param("score", score).param("by", enteredBy).param("at", Timestamp.from(at))
                .update());
    }

    /** Records the decision unless someone decided first; false then. */
    boolean decide(UUID evaluationId, PanelScoring.Result result, String resultJson, Instant at) {
        return jdbc.sql("""
                UPDATE evaluation SET status = 'DECIDED', decided_at = :at, total = :total, passed = :passed,
                    result = CAST(:result AS jsonb)
                WHERE id = :id AND status = 'OPEN'
                """)
                .param("at", Timestamp.from(at)).param("total", result.total()).param("passed", result.passed())
                .param("result", resultJson).param("id", evaluationId)
                .update() == 1;
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((UUID[]) array.getArray());
    }

    private static Evaluation map(ResultSet rs, int row) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new Evaluation(rs.getObject("id", UUID.class), EvaluationKind.valueOf(rs.getString("kind")),
                rs.getObject("case_id", UUID.class), rs.getObject("subject_organization_id", UUID.class),
                rs.getString("subject_name"), Jurisdiction.of(rs.getString("jurisdiction_code")),
                rs.getObject("rubric_id", UUID.class), Evaluation.Status.valueOf(rs.getString("status")),
                rs.getTimestamp("opened_at").toInstant(), decided == null ? null : decided.toInstant(),
                rs.getBigDecimal("total"), (Boolean) rs.getObject("passed"));
    }
}
