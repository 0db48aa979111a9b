package cn.incubator.grants.handover;

import cn.incubator.platform.handover.HandoverTable;
import cn.incubator.platform.handover.HandoverTables;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What a handover moves of the grant service's tables, in dependency order (docs/decisions.md, "Handover"). A write is
 * scoped by its record's place, and once the parent refuses the subtree's writes, whatever is scoped there must be on
 * the new node:
 * <ul>
 * <li>awards (资助协议) of the subtree's organizations, with their tranches, payments, reports, visits, evaluation,
 * activities and report reminders;</li>
 * <li>rounds (征集轮次) held by the subtree, with their criteria, proposals, budget lines, panels, declarations, scores,
 * allocations and objections; a proposal goes with its round, so a subtree organization's proposal to a county round
 * stays with the county, which reviews and allocates it;</li>
 * <li>programmes (资助项目) of the subtree with their fundings and plans; a programme above the subtree (or used beyond
 * it) that a moved round or award belongs to is copied and kept;</li>
 * <li>custody agreements (资金代管) and community projects (公益市集) of the subtree with their entries, offers and
 * steps;</li>
 * <li>timelines, whole, paged by {@code seq} (those of kept programmes, rounds and proposals stay on the parent too).</li>
 * </ul>
 *
 * <p>Not moved: partners and their webhooks (central accounts, not the subtree's), the outbox and the publication
 * registry (events of the subtree still there are delivered from the parent's feed, by position, until retention
 * prunes them) and the inbox state (each node's own). Limit: a kept programme's commitment on the parent no longer
 * counts the moved awards (the pool's balance is the sum over both nodes, as the roll-ups show it).
 */
@Configuration(proxyBeanMethods = false)
public class GrantHandoverTables {

    static final String ROUNDS = "(SELECT r.id FROM grant_round r WHERE r.jurisdiction_code LIKE :prefix)";
    static final String PROPOSALS = "(SELECT p.id FROM proposal p WHERE p.round_id IN " + ROUNDS + ")";
    static final String AWARDS = "(SELECT a.id FROM award a WHERE a.jurisdiction_code LIKE :prefix)";
    static final String PROGRAMMES_COPIED = "(SELECT g.id FROM programme g WHERE g.jurisdiction_code LIKE :prefix "
            + "OR g.id IN (SELECT r.programme_id FROM grant_round r WHERE r.jurisdiction_code LIKE :prefix) OR g.id IN "
            + "(SELECT a.programme_id FROM award a WHERE a.jurisdiction_code LIKE :prefix) OR g.id IN (SELECT "
            + "y.programme_id FROM payment y WHERE y.award_id IN " + AWARDS + "))";
    /** The subtree's programmes that no round, award or payment outside it uses. */
    static final String PROGRAMMES_RETIRED = "(SELECT g.id FROM programme g WHERE g.jurisdiction_code LIKE :prefix AND "
            + "NOT EXISTS (SELECT 1 FROM grant_round r WHERE r.programme_id = g.id AND r.jurisdiction_code NOT LIKE "
            + ":prefix) AND NOT EXISTS (SELECT 1 FROM award a WHERE a.programme_id = g.id AND a.jurisdiction_code NOT "
            + "LIKE :prefix) AND NOT EXISTS (SELECT 1 FROM payment y JOIN award a ON a.id = y.award_id WHERE "
            + "y.programme_id = g.id AND a.jurisdiction_code NOT LIKE :prefix))";
    static final String CUSTODY = "(SELECT c.id FROM custody_agreement c WHERE c.jurisdiction_code LIKE :prefix)";
    static final String PROJECTS = "(SELECT m.id FROM community_project m WHERE m.jurisdiction_code LIKE :prefix)";

    public static final HandoverTables TABLES = HandoverTables.of(
            HandoverTable.byId("programme", "t.id IN " + PROGRAMMES_COPIED)
                    .retiring("t.id IN " + PROGRAMMES_RETIRED),
            HandoverTable.byId("programme_funding", "t.programme_id IN " + PROGRAMMES_COPIED)
                    .retiring("t.programme_id IN " + PROGRAMMES_RETIRED),
            new HandoverTable("programme_plan", List.of("programme_id", "code"), List.of("uuid", "text"),
                    List.of("programme_id", "code"), "t.programme_id IN " + PROGRAMMES_COPIED,
                    "t.programme_id IN " + PROGRAMMES_RETIRED),
            HandoverTable.byId("grant_round", "t.jurisdiction_code LIKE :prefix"),
            byKey("round_criterion", List.of("round_id", "code"), List.of("uuid", "text"), "t.round_id IN " + ROUNDS),
            HandoverTable.byId("proposal", "t.round_id IN " + ROUNDS),
            byKey("proposal_budget_line", List.of("proposal_id", "line_no"), List.of("uuid", "int"),
                    "t.proposal_id IN " + PROPOSALS),
            byKey("panel_member", List.of("round_id", "talent_id"), List.of("uuid", "text"),
                    "t.round_id IN " + ROUNDS),
            byKey("conflict_declaration", List.of("proposal_id", "talent_id"), List.of("uuid", "text"),
                    "t.proposal_id IN " + PROPOSALS),
            byKey("expert_score", List.of("proposal_id", "talent_id", "criterion_code"),
                    List.of("uuid", "text", "text"), "t.proposal_id IN " + PROPOSALS),
            byKey("round_allocation", List.of("round_id", "proposal_id"), List.of("uuid", "uuid"),
                    "t.round_id IN " + ROUNDS),
            HandoverTable.byId("notice_objection", "t.round_id IN " + ROUNDS),
            HandoverTable.byId("award", "t.jurisdiction_code LIKE :prefix"),
            HandoverTable.byId("tranche", "t.award_id IN " + AWARDS),
            HandoverTable.byId("award_report", "t.award_id IN " + AWARDS),
            HandoverTable.byId("payment", "t.award_id IN " + AWARDS),
            HandoverTable.byId("award_visit", "t.award_id IN " + AWARDS),
            byKey("award_evaluation", List.of("award_id"), List.of("uuid"), "t.award_id IN " + AWARDS),
            HandoverTable.byId("award_activity", "t.award_id IN " + AWARDS),
            byKey("report_reminder", List.of("award_id", "kind", "due_on"), List.of("uuid", "text", "date"),
                    "t.award_id IN " + AWARDS),
            HandoverTable.byId("custody_agreement", "t.jurisdiction_code LIKE :prefix"),
            HandoverTable.byId("custody_entry", "t.agreement_id IN " + CUSTODY),
            HandoverTable.byId("community_project", "t.jurisdiction_code LIKE :prefix"),
            HandoverTable.byId("project_offer", "t.project_id IN " + PROJECTS),
            HandoverTable.byId("delivery_step", "t.project_id IN " + PROJECTS),
            HandoverTable.timelines(Map.of(
                    "programme", "SELECT g.id FROM programme g WHERE g.id NOT IN " + PROGRAMMES_RETIRED,
                    "grant-round", "SELECT r.id FROM grant_round r WHERE r.id NOT IN " + ROUNDS,
                    "proposal", "SELECT p.id FROM proposal p WHERE p.id NOT IN " + PROPOSALS)));

    /** A table keyed by its primary key's columns, moved (copied and retired) where {@code subtree} holds. */
    private static HandoverTable byKey(String name, List<String> key, List<String> types, String subtree) {
        return new HandoverTable(name, key, types, key, subtree, subtree);
    }

    /** Opts the grant service into the platform's handover (its API, job and export). */
    @Bean
    HandoverTables handoverTables() {
        return TABLES;
    }
}
