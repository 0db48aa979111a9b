package cn.incubator.registry.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.platform.audit.AuditChains;
import cn.incubator.platform.audit.AuditTrail;
import cn.incubator.platform.handover.HandoverDirectory;
import cn.incubator.platform.handover.HandoverExport;
import cn.incubator.platform.handover.HandoverJob;
import cn.incubator.platform.handover.HandoverSource;
import cn.incubator.platform.handover.HandoverStep;
import cn.incubator.platform.handover.HandoverTable;
import cn.incubator.platform.handover.LocalHandoverSource;
import cn.incubator.platform.handover.SubtreeFencedException;
import cn.incubator.platform.handover.SubtreeMovedException;
import cn.incubator.platform.handover.SubtreeTables;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.problem.OutsideNodeException;
import cn.incubator.platform.scope.DataScopes;
import cn.incubator.platform.test.RealPostgres;
import cn.incubator.platform.test.service.Callers;
import cn.incubator.platform.test.service.HandoverRehearsal;
import cn.incubator.registry.node.NewNode;
import cn.incubator.registry.node.NodeDirectoryService;
import cn.incubator.registry.node.NodeState;
import cn.incubator.registry.node.ServiceEndpoint;
import io.micrometer.tracing.Tracer;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * 数据移交 between two real databases: this test's service is the parent (the city's central node), a second
 * database migrated the same way is the joining Xingsha node. The job is killed part way, resumed, and must end with
 * every row of the subtree on the new node once (counts and checksums equal, chains intact), the parent's copies
 * retired, the rest of the parent untouched, and the parent's writes to the subtree answered 503 while fenced,
 * 503 `subtree-moved` just after the switch and outside-node a minute later.
 */
@SpringBootTest(properties = "spring.grpc.server.port=0")
class HandoverIT {

    private static final Jurisdiction XINGSHA = Jurisdiction.of("430121001000");
    private static final String XINGSHA_STREET = "430121001002";
    private static final String FURONG = "430102001000";
    private static final String NODE_DATABASE = "registry_handover_node_it";
    private static final int XINGSHA_ORGS = 1_234;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "registry_handover_parent_it");
    }

    @Autowired
    JdbcClient parent;
    @Autowired
    AuditTrail audit;
    @Autowired
    HandoverExport export;
    @Autowired
    NodeDirectoryService directory;
    @Autowired
    DataScopes scopes;
    @Autowired
    PlatformTransactionManager parentTransactions;
    @Autowired
    JsonMapper json;
    @Autowired
    ApplicationContext context;

    static JdbcClient node;
    static TransactionTemplate nodeTransactions;

    @BeforeAll
    static void newNodeDatabase() {
        HandoverRehearsal.NodeDatabase database = HandoverRehearsal.NodeDatabase.create(NODE_DATABASE);
        node = database.jdbc();
        nodeTransactions = database.transactions();
    }

    @Test
    void killedHalfwayAndRunAgainMovesEverythingOnceAndVerifies() {
        Seeded seeded = seed();
        directory.register(Callers.ADMIN, new NewNode("xingsha", XINGSHA.code(),
                Map.of("registry", new ServiceEndpoint("http://127.0.0.1:18081", null)), true));
        long versionBefore = directory.directory().version();
        Map<String, SubtreeTables.Summary> before = summaries(RegistryHandoverTables.TABLES.tables());

        // The joining node's own scheduler announced a notice the parent also holds (same cause and audience).
        node.sql("""
                INSERT INTO notification (id, kind, cause, audience_kind, audience_org, jurisdiction_code,
                                          jurisdiction_prefix, args, created_at)
                VALUES (:id, 'INSPECTION_DUE', 'inspection:0', 'ORGANIZATION', :org, :place, '430121001',
                        '["2025"]'::jsonb, now())
                """).param("id", UUID.randomUUID()).param("org", seeded.firstXingsha()).param("place", XINGSHA_STREET)
                .update();
        HandoverJob job = new HandoverJob(node, nodeTransactions, RegistryHandoverTables.TABLES, Clock.systemUTC());
        UUID id = job.create(XINGSHA, "in-process", "admin");
        assertThat(job.create(XINGSHA, "in-process", "admin")).as("one open job per subtree").isEqualTo(id);
        HandoverSource parentNode = new LocalHandoverSource(export, XINGSHA, "xingsha");

        // First run: killed at the third page of the organizations (after two pages and its checkpoints committed).
        AtomicInteger pages = new AtomicInteger();
        HandoverSource dying = new HandoverRehearsal.Dying(parentNode, (table, afterKey) -> pages.incrementAndGet() == 3);
        assertThatThrownBy(() -> job.run(id, dying)).hasMessageContaining("killed");
        HandoverJob.Status killed = job.status(id);
        assertThat(killed.step()).isEqualTo(HandoverStep.COPY);
        assertThat(killed.lastError()).contains("killed");
        assertThat(killed.fencedAt()).isNotNull();
        assertThat(killed.tables().get(0).rowsCopied()).isEqualTo(2L * HandoverJob.PAGE);
        assertThat(count(node, "organization")).isEqualTo(2L * HandoverJob.PAGE);

        // Fenced: the parent answers 503 for the subtree, and writes elsewhere go on.
        assertThatThrownBy(() -> write(XINGSHA_STREET)).isInstanceOf(SubtreeFencedException.class);
        write(FURONG);

        // Second run: killed in the middle of the audit timeline, the last table.
        HandoverSource dyingAgain = new HandoverRehearsal.Dying(parentNode,
                (table, afterKey) -> table.equals("audit_entry") && afterKey != null);
        assertThatThrownBy(() -> job.run(id, dyingAgain)).hasMessageContaining("killed");
        // As if a page had been imported but its checkpoint lost: the organizations are copied again from the start.
        node.sql("UPDATE handover_checkpoint SET after_key = NULL, copied = FALSE, rows_copied = 0 "
                + "WHERE job_id = :id AND table_name = 'organization'").param("id", id).update();

        HandoverJob.Status done = job.run(id, parentNode);

        assertThat(done.step()).isEqualTo(HandoverStep.DONE);
        assertThat(done.finishedAt()).isNotNull();
        assertThat(done.unfencedAt()).isAfterOrEqualTo(done.fencedAt());
        assertThat(done.tables()).extracting(HandoverJob.TableStatus::table)
                .containsExactlyElementsOf(RegistryHandoverTables.TABLES.names());
        assertThat(done.tables()).allSatisfy(table -> {
            assertThat(table.targetCount()).as(table.table()).isEqualTo(table.sourceCount());
            assertThat(table.targetChecksum()).as(table.table()).isEqualTo(table.sourceChecksum());
        });
        // What the parent held of the subtree before the job is exactly what the new node holds now.
        SubtreeTables nodeTables = new SubtreeTables(node, nodeTransactions);
        for (HandoverTable table : RegistryHandoverTables.TABLES.tables()) {
            assertThat(nodeTables.summary(table, XINGSHA)).as(table.name()).isEqualTo(before.get(table.name()));
        }
        assertThat(count(node, "organization")).isEqualTo(XINGSHA_ORGS);
        assertThat(node.sql("SELECT count(*) - count(DISTINCT id) FROM audit_entry").query(Long.class).single())
                .isZero();
        assertThat(node.sql("SELECT count(*) FROM audit_entry").query(Long.class).single())
                .isEqualTo(seeded.xingshaAuditEntries());
        assertThat(node.sql("SELECT count(DISTINCT id) FROM organization_gram").query(Long.class).single())
                .as("the name search's postings rebuilt by the triggers").isEqualTo(XINGSHA_ORGS);

        // The timelines verify on the new node, and go on there in order (its sequence moved past the copied ones).
        AuditChains.Report chains = AuditChains.verify(node, "t.jurisdiction_code LIKE '430121001%'", Map.of());
        assertThat(chains.chains()).isEqualTo(XINGSHA_ORGS);
        assertThat(chains.broken()).isEmpty();
        AuditTrail nodeAudit = new AuditTrail(node, json, Clock.systemUTC(), context.getBeanProvider(Tracer.class));
        nodeTransactions.executeWithoutResult(status -> nodeAudit.record("admin", "organization.updated",
                "organization", seeded.firstXingsha(), XINGSHA_STREET, Map.of("a", 1), Map.of("a", 2)));
        assertThat(nodeAudit.verify("organization", seeded.firstXingsha()).intact()).isTrue();
        assertThat(nodeAudit.verify("organization", seeded.firstXingsha()).entries()).isEqualTo(4);

        // The parent: its copies retired, everything else untouched, the subtree refused as another node's.
        assertThat(summaries(parentTables()).values()).allSatisfy(s -> assertThat(s.count()).isZero());
        assertThat(parent.sql("SELECT count(*) FROM organization WHERE jurisdiction_code LIKE '430102%'")
                .query(Long.class).single()).isEqualTo(seeded.otherOrgs() + 1);
        assertThat(audit.verify("organization", seeded.firstOther()).intact()).isTrue();
        assertThat(parent.sql("SELECT count(*) FROM resource_offer WHERE coverage_code = '430121000000'")
                .query(Long.class).single()).as("the county's offer stays where it serves").isOne();
        // Just after the switch a write that still reaches the parent is asked to retry (the gateway routes it to the
        // new node within seconds); a minute later the subtree is simply another node's.
        assertThatThrownBy(() -> write(XINGSHA_STREET)).isInstanceOf(SubtreeMovedException.class);
        parent.sql("UPDATE subtree_fence SET handed_over_at = handed_over_at - interval '61 seconds'").update();
        assertThatThrownBy(() -> write(XINGSHA_STREET)).isInstanceOf(OutsideNodeException.class);
        write(FURONG);
        assertThat(directory.directory().version()).isEqualTo(versionBefore + 1);
        assertThat(directory.directory().nodes()).filteredOn(n -> n.name().equals("xingsha")).singleElement()
                .satisfies(n -> assertThat(n.state()).isEqualTo(NodeState.ACTIVE));

        // Running it again changes nothing.
        assertThat(job.run(id, parentNode).step()).isEqualTo(HandoverStep.DONE);
        assertThat(count(node, "organization")).isEqualTo(XINGSHA_ORGS);
    }

    /**
     * A node that runs the registry and incubation: the registry's switch alone leaves it joining, and the registry
     * keeps its copies (reads are still routed to it) and refuses the subtree's writes until incubation's parent
     * reports its switch too; then the node is active and the job, asking again, retires the copies.
     */
    @Test
    void aNodeOfSeveralServicesIsActivatedByTheLastSwitchAndOnlyThenRetired() {
        Jurisdiction huanghua = Jurisdiction.of("430121105000");
        String village = "430121105001";
        for (int i = 0; i < 30; i++) {
            UUID org = UUID.randomUUID();
            insertOrganization(org, "黄花镇志愿者协会" + i, village);
            new TransactionTemplate(parentTransactions).executeWithoutResult(status -> audit.record(Callers.ADMIN,
                    "organization.registered", "organization", org, village, null, Map.of("n", 1)));
        }
        directory.register(Callers.ADMIN, new NewNode("huanghua", huanghua.code(), Map.of(
                "registry", new ServiceEndpoint("http://127.0.0.1:18091", null),
                "incubation", new ServiceEndpoint("http://127.0.0.1:18092", null)), true));
        long versionBefore = directory.directory().version();
        HandoverJob job = new HandoverJob(node, nodeTransactions, RegistryHandoverTables.TABLES, Clock.systemUTC());
        UUID id = job.create(huanghua, "in-process", "admin");
        HandoverSource parentNode = new LocalHandoverSource(export, huanghua, "huanghua");

        assertThatThrownBy(() -> job.run(id, parentNode)).isInstanceOf(HandoverJob.WaitingForNode.class)
                .hasMessageContaining("incubation");
        HandoverJob.Status waiting = job.status(id);
        assertThat(waiting.step()).isEqualTo(HandoverStep.RETIRE);
        assertThat(waiting.lastError()).contains("Waiting for node huanghua");
        HandoverDirectory.NodeHandovers halfway = directory.handovers("huanghua");
        assertThat(halfway.state()).isEqualTo("JOINING");
        assertThat(halfway.switched()).containsExactly("registry");
        assertThat(halfway.waiting()).containsExactly("incubation");
        assertThat(directory.directory().version()).as("nothing the gateway reads changed").isEqualTo(versionBefore);
        assertThat(parent.sql("SELECT count(*) FROM organization WHERE jurisdiction_code LIKE '430121105%'")
                .query(Long.class).single()).as("the parent keeps its copies").isEqualTo(30);
        assertThatThrownBy(() -> write(village)).as("refused until the node is active")
                .isInstanceOf(cn.incubator.platform.problem.ProblemException.class);
        // Asking again changes nothing while incubation has not switched.
        assertThatThrownBy(() -> job.run(id, parentNode)).isInstanceOf(HandoverJob.WaitingForNode.class);

        // A switch of a service the node does not run is refused (its job would stop at SWITCH, still fenced).
        assertThatThrownBy(() -> directory.handedOver("handover", "huanghua", "grants", huanghua))
                .isInstanceOf(cn.incubator.platform.problem.ProblemException.class)
                .hasMessage("node-handover-mismatch");
        assertThat(directory.handovers("huanghua").switched()).containsExactly("registry");

        // Incubation's parent reports its switch (as its job's SWITCH does over the internal API): the last one.
        HandoverDirectory.NodeHandovers active = directory.handedOver("handover", "huanghua", "incubation", huanghua);
        assertThat(active.active()).isTrue();
        assertThat(active.switched()).containsExactly("incubation", "registry");
        assertThat(active.waiting()).isEmpty();
        assertThat(directory.directory().version()).isEqualTo(versionBefore + 1);
        assertThat(directory.handedOver("handover", "huanghua", "incubation", huanghua)).as("idempotent")
                .isEqualTo(active);
        assertThat(directory.directory().version()).isEqualTo(versionBefore + 1);
        UUID nodeId = directory.directory().nodes().stream().filter(n -> n.name().equals("huanghua")).findFirst()
                .orElseThrow().id();
        assertThat(parent.sql("SELECT action FROM audit_entry WHERE subject_id = :id ORDER BY seq")
                .param("id", nodeId.toString()).query(String.class).list()).containsExactly("node.registered",
                        "node.service-handed-over", "node.service-handed-over", "node.handed-over");

        assertThat(job.run(id, parentNode).step()).isEqualTo(HandoverStep.DONE);
        assertThat(parent.sql("SELECT count(*) FROM organization WHERE jurisdiction_code LIKE '430121105%'")
                .query(Long.class).single()).isZero();
        assertThat(node.sql("SELECT count(*) FROM organization WHERE jurisdiction_code LIKE '430121105%'")
                .query(Long.class).single()).isEqualTo(30);
    }

    private List<HandoverTable> parentTables() {
        return RegistryHandoverTables.TABLES.tables().stream().filter(table -> table.retire() != null).toList();
    }

    private Map<String, SubtreeTables.Summary> summaries(List<HandoverTable> tables) {
        SubtreeTables parentTables = new SubtreeTables(parent, new TransactionTemplate(parentTransactions));
        Map<String, SubtreeTables.Summary> summaries = new java.util.LinkedHashMap<>();
        tables.forEach(table -> summaries.put(table.name(), parentTables.summary(table, XINGSHA)));
        return summaries;
    }

    /** A scoped write on the parent, in a transaction as the services make them. */
    private void write(String place) {
        new TransactionTemplate(parentTransactions).executeWithoutResult(status -> {
            scopes.of(Callers.ADMIN).requireWritable(Jurisdiction.of(place), null);
            insertOrganization(UUID.randomUUID(), "新写入的组织" + UUID.randomUUID(), place);
        });
    }

    private static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    record Seeded(UUID firstXingsha, UUID firstOther, long otherOrgs, long xingshaAuditEntries) {
    }

    /**
     * Xingsha's organizations with their records and three-entry timelines, Furong's beside them, a county-wide offer
     * a Xingsha linkage used, and a notice read by someone.
     */
    private Seeded seed() {
        UUID firstXingsha = null;
        UUID firstOther = null;
        long others = 20;
        UUID countyOffer = UUID.randomUUID();
        Instant now = Instant.parse("2026-11-30T08:00:00.123456Z");
        parent.sql("""
                INSERT INTO resource_offer (id, provider_name, provider_type, kind, title, fields, coverage_code,
                                            coverage_prefix, value_yuan, status, created_by, created_at)
                VALUES (:id, '长沙县慈善会', 'CHARITY', 'FUNDS', '社区微项目资助', '{ELDERLY}', '430121000000', '430121',
                        5000.00, 'OPEN', 'admin', :at)
                """).param("id", countyOffer).param("at", Timestamp.from(now)).update();
        for (int i = 0; i < XINGSHA_ORGS + others; i++) {
            boolean xingsha = i < XINGSHA_ORGS;
            String place = xingsha ? XINGSHA_STREET : "430102001001";
            UUID id = UUID.randomUUID();
            if (i == 0) {
                firstXingsha = id;
            }
            if (i == XINGSHA_ORGS) {
                firstOther = id;
            }
            insertOrganization(id, (xingsha ? "星沙社区服务中心" : "芙蓉社区服务中心") + i, place);
            for (String action : List.of("organization.registered", "organization.updated", "organization.renamed")) {
                UUID subject = id;
                new TransactionTemplate(parentTransactions).executeWithoutResult(status -> audit.record(Callers.ADMIN,
                        action, "organization", subject, place, null, Map.of("name", "组织", "n", 1)));
            }
            if (i % 10 == 0) {
                parent.sql("""
                        INSERT INTO board_renewal (id, organization_id, renewed_on, term_number, term_years,
                                                   recorded_by, recorded_at)
                        VALUES (:id, :org, DATE '2025-06-01', 2, 5, 'admin', :at)
                        """).param("id", UUID.randomUUID()).param("org", id).param("at", Timestamp.from(now)).update();
                parent.sql("""
                        INSERT INTO annual_inspection (id, organization_id, jurisdiction_code, year, status,
                                                       submitted_by, submitted_at)
                        VALUES (:id, :org, :place, 2025, 'SUBMITTED', 'admin', :at)
                        """).param("id", UUID.randomUUID()).param("org", id).param("place", place)
                        .param("at", Timestamp.from(now)).update();
                parent.sql("""
                        INSERT INTO talent (id, name, kind, fields, jurisdiction_code, id_number_hash,
                                            id_number_masked, organization_ids, created_at, updated_at)
                        VALUES (:id, '张三', 'VOLUNTEER', '{ELDERLY}', :place, :hash, '4301**********1234',
                                ARRAY[:org]::uuid[], :at, :at)
                        """).param("id", UUID.randomUUID()).param("place", place)
                        .param("hash", String.format("%064d", i)).param("org", id)
                        .param("at", Timestamp.from(now)).update();
                UUID need = UUID.randomUUID();
                parent.sql("""
                        INSERT INTO need (id, organization_id, organization_name, organization_jurisdiction_code,
                                          kind, title, field, jurisdiction_code, amount_yuan, status, created_by,
                                          created_at, updated_at)
                        VALUES (:id, :org, '组织', :place, 'FUNDS', '助老活动经费', 'ELDERLY', :place, 1234.56,
                                'OPEN', 'admin', :at, :at)
                        """).param("id", need).param("org", id).param("place", place)
                        .param("at", Timestamp.from(now)).update();
                parent.sql("""
                        INSERT INTO resource_linkage (id, need_id, offer_id, organization_id, jurisdiction_code,
                                                      provider_name, value_yuan, linked_on, confirmed_by, created_at)
                        VALUES (:id, :need, :offer, :org, :place, '长沙县慈善会', 1000.10, DATE '2026-01-05',
                                'admin', :at)
                        """).param("id", UUID.randomUUID()).param("need", need).param("offer", countyOffer)
                        .param("org", id).param("place", place).param("at", Timestamp.from(now)).update();
                UUID notice = UUID.randomUUID();
                parent.sql("""
                        INSERT INTO notification (id, kind, cause, audience_kind, audience_org, jurisdiction_code,
                                                  jurisdiction_prefix, args, created_at)
                        VALUES (:id, 'INSPECTION_DUE', :cause, 'ORGANIZATION', :org, :place, :prefix,
                                '["2025"]'::jsonb, :at)
                        """).param("id", notice).param("cause", "inspection:" + i).param("org", id)
                        .param("place", place).param("prefix", place.substring(0, 9))
                        .param("at", Timestamp.from(now)).update();
                parent.sql("INSERT INTO notification_read (notification_id, username, read_at) VALUES (:n, 'u', :at)")
                        .param("n", notice).param("at", Timestamp.from(now)).update();
            }
        }
        parent.sql("""
                INSERT INTO jurisdiction_population (jurisdiction_code, residents, as_of_year, updated_at)
                VALUES ('430121001000', 120000, 2025, now()), ('430102001000', 80000, 2025, now())
                """).update();
        return new Seeded(firstXingsha, firstOther, others, 3L * XINGSHA_ORGS);
    }

    private void insertOrganization(UUID id, String name, String place) {
        parent.sql("""
                INSERT INTO organization (id, name, name_normalized, name_grams, legal_form, jurisdiction_code,
                                          category, status, created_at, updated_at)
                VALUES (:id, :name, :name, ARRAY[substr(:name, 1, 2), substr(:name, 3, 2)], 'SOCIAL_GROUP', :place,
                        'COMMUNITY_SERVICE', 'ACTIVE', :at, :at)
                """).param("id", id).param("name", name).param("place", place)
                .param("at", Timestamp.from(Instant.now())).update();
    }
}
