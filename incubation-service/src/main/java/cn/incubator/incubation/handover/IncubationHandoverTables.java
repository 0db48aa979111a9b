package cn.incubator.incubation.handover;

import cn.incubator.platform.handover.HandoverTable;
import cn.incubator.platform.handover.HandoverTables;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What a handover moves of incubation's tables, in dependency order (docs/decisions.md, "Handover"): the subtree's
 * incubation cases (孵化案例) with everything keyed to them (workstation allocations, evaluations with their panels and
 * score sheets, services, supervision participation and findings, attached templates, reminders), its street hubs and
 * their timelines move. A subtree's write is scoped by the case's (or hub's, base's, session's) place, so once the
 * parent refuses the subtree's writes, whatever is scoped there must be on the new node.
 *
 * <p>Copied and kept: a base outside the subtree (or inside it but used by a case or a supervision session outside it)
 * that a moved case or session is incubated at, with its zones and workstations; the rubrics (评估细则) of moved
 * evaluations and the templates attached to moved cases (reference data both nodes need). A supervision session moves
 * when it is the subtree's and none of its participants or findings is outside it; one that mixes both is copied and
 * kept, only the moved cases' participation and findings move with them. Timelines move whole, paged by {@code seq}
 * (a base's stays copied on the parent when the base does).
 *
 * <p>Not moved: the outbox ({@code outbound_event}) and Spring Modulith's publication registry stay: consumers read
 * the parent's feed by position, so events still there for the subtree (an admission, a graduation) are delivered from
 * it until retention prunes them; a copy would be a second feed nobody reads and could deliver an event twice under a
 * new position. The inbox state ({@code processed_event}, {@code event_cursor}, {@code parked_event}) is each node's
 * own consumption and stays too.
 */
@Configuration(proxyBeanMethods = false)
public class IncubationHandoverTables {

    static final String CASES = "(SELECT c.id FROM incubation_case c WHERE c.jurisdiction_code LIKE :prefix)";
    static final String EVALUATIONS = "(SELECT e.id FROM evaluation e WHERE e.jurisdiction_code LIKE :prefix "
            + "OR e.case_id IN " + CASES + ")";
    /** Sessions of the subtree, or attended by (or with findings about) a case of the subtree. */
    static final String SESSIONS_COPIED = "(SELECT s.id FROM supervision_session s WHERE s.jurisdiction_code LIKE "
            + ":prefix OR s.id IN (SELECT p.session_id FROM supervision_participant p WHERE p.case_id IN " + CASES
            + ") OR s.id IN (SELECT f.session_id FROM supervision_finding f WHERE f.case_id IN " + CASES + "))";
    /** Sessions of the subtree that no case outside it attends or has findings in. */
    static final String SESSIONS_RETIRED = "(SELECT s.id FROM supervision_session s WHERE s.jurisdiction_code LIKE "
            + ":prefix AND NOT EXISTS (SELECT 1 FROM supervision_participant p JOIN incubation_case c ON c.id = "
            + "p.case_id WHERE p.session_id = s.id AND c.jurisdiction_code NOT LIKE :prefix) AND NOT EXISTS (SELECT 1 "
            + "FROM supervision_finding f JOIN incubation_case c ON c.id = f.case_id WHERE f.session_id = s.id AND "
            + "c.jurisdiction_code NOT LIKE :prefix))";
    static final String BASES_COPIED = "(SELECT b.id FROM base b WHERE b.jurisdiction_code LIKE :prefix OR b.id IN "
            + "(SELECT c.base_id FROM incubation_case c WHERE c.jurisdiction_code LIKE :prefix) OR b.id IN (SELECT "
            + "s.base_id FROM supervision_session s WHERE s.id IN " + SESSIONS_COPIED + "))";
    /** Bases of the subtree that no case or kept supervision session outside it uses. */
    static final String BASES_RETIRED = "(SELECT b.id FROM base b WHERE b.jurisdiction_code LIKE :prefix AND NOT "
            + "EXISTS (SELECT 1 FROM incubation_case c WHERE c.base_id = b.id AND c.jurisdiction_code NOT LIKE :prefix)"
            + " AND NOT EXISTS (SELECT 1 FROM supervision_session s WHERE s.base_id = b.id AND s.id NOT IN "
            + SESSIONS_RETIRED + "))";

    public static final HandoverTables TABLES = HandoverTables.of(
            HandoverTable.byId("base", "t.id IN " + BASES_COPIED).retiring("t.id IN " + BASES_RETIRED),
            HandoverTable.byId("zone", "t.base_id IN " + BASES_COPIED).retiring("t.base_id IN " + BASES_RETIRED),
            HandoverTable.byId("workstation", "t.zone_id IN (SELECT z.id FROM zone z WHERE z.base_id IN "
                    + BASES_COPIED + ")").retiring("t.zone_id IN (SELECT z.id FROM zone z WHERE z.base_id IN "
                            + BASES_RETIRED + ")"),
            HandoverTable.byId("rubric", "t.id IN (SELECT e.rubric_id FROM evaluation e WHERE e.id IN "
                    + EVALUATIONS + ")").keptByParent(),
            new HandoverTable("rubric_criterion", List.of("rubric_id", "code"), List.of("uuid", "text"),
                    List.of("rubric_id", "code"), "t.rubric_id IN (SELECT e.rubric_id FROM evaluation e WHERE e.id IN "
                            + EVALUATIONS + ")", null),
            HandoverTable.byId("template", "t.id IN (SELECT ct.template_id FROM case_template ct WHERE ct.case_id IN "
                    + CASES + ")").keptByParent(),
            HandoverTable.byId("incubation_case", "t.jurisdiction_code LIKE :prefix"),
            HandoverTable.byId("workstation_allocation", "t.case_id IN " + CASES),
            HandoverTable.byId("evaluation", "t.id IN " + EVALUATIONS),
            new HandoverTable("panel_member", List.of("evaluation_id", "person_id"), List.of("uuid", "text"),
                    List.of("evaluation_id", "person_id"), "t.evaluation_id IN " + EVALUATIONS,
                    "t.evaluation_id IN " + EVALUATIONS),
            new HandoverTable("score", List.of("evaluation_id", "person_id", "criterion_code"),
                    List.of("uuid", "text", "text"), List.of("evaluation_id", "person_id", "criterion_code"),
                    "t.evaluation_id IN " + EVALUATIONS, "t.evaluation_id IN " + EVALUATIONS),
            HandoverTable.byId("case_activity", "t.case_id IN " + CASES),
            HandoverTable.byId("supervision_session", "t.id IN " + SESSIONS_COPIED)
                    .retiring("t.id IN " + SESSIONS_RETIRED),
            new HandoverTable("supervision_participant", List.of("session_id", "case_id"), List.of("uuid", "uuid"),
                    List.of("session_id", "case_id"), "t.case_id IN " + CASES, "t.case_id IN " + CASES),
            HandoverTable.byId("supervision_finding", "t.case_id IN " + CASES + " OR (t.case_id IS NULL AND "
                    + "t.session_id IN " + SESSIONS_RETIRED + ")"),
            new HandoverTable("case_template", List.of("case_id", "template_id"), List.of("uuid", "uuid"),
                    List.of("case_id", "template_id"), "t.case_id IN " + CASES, "t.case_id IN " + CASES),
            HandoverTable.byId("street_hub", "t.street_code LIKE :prefix"),
            HandoverTable.byId("notification", "t.case_id IN " + CASES),
            HandoverTable.timelines(Map.of("incubation-base",
                    "SELECT b.id FROM base b WHERE b.id NOT IN " + BASES_RETIRED)));

    /** Opts incubation into the platform's handover (its API, job and export). */
    @Bean
    HandoverTables handoverTables() {
        return TABLES;
    }
}
