package cn.incubator.partybuilding.handover;

import cn.incubator.platform.handover.HandoverTable;
import cn.incubator.platform.handover.HandoverTables;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What a handover moves of party-building's tables, in dependency order (docs/decisions.md, "Handover"): the subtree's
 * party cases (党组织孵化) with their instructors, members, formation proposals, model selections and star ratings, the
 * subtree's party units (党组织架构) with their joint meetings, and their timelines. A write is scoped by the case's or
 * unit's place, so once the parent refuses the subtree's writes, whatever is scoped there must be on the new node.
 *
 * <p>Copied and kept: the units above the subtree that a moved case's branch hangs from (the joint branch of a county
 * committee, and its ancestors, since a unit refers to its parent), and a unit of the subtree that a case or unit
 * outside it still uses; the rating checklists (评定标准) the moved ratings were scored against (reference data; a
 * joining node has only the migrated one, which the parent's copy overwrites by id). Timelines move whole, paged by
 * {@code seq}; a kept unit's stays on the parent as well.
 *
 * <p>Not moved, as for the registry: the outbox and the publication registry (events of the subtree still there are
 * delivered from the parent's feed, by position, until retention prunes them) and the inbox state (each node's own).
 * Limits: a subtree's units are copied in key order, so a unit and its parent unit must arrive in the same page (500
 * units of one subtree); a kept unit of the subtree can no longer be written (its place is refused by the parent).
 */
@Configuration(proxyBeanMethods = false)
public class PartyBuildingHandoverTables {

    static final String CASES = "(SELECT c.id FROM party_case c WHERE c.jurisdiction_code LIKE :prefix)";
    /** The subtree's units, the branches its cases belong to, and every ancestor of both. */
    static final String UNITS_COPIED = "(WITH RECURSIVE up (id, parent_id) AS (SELECT u.id, u.parent_id FROM "
            + "party_unit u WHERE u.jurisdiction_code LIKE :prefix OR u.id IN (SELECT c.joint_branch_id FROM "
            + "party_case c WHERE c.jurisdiction_code LIKE :prefix) OR u.id IN (SELECT c.own_branch_id FROM party_case "
            + "c WHERE c.jurisdiction_code LIKE :prefix) UNION SELECT p.id, p.parent_id FROM party_unit p JOIN up ON "
            + "p.id = up.parent_id) SELECT up.id FROM up)";
    /** The subtree's units that no case or unit outside it refers to. */
    static final String UNITS_RETIRED = "(SELECT u.id FROM party_unit u WHERE u.jurisdiction_code LIKE :prefix AND NOT "
            + "EXISTS (SELECT 1 FROM party_case c WHERE (c.joint_branch_id = u.id OR c.own_branch_id = u.id) AND "
            + "c.jurisdiction_code NOT LIKE :prefix) AND NOT EXISTS (SELECT 1 FROM party_unit ch WHERE ch.parent_id = "
            + "u.id AND ch.jurisdiction_code NOT LIKE :prefix))";
    static final String CHECKLISTS = "(SELECT r.checklist_id FROM star_rating r WHERE r.case_id IN " + CASES + ")";

    public static final HandoverTables TABLES = HandoverTables.of(
            HandoverTable.byId("party_unit", "t.id IN " + UNITS_COPIED).retiring("t.id IN " + UNITS_RETIRED),
            HandoverTable.byId("party_case", "t.jurisdiction_code LIKE :prefix"),
            HandoverTable.byId("instructor_assignment", "t.case_id IN " + CASES),
            HandoverTable.byId("party_member", "t.case_id IN " + CASES),
            HandoverTable.byId("formation_proposal", "t.case_id IN " + CASES),
            HandoverTable.byId("joint_meeting", "t.unit_id IN " + UNITS_RETIRED),
            HandoverTable.byId("model_selection", "t.case_id IN " + CASES),
            new HandoverTable("rating_checklist", List.of("id"), List.of("bigint"), List.of("id"),
                    "t.id IN " + CHECKLISTS, null),
            new HandoverTable("checklist_item", List.of("checklist_id", "code"), List.of("bigint", "text"),
                    List.of("checklist_id", "code"), "t.checklist_id IN " + CHECKLISTS, null),
            HandoverTable.byId("star_rating", "t.case_id IN " + CASES),
            HandoverTable.timelines(Map.of("party-unit",
                    "SELECT u.id FROM party_unit u WHERE u.id NOT IN " + UNITS_RETIRED)));

    /** Opts party-building into the platform's handover (its API, job and export). */
    @Bean
    HandoverTables handoverTables() {
        return TABLES;
    }
}
