package cn.incubator.grants.round;

import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.scope.ScopeFilter;
import cn.incubator.platform.sql.Query;
import cn.incubator.platform.sql.Where;
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

/** Proposals and their budget lines; every read takes the filter {@link ProposalAccess} made for the caller. */
@Repository
class ProposalRepository {

    private final JdbcClient jdbc;

    ProposalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Proposal p) {
        jdbc.sql("""
                INSERT INTO proposal (id, round_id, organization_id, organization_name, jurisdiction_code, title, summary,
                    priority_area, plan_code, requested_amount, expected_activities, expected_person_times,
                    expected_volunteers, status, created_by, created_at)
                VALUES (:id, :round, :org, :orgName, :jurisdiction, :title, :summary, :area, :plan, :requested,
                    :activities, :personTimes, :volunteers, :status, :by, :at)
                """)
                .params(content(p))
                .param("round", p.roundId())
                .param("org", p.organizationId())
                .param("orgName", p.organizationName())
                .param("jurisdiction", p.jurisdictionCode())
                .param("status", p.status().name())
                .param("by", p.createdBy())
                .param("at", Timestamp.from(p.createdAt()))
                .update();
        insertLines(p);
    }

    void updateContent(Proposal p) {
        jdbc.sql("""
                UPDATE proposal SET title = :title, summary = :summary, priority_area = :area, plan_code = :plan,
                    requested_amount = :requested, expected_activities = :activities,
                    expected_person_times = :personTimes, expected_volunteers = :volunteers
                WHERE id = :id
                """)
                .params(content(p))
                .update();
        jdbc.sql("DELETE FROM proposal_budget_line WHERE proposal_id = :id").param("id", p.id()).update();
        insertLines(p);
    }

    void updateSubmission(Proposal p) {
        jdbc.sql("""
                UPDATE proposal SET status = :status, submitted_at = :at, legal_form = :form, maturity = :maturity,
                    on_abnormal_list = :abnormal, registry_reasons = :reasons, organization_name = :orgName,
                    jurisdiction_code = :jurisdiction
                WHERE id = :id
                """)
                .param("id", p.id())
                .param("status", p.status().name())
                .param("at", Timestamp.from(p.submittedAt()))
                .param("form", p.applicant().legalForm())
                .param("maturity", p.applicant().maturity())
                .param("abnormal", p.applicant().onAbnormalList())
                .param("reasons", registryReasons(p.applicant()))
                .param("orgName", p.organizationName())
                .param("jurisdiction", p.jurisdictionCode())
                .update();
    }

    void updateScreening(Proposal p) {
        jdbc.sql("""
                UPDATE proposal SET status = :status, screening_reasons = :reasons, screening_comment = :comment,
                    screened_by = :by, screened_at = :at
                WHERE id = :id
                """)
                .param("id", p.id())
                .param("status", p.status().name())
                .param("reasons", p.screeningReasons().toArray(String[]::new))
                .param("comment", p.screeningComment())
                .param("by", p.screenedBy())
                .param("at", Timestamp.from(p.screenedAt()))
                .update();
    }

    boolean exists(UUID roundId, UUID organizationId) {
        return jdbc.sql("SELECT count(*) FROM proposal WHERE round_id = :round AND organization_id = :org")
                .param("round", roundId).param("org", organizationId).query(Long.class).single() > 0;
    }

    long count(UUID roundId, ProposalStatus status) {
        return jdbc.sql("SELECT count(*) FROM proposal WHERE round_id = :round AND status = :status")
                .param("round", roundId).param("status", status.name()).query(Long.class).single();
    }

    Optional<Proposal> find(UUID id, ScopeFilter filter) {
        return Query.of("SELECT p.* FROM proposal p")
                .where(Where.of(filter).and("p.id = :id", "id", id))
                .on(jdbc)
                .query(this::map)
                .optional();
    }

    /** Locks the proposal's row for a change; the caller has already checked it is in scope. */
    void lock(UUID id) {
        jdbc.sql("SELECT id FROM proposal WHERE id = :id FOR UPDATE").param("id", id).query(UUID.class).single();
    }

    /** Every draft of a round, whoever may see it (the round's own rules ask, e.g. to tell applicants of a close). */
    List<Proposal> drafts(UUID roundId) {
        return jdbc.sql("SELECT p.* FROM proposal p WHERE p.round_id = :round AND p.status = 'DRAFT' ORDER BY p.created_at")
                .param("round", roundId).query(this::map).list();
    }

    Page<Proposal> search(UUID roundId, ProposalStatus status, ScopeFilter filter, PageRequest page) {
        return Query.of("SELECT p.* FROM proposal p")
                .where(Where.of(filter)
                        .andIfPresent("p.round_id = :round", "round", roundId)
                        .andIfPresent("p.status = :status", "status", status))
                .orderBy("p.submitted_at NULLS LAST, p.created_at, p.id")
                .page(page, jdbc, this::map);
    }

    /**
     * Every proposal of the round in that status that the filter lets through, with what ranking needs, in one query:
     * no page limit (a round is ranked whole), and the request summed from the budget lines in the same query, as
     * {@link Proposal#requested()} does.
     */
    List<Proposal.Ranked> forRanking(UUID roundId, ProposalStatus status, ScopeFilter filter) {
        return Query.of("""
                        SELECT p.id, p.organization_id, p.jurisdiction_code, p.plan_code, p.submitted_at,
                               COALESCE(SUM(l.amount), 0) AS requested
                        FROM proposal p LEFT JOIN proposal_budget_line l ON l.proposal_id = p.id""")
                .where(Where.of(filter)
                        .and("p.round_id = :round", "round", roundId)
                        .and("p.status = :status", "status", status.name()))
                .groupBy("p.id")
                .on(jdbc)
                .query((rs, n) -> new Proposal.Ranked(rs.getObject("id", UUID.class),
                        rs.getObject("organization_id", UUID.class), rs.getString("jurisdiction_code"),
                        rs.getString("plan_code"), rs.getBigDecimal("requested").setScale(2),
                        rs.getTimestamp("submitted_at").toInstant()))
                .list();
    }

    /** Proposals in rounds under expert review that the filter lets through (an expert's assignments). */
    Page<Proposal> inExpertReview(ScopeFilter filter, PageRequest page) {
        return Query.of("SELECT p.* FROM proposal p JOIN grant_round r ON r.id = p.round_id")
                .where(Where.of(filter).and("r.status = 'EXPERT_REVIEW'"))
                .orderBy("r.closes_on, p.submitted_at, p.id")
                .page(page, jdbc, this::map);
    }

    private void insertLines(Proposal p) {
        for (int i = 0; i < p.budget().size(); i++) {
            Proposal.BudgetLine line = p.budget().get(i);
            jdbc.sql("""
                    INSERT INTO proposal_budget_line (proposal_id, line_no, category, description, amount)
                    VALUES (:proposal, :no, :category, :description, :amount)
                    """)
                    .param("proposal", p.id()).param("no", i + 1).param("category", line.category().name())
                    .param("description", line.description()).param("amount", line.amount())
                    .update();
        }
    }

    private static Map<String, Object> content(Proposal p) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", p.id());
        params.put("title", p.title());
        params.put("summary", p.summary());
        params.put("area", p.priorityArea());
        params.put("plan", p.planCode());
        params.put("requested", p.requested());
        params.put("activities", p.expectedOutcomes().activities());
        params.put("personTimes", p.expectedOutcomes().personTimes());
        params.put("volunteers", p.expectedOutcomes().volunteers());
        return params;
    }

    private static String[] registryReasons(EligibilityRules.Applicant applicant) {
        List<String> reasons = new java.util.ArrayList<>(applicant.registryReasons());
        if (!applicant.registryEligible() && reasons.isEmpty()) {
            reasons.add("REGISTRY_NOT_ELIGIBLE");
        }
        return reasons.toArray(String[]::new);
    }

    private Proposal map(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        List<Proposal.BudgetLine> lines = jdbc.sql(
                        "SELECT * FROM proposal_budget_line WHERE proposal_id = :id ORDER BY line_no")
                .param("id", id)
                .query((r, i) -> new Proposal.BudgetLine(BudgetCategory.valueOf(r.getString("category")),
                        r.getString("description"), r.getBigDecimal("amount")))
                .list();
        List<String> registryReasons = RoundRepository.strings(rs.getArray("registry_reasons"));
        Timestamp submitted = rs.getTimestamp("submitted_at");
        EligibilityRules.Applicant applicant = submitted == null ? null : new EligibilityRules.Applicant(
                rs.getString("legal_form"), rs.getString("maturity"), rs.getString("jurisdiction_code"),
                rs.getBoolean("on_abnormal_list"), registryReasons.isEmpty(), registryReasons);
        return new Proposal(id, rs.getObject("round_id", UUID.class), rs.getObject("organization_id", UUID.class),
                rs.getString("organization_name"), rs.getString("jurisdiction_code"), rs.getString("title"),
                rs.getString("summary"), rs.getString("priority_area"), rs.getString("plan_code"), lines,
                new Proposal.Outcomes((Integer) rs.getObject("expected_activities"),
                        (Integer) rs.getObject("expected_person_times"), (Integer) rs.getObject("expected_volunteers")),
                ProposalStatus.valueOf(rs.getString("status")), applicant,
                submitted == null ? null : submitted.toInstant(),
                RoundRepository.strings(rs.getArray("screening_reasons")), rs.getString("screening_comment"),
                rs.getString("screened_by"), RoundRepository.instant(rs, "screened_at"), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }
}
