package cn.incubator.registry.handover;

import cn.incubator.platform.handover.HandoverTable;
import cn.incubator.platform.handover.HandoverTables;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What a handover moves of the registry's tables, in dependency order (docs/decisions.md, "Handover"). Not moved:
 * the guidance checklists (reference data every node migrates), the node directory (central), the outbox
 * ({@code outbound_event}: its events are delivered from the parent's feed, which keeps them until retention prunes
 * them) and the inbox state ({@code processed_event}, {@code event_cursor}, {@code parked_event}: each node's own
 * consumption), and {@code organization_gram} (derived by triggers from {@code organization} on each node).
 */
@Configuration(proxyBeanMethods = false)
public class RegistryHandoverTables {

    private static final String ORGANIZATIONS = "(SELECT o.id FROM organization o WHERE o.jurisdiction_code LIKE :prefix)";
    private static final String ACTIVITIES = "(SELECT w.id FROM weekly_activity w "
            + "WHERE w.organization_jurisdiction_code LIKE :prefix)";
    private static final String NEEDS = "(SELECT n.id FROM need n WHERE n.organization_jurisdiction_code LIKE :prefix)";

    public static final HandoverTables TABLES = HandoverTables.of(
            HandoverTable.byId("organization", "t.jurisdiction_code LIKE :prefix"),
            HandoverTable.byId("board_renewal", "t.organization_id IN " + ORGANIZATIONS),
            HandoverTable.byId("annual_inspection", "t.organization_id IN " + ORGANIZATIONS),
            HandoverTable.byId("abnormal_listing", "t.organization_id IN " + ORGANIZATIONS),
            new HandoverTable("registration_progress", List.of("organization_id", "step_number"),
                    List.of("uuid", "int"), List.of("organization_id", "step_number"),
                    "t.organization_id IN " + ORGANIZATIONS, "t.organization_id IN " + ORGANIZATIONS),
            HandoverTable.byId("consultation", "t.jurisdiction_code LIKE :prefix"),
            HandoverTable.byId("talent", "t.jurisdiction_code LIKE :prefix"),
            HandoverTable.byId("weekly_activity", "t.organization_jurisdiction_code LIKE :prefix"),
            // A clash between an activity of the subtree and one outside it cannot follow either activity (it refers
            // to both): it is dropped with the parent's copy and detected again on the next report (a known limit).
            HandoverTable.byId("activity_clash", "t.activity_id IN " + ACTIVITIES + " AND t.other_activity_id IN "
                    + ACTIVITIES).retiring("t.activity_id IN " + ACTIVITIES + " OR t.other_activity_id IN "
                            + ACTIVITIES),
            HandoverTable.byId("activity_check", "t.activity_id IN " + ACTIVITIES),
            HandoverTable.byId("need", "t.organization_jurisdiction_code LIKE :prefix"),
            // Offers covering the subtree move; an offer covering more that a moved linkage used is copied too (the
            // linkage refers to it) and stays on the parent, which still serves the rest of its coverage.
            HandoverTable.byId("resource_offer", "t.coverage_code LIKE :prefix OR t.id IN (SELECT l.offer_id FROM "
                    + "resource_linkage l WHERE l.need_id IN " + NEEDS + ")")
                    .retiring("t.coverage_code LIKE :prefix AND NOT EXISTS (SELECT 1 FROM resource_linkage l "
                            + "WHERE l.offer_id = t.id AND l.need_id NOT IN " + NEEDS + ")"),
            HandoverTable.byId("resource_linkage", "t.need_id IN " + NEEDS),
            // Residents are a statistic's denominator on both nodes: copied, kept by the parent.
            new HandoverTable("jurisdiction_population", List.of("jurisdiction_code"), List.of("text"),
                    List.of("jurisdiction_code"), "t.jurisdiction_code LIKE :prefix", null),
            HandoverTable.byId("notification", "t.jurisdiction_code LIKE :prefix"),
            new HandoverTable("notification_read", List.of("username", "notification_id"), List.of("text", "uuid"),
                    List.of("username", "notification_id"),
                    "t.notification_id IN (SELECT x.id FROM notification x WHERE x.jurisdiction_code LIKE :prefix)",
                    "t.notification_id IN (SELECT x.id FROM notification x WHERE x.jurisdiction_code LIKE :prefix)"),
            // Timelines move whole, in their order (seq), so that each hash chain verifies on the new node; the
            // directory's own timeline (tier-node) stays with the directory.
            new HandoverTable("audit_entry", List.of("seq"), List.of("bigint"), List.of("id"),
                    "(t.subject_type, t.subject_id) IN (SELECT a.subject_type, a.subject_id FROM audit_entry a "
                            + "WHERE a.jurisdiction_code LIKE :prefix AND a.subject_type <> 'tier-node')",
                    "(t.subject_type, t.subject_id) IN (SELECT a.subject_type, a.subject_id FROM audit_entry a "
                            + "WHERE a.jurisdiction_code LIKE :prefix AND a.subject_type <> 'tier-node')"));

    /** Opts the registry into the platform's handover (its API, job and export). */
    @Bean
    HandoverTables handoverTables() {
        return TABLES;
    }
}
