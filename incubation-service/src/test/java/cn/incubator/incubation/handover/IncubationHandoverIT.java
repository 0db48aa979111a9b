package cn.incubator.incubation.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.incubation.support.FakeRegistry;
import cn.incubator.platform.audit.AuditChains;
import cn.incubator.platform.audit.AuditTrail;
import cn.incubator.platform.handover.HandoverExport;
import cn.incubator.platform.handover.HandoverJob;
import cn.incubator.platform.handover.HandoverSource;
import cn.incubator.platform.handover.HandoverStep;
import cn.incubator.platform.handover.HandoverTable;
import cn.incubator.platform.handover.LocalHandoverSource;
import cn.incubator.platform.handover.SubtreeFencedException;
import cn.incubator.platform.handover.SubtreeTables;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.problem.ProblemException;
import cn.incubator.platform.scope.DataScopes;
import cn.incubator.platform.test.RealPostgres;
import cn.incubator.platform.test.service.Callers;
import cn.incubator.platform.test.service.HandoverRehearsal;
import io.micrometer.tracing.Tracer;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * 数据移交 of incubation's records between two real databases: this test's service is the parent (the central node,
 * with the demo data and 600 more Xingsha cases with evaluations, services, supervision, reminders and timelines),
 * a second database migrated the same way is the joining Xingsha node, which runs the registry and incubation. The job
 * is killed part way twice, resumed, and must end with every row of the subtree on the new node once (counts and
 * checksums equal, chains intact there), the parent's writes to the subtree refused (503 while fenced), the copies kept
 * until the directory lists the node active (the registry's switch still missing), then retired, and the rest of the
 * parent untouched: the county base the moved cases are incubated at stays, copied.
 */
@SpringBootTest(properties = {"spring.grpc.server.port=0",
        "spring.flyway.locations=classpath:db/migration,classpath:db/platform,classpath:db/demo"})
@Import(HandoverRehearsal.Directory.class)
class IncubationHandoverIT {

    private static final Jurisdiction XINGSHA = Jurisdiction.of("430121001000");
    private static final String XINGSHA_PLACE = "430121001002";
    private static final String NODE_DATABASE = "incubation_handover_node_it";
    private static final String COUNTY_BASE = "b0000000-0000-4000-8000-000000000002";
    private static final String ADMISSION_RUBRIC = "7a3e0000-0000-4000-8000-000000000001";
    private static final String TEMPLATE = "5e1a0000-0000-4000-8000-000000000003";
    private static final int SEEDED_CASES = 600;
    private static final FakeRegistry REGISTRY = new FakeRegistry();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "incubation_handover_parent_it");
        registry.add("spring.grpc.client.channels.registry.address", REGISTRY::grpcAddress);
        registry.add("incubator.services.registry", REGISTRY::httpUrl);
    }

    @Autowired
    JdbcClient parent;
    @Autowired
    AuditTrail audit;
    @Autowired
    HandoverExport export;
    @Autowired
    DataScopes scopes;
    @Autowired
    PlatformTransactionManager parentTransactions;
    @Autowired
    JsonMapper json;
    @Autowired
    ApplicationContext context;
    @Autowired
    HandoverRehearsal.FakeDirectory directory;

    static JdbcClient node;
    static TransactionTemplate nodeTransactions;

    @BeforeAll
    static void newNodeDatabase() {
        HandoverRehearsal.NodeDatabase database = HandoverRehearsal.NodeDatabase.create(NODE_DATABASE);
        node = database.jdbc();
        nodeTransactions = database.transactions();
    }

    @Test
    void killedTwiceAndRunAgainMovesTheSubtreesCasesOnceRetiringOnlyWhenTheNodeIsActive() {
        Seeded seeded = seed();
        directory.node("xingsha", "incubation", "registry");
        Map<String, SubtreeTables.Summary> before = summaries(IncubationHandoverTables.TABLES.tables());
        assertThat(before.get("incubation_case").count()).isEqualTo(SEEDED_CASES + 2);
        long outsideCases = count(parent, "incubation_case") - before.get("incubation_case").count();
        AuditChains.Report parentChains = AuditChains.verify(parent, "t.jurisdiction_code LIKE '430121001%'",
                Map.of());
        assertThat(parentChains.broken()).as("the demo's chains and the seeded ones verify on the parent").isEmpty();
        assertThat(parentChains.chains()).isGreaterThan(SEEDED_CASES + 2);

        HandoverJob job = new HandoverJob(node, nodeTransactions, IncubationHandoverTables.TABLES,
                Clock.systemUTC());
        UUID id = job.create(XINGSHA, "in-process", "admin");
        HandoverSource parentNode = new LocalHandoverSource(export, XINGSHA, "xingsha");

        // First run: killed at the second page of the cases (the first page and its checkpoint committed).
        HandoverSource dying = new HandoverRehearsal.Dying(parentNode, (table, afterKey) -> table.equals("incubation_case")
                && afterKey != null);
        assertThatThrownBy(() -> job.run(id, dying)).hasMessageContaining("killed");
        HandoverJob.Status killed = job.status(id);
        assertThat(killed.step()).isEqualTo(HandoverStep.COPY);
        assertThat(killed.fencedAt()).isNotNull();
        assertThat(count(node, "incubation_case")).isEqualTo(HandoverJob.PAGE);

        // Fenced: the parent answers 503 for the subtree; writes elsewhere go on.
        assertThatThrownBy(() -> write(XINGSHA_PLACE)).isInstanceOf(SubtreeFencedException.class);
        write("430121002001");

        // Second run: killed at the timelines' second page; then a page's checkpoint lost: copied again.
        AtomicInteger timelinePages = new AtomicInteger();
        HandoverSource dyingAgain = new HandoverRehearsal.Dying(parentNode, (table, afterKey) -> table.equals("audit_entry")
                && timelinePages.incrementAndGet() == 2);
        assertThatThrownBy(() -> job.run(id, dyingAgain)).hasMessageContaining("killed");
        node.sql("UPDATE handover_checkpoint SET after_key = NULL, copied = FALSE, rows_copied = 0 "
                + "WHERE job_id = :id AND table_name = 'evaluation'").param("id", id).update();

        // Third run: copied, verified, switched, but the node also waits for its registry's switch: nothing retired.
        assertThatThrownBy(() -> job.run(id, parentNode)).isInstanceOf(HandoverJob.WaitingForNode.class)
                .hasMessageContaining("registry");
        HandoverJob.Status waiting = job.status(id);
        assertThat(waiting.step()).isEqualTo(HandoverStep.RETIRE);
        assertThat(waiting.tables()).allSatisfy(table -> {
            assertThat(table.targetCount()).as(table.table()).isEqualTo(table.sourceCount());
            assertThat(table.targetChecksum()).as(table.table()).isEqualTo(table.sourceChecksum());
        });
        assertThat(directory.switched("xingsha")).containsExactly("incubation");
        assertThat(summaries(IncubationHandoverTables.TABLES.tables())).as("the parent keeps its copies")
                .isEqualTo(before);
        assertThatThrownBy(() -> write(XINGSHA_PLACE)).as("refused until the node is active")
                .isInstanceOf(ProblemException.class);

        // The registry switches too: the node is active, the job asked again retires the parent's copies.
        directory.switched("xingsha", "registry", XINGSHA);
        HandoverJob.Status done = job.run(id, parentNode);
        assertThat(done.step()).isEqualTo(HandoverStep.DONE);
        assertThat(done.unfencedAt()).isAfterOrEqualTo(done.fencedAt());
        assertThat(done.tables()).extracting(HandoverJob.TableStatus::table)
                .containsExactlyElementsOf(IncubationHandoverTables.TABLES.names());

        // What the parent held of the subtree before the job is exactly what the new node holds now.
        SubtreeTables nodeTables = new SubtreeTables(node, nodeTransactions);
        for (HandoverTable table : IncubationHandoverTables.TABLES.tables()) {
            assertThat(nodeTables.summary(table, XINGSHA)).as(table.name()).isEqualTo(before.get(table.name()));
        }
        assertThat(before.values()).as("every table holds some of the subtree")
                .allSatisfy(summary -> assertThat(summary.count()).isPositive());
        assertThat(count(node, "incubation_case")).isEqualTo(SEEDED_CASES + 2);
        assertThat(node.sql("SELECT count(*) - count(DISTINCT id) FROM audit_entry").query(Long.class).single())
                .isZero();

        // The timelines verify on the new node, and go on there.
        AuditChains.Report chains = AuditChains.verify(node, "t.jurisdiction_code LIKE '430121001%'", Map.of());
        assertThat(chains.chains()).isEqualTo(parentChains.chains());
        assertThat(chains.broken()).isEmpty();
        AuditTrail nodeAudit = new AuditTrail(node, json, Clock.systemUTC(), context.getBeanProvider(Tracer.class));
        nodeTransactions.executeWithoutResult(status -> nodeAudit.record("admin", "case.note", "incubation-case",
                seeded.firstCase(), XINGSHA_PLACE, null, Map.of("n", 4)));
        assertThat(nodeAudit.verify("incubation-case", seeded.firstCase()).intact()).isTrue();
        assertThat(nodeAudit.verify("incubation-case", seeded.firstCase()).entries()).isEqualTo(4);

        // The parent: the moved records retired, the county base (used beyond Xingsha) and its timeline kept, the
        // Xingsha base only Xingsha used retired with its timeline, the rest untouched.
        assertThat(parent.sql("SELECT count(*) FROM incubation_case WHERE jurisdiction_code LIKE '430121001%'")
                .query(Long.class).single()).isZero();
        assertThat(count(parent, "incubation_case")).isEqualTo(outsideCases);
        assertThat(parent.sql("SELECT count(*) FROM base WHERE id IN (:ids)")
                .param("ids", List.of(UUID.fromString(COUNTY_BASE), seeded.keptStreetBase())).query(Long.class)
                .single()).isEqualTo(2);
        assertThat(parent.sql("SELECT count(*) FROM base WHERE id = :id").param("id", seeded.movedStreetBase())
                .query(Long.class).single()).isZero();
        assertThat(audit.verify("incubation-base", seeded.keptStreetBase()).entries()).isEqualTo(1);
        assertThat(parent.sql("SELECT count(*) FROM audit_entry WHERE subject_id = :id")
                .param("id", seeded.movedStreetBase().toString()).query(Long.class).single()).isZero();
        assertThat(parent.sql("SELECT count(*) FROM supervision_session WHERE id = :id")
                .param("id", seeded.mixedSession()).query(Long.class).single()).as("a session a case outside attends")
                .isOne();
        assertThat(parent.sql("SELECT count(*) FROM supervision_participant WHERE session_id = :id")
                .param("id", seeded.mixedSession()).query(Long.class).single()).isOne();
        assertThat(parent.sql("SELECT count(*) FROM rubric").query(Long.class).single()).isPositive();
        assertThat(audit.verify("incubation-case", seeded.outsideCase()).intact()).isTrue();
        write("430121002001");

        // Running it again changes nothing.
        assertThat(job.run(id, parentNode).step()).isEqualTo(HandoverStep.DONE);
        assertThat(count(node, "incubation_case")).isEqualTo(SEEDED_CASES + 2);
    }

    private Map<String, SubtreeTables.Summary> summaries(List<HandoverTable> tables) {
        SubtreeTables parentTables = new SubtreeTables(parent, new TransactionTemplate(parentTransactions));
        Map<String, SubtreeTables.Summary> summaries = new LinkedHashMap<>();
        tables.forEach(table -> summaries.put(table.name(), parentTables.summary(table, XINGSHA)));
        return summaries;
    }

    /** A scoped write on the parent (a supervision session), in a transaction as the services make them. */
    private void write(String place) {
        new TransactionTemplate(parentTransactions).executeWithoutResult(status -> {
            scopes.of(Callers.ADMIN).requireWritable(Jurisdiction.of(place), null);
            session(UUID.randomUUID(), UUID.fromString(COUNTY_BASE), place);
        });
    }

    private static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    record Seeded(UUID firstCase, UUID outsideCase, UUID movedStreetBase, UUID keptStreetBase, UUID mixedSession) {
    }

    /**
     * Beside the demo data: two Xingsha bases (one also used by a case of Quantang, so kept), 600 Xingsha cases with
     * three-entry timelines, an admission evaluation with its panel and score sheet every tenth, services, templates,
     * reminders and workstation allocations; a supervision session of Xingsha's own and one of the county's that a
     * Xingsha case and a Quantang case attend; and a Quantang case.
     */
    private Seeded seed() {
        Instant now = Instant.parse("2026-11-30T08:00:00.123456Z");
        UUID moved = UUID.randomUUID();
        UUID kept = UUID.randomUUID();
        for (UUID base : List.of(moved, kept)) {
            parent.sql("""
                    INSERT INTO base (id, name, jurisdiction_code, operator_name, created_at)
                    VALUES (:id, :name, '430121001000', '星沙街道社区社会组织联合会', :at)
                    """).param("id", base).param("name", "星沙孵化站" + base).param("at", Timestamp.from(now)).update();
            UUID zone = UUID.randomUUID();
            parent.sql("INSERT INTO zone (id, base_id, kind, name) VALUES (:id, :base, 'INCUBATION', '孵化区')")
                    .param("id", zone).param("base", base).update();
            parent.sql("INSERT INTO workstation (id, zone_id, code) VALUES (:id, :zone, 'A-01')")
                    .param("id", UUID.randomUUID()).param("zone", zone).update();
            new TransactionTemplate(parentTransactions).executeWithoutResult(status -> audit.record(Callers.ADMIN,
                    "base.created", "incubation-base", base, "430121001000", null, Map.of("name", "星沙孵化站")));
        }
        UUID countyWorkstation = parent.sql("""
                SELECT w.id FROM workstation w JOIN zone z ON z.id = w.zone_id WHERE z.base_id = :base
                ORDER BY w.code LIMIT 1
                """).param("base", UUID.fromString(COUNTY_BASE)).query(UUID.class).single();
        UUID outside = insertCase(UUID.randomUUID(), "430121002001", kept, now);
        List<UUID> cases = new ArrayList<>();
        for (int i = 0; i < SEEDED_CASES; i++) {
            UUID id = insertCase(UUID.randomUUID(), XINGSHA_PLACE, i % 2 == 0 ? moved : UUID.fromString(COUNTY_BASE),
                    now);
            cases.add(id);
            for (String action : List.of("case.applied", "case.admission-evaluation", "case.admitted")) {
                new TransactionTemplate(parentTransactions).executeWithoutResult(status -> audit.record(
                        Callers.ADMIN, action, "incubation-case", id, XINGSHA_PLACE, null, Map.of("stage", action)));
            }
            parent.sql("""
                    INSERT INTO case_activity (id, case_id, kind, title, occurred_on, resource_value, recorded_by,
                                               recorded_at)
                    VALUES (:id, :case, 'COACHING', '项目设计辅导', DATE '2026-10-12', 1200.50, 'admin', :at)
                    """).param("id", UUID.randomUUID()).param("case", id).param("at", Timestamp.from(now)).update();
            if (i % 10 == 0) {
                UUID evaluation = UUID.randomUUID();
                parent.sql("""
                        INSERT INTO evaluation (id, kind, case_id, subject_organization_id, subject_name,
                                                jurisdiction_code, rubric_id, status, opened_at)
                        VALUES (:id, 'ADMISSION', :case, :org, '星沙社区组织', :place, :rubric, 'OPEN', :at)
                        """).param("id", evaluation).param("case", id).param("org", UUID.randomUUID())
                        .param("place", XINGSHA_PLACE).param("rubric", UUID.fromString(ADMISSION_RUBRIC))
                        .param("at", Timestamp.from(now)).update();
                parent.sql("""
                        INSERT INTO panel_member (evaluation_id, person_id, name, affiliated_organization_ids)
                        VALUES (:e, 'talent-1', '王专家', '{}')
                        """).param("e", evaluation).update();
                parent.sql("""
                        INSERT INTO score (evaluation_id, person_id, criterion_code, score, entered_by, entered_at)
                        VALUES (:e, 'talent-1', 'STAFFING', 8.50, 'expert', :at)
                        """).param("e", evaluation).param("at", Timestamp.from(now)).update();
                parent.sql("""
                        INSERT INTO case_template (case_id, template_id, attached_by, attached_at)
                        VALUES (:case, :template, 'admin', :at)
                        """).param("case", id).param("template", UUID.fromString(TEMPLATE))
                        .param("at", Timestamp.from(now)).update();
                parent.sql("""
                        INSERT INTO notification (id, case_id, kind, due_at, organization_id, organization_name,
                                                  jurisdiction_code, created_at)
                        VALUES (:id, :case, 'GROWTH_EVALUATION_DUE', :at, :org, '星沙社区组织', :place, :at)
                        """).param("id", UUID.randomUUID()).param("case", id).param("org", UUID.randomUUID())
                        .param("place", XINGSHA_PLACE).param("at", Timestamp.from(now)).update();
                parent.sql("""
                        INSERT INTO workstation_allocation (id, workstation_id, case_id, allocated_at, released_at,
                                                            released_reason)
                        VALUES (:id, :w, :case, :at, :at, 'GRADUATED')
                        """).param("id", UUID.randomUUID()).param("w", countyWorkstation).param("case", id)
                        .param("at", Timestamp.from(now)).update();
            }
        }
        UUID own = session(UUID.randomUUID(), moved, XINGSHA_PLACE);
        participant(own, cases.get(0));
        parent.sql("""
                INSERT INTO supervision_finding (id, session_id, case_id, finding, follow_up)
                VALUES (:id, :s, :case, '台账不全', '两周内补齐')
                """).param("id", UUID.randomUUID()).param("s", own).param("case", cases.get(0)).update();
        UUID mixed = session(UUID.randomUUID(), UUID.fromString(COUNTY_BASE), "430121000000");
        participant(mixed, cases.get(1));
        participant(mixed, outside);
        return new Seeded(cases.get(0), outside, moved, kept, mixed);
    }

    private UUID insertCase(UUID id, String place, UUID base, Instant at) {
        parent.sql("""
                INSERT INTO incubation_case (id, track, stage, organization_id, organization_name, jurisdiction_code,
                                             base_id, applied_at, admitted_at, in_shell_ends_at, version)
                VALUES (:id, 'INCUBATION', 'IN_SHELL', :org, :name, :place, :base, :at, :at, :ends, 3)
                """).param("id", id).param("org", UUID.randomUUID()).param("name", "星沙社区服务社" + id)
                .param("place", place).param("base", base).param("at", Timestamp.from(at))
                .param("ends", Timestamp.from(at.plusSeconds(86400L * 365))).update();
        return id;
    }

    private UUID session(UUID id, UUID base, String place) {
        parent.sql("""
                INSERT INTO supervision_session (id, kind, topic, held_on, supervisor, base_id, jurisdiction_code,
                                                 recorded_by, recorded_at)
                VALUES (:id, 'COLLECTIVE', '财务规范督导', DATE '2026-11-02', '李督导', :base, :place, 'admin', now())
                """).param("id", id).param("base", base).param("place", place).update();
        return id;
    }

    private void participant(UUID session, UUID incubationCase) {
        parent.sql("INSERT INTO supervision_participant (session_id, case_id) VALUES (:s, :c)")
                .param("s", session).param("c", incubationCase).update();
    }
}
