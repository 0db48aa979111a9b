package cn.incubator.training.handover;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.platform.audit.AuditTrail;
import cn.incubator.platform.handover.HandoverExport;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.scope.DataScopes;
import cn.incubator.platform.test.RealPostgres;
import cn.incubator.platform.test.service.HandoverRehearsal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 数据移交 of training's demo records of Xingsha between two real databases: killed, resumed, every table's count and
 * checksum equal on the new node, its timelines verifying there, the parent's moved rows retired.
 */
@SpringBootTest(properties = {"spring.grpc.server.port=0",
        "spring.flyway.locations=classpath:db/migration,classpath:db/platform,classpath:db/demo"})
@Import(HandoverRehearsal.Directory.class)
class TrainingHandoverIT {

    private static final Jurisdiction XINGSHA = Jurisdiction.of("430121001000");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "training_handover_parent_it");
    }

    @Autowired
    JdbcClient parent;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    HandoverExport export;
    @Autowired
    DataScopes scopes;
    @Autowired
    AuditTrail audit;
    @Autowired
    HandoverRehearsal.FakeDirectory directory;

    @Test
    void theDemoTrainingRecordsOfXingshaMoveOnceAndTheirTimelinesVerifyOnTheNewNode() {
        TransactionTemplate parentTransactions = new TransactionTemplate(transactions);
        for (String subject : List.of("survey", "training-session", "training-programme")) {
            HandoverRehearsal.timelines(parent, parentTransactions, audit, subject.replace('-', '_'), subject, XINGSHA,
                    subject + ".created", subject + ".updated");
        }
        HandoverRehearsal.NodeDatabase node = HandoverRehearsal.NodeDatabase.create("training_handover_node_it");
        HandoverRehearsal.Outcome outcome = HandoverRehearsal.rehearse(parent, parentTransactions, export,
                TrainingHandoverTables.TABLES, node, XINGSHA, directory, "training",
                HandoverRehearsal.refusesWritesTo(parentTransactions, scopes, "430121001002")).movedIntact();

        assertThat(outcome.before().get("audit_entry").count()).isPositive();
        assertThat(outcome.before().values().stream().mapToLong(summary -> summary.count()).sum())
                .isGreaterThan(outcome.before().get("audit_entry").count());
        for (String table : List.of("training_session", "enrolment", "certificate", "survey", "survey_response")) {
            assertThat(outcome.parentAfter().get(table).count()).as("%s retired", table).isZero();
        }
        assertThat(outcome.before().get("enrolment").count()).as("the demo's Xingsha enrolments").isPositive();
        assertThat(node.jdbc().sql("SELECT nextval('enrolment_queue') > (SELECT max(queue_no) FROM enrolment)")
                .query(Boolean.class).single()).as("a new enrolment queues after the copied ones").isTrue();
        assertThat(directory.switched("node-430121001000")).containsExactly("training");
    }
}
