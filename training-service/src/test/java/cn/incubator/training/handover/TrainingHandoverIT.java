package cn.incubator.training.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.platform.audit.AuditTrail;
import cn.incubator.platform.handover.HandoverDirectory;
import cn.incubator.platform.handover.HandoverExport;
import cn.incubator.platform.handover.HandoverStep;
import cn.incubator.platform.handover.SubtreeFencedException;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.scope.DataScopes;
import cn.incubator.platform.test.RealPostgres;
import cn.incubator.platform.test.service.Callers;
import cn.incubator.platform.test.service.HandoverRehearsal;
import java.util.List;
import java.util.UUID;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
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
@Import(TrainingHandoverIT.Directory.class)
class TrainingHandoverIT {

    private static final Jurisdiction XINGSHA = Jurisdiction.of("430121001000");
    private static final HandoverRehearsal.FakeDirectory DIRECTORY = new HandoverRehearsal.FakeDirectory();

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

    @Test
    void theDemoTrainingRecordsOfXingshaMoveOnceAndTheirTimelinesVerifyOnTheNewNode() {
        TransactionTemplate parentTransactions = new TransactionTemplate(transactions);
        // Timelines for the demo's Xingsha records, as the API would record them.
        for (String[] subject : List.of(new String[] {"survey", "survey"}, new String[] {"training_session",
                "training-session"}, new String[] {"training_programme", "training-programme"})) {
            for (UUID id : parent.sql("SELECT id FROM " + subject[0] + " WHERE jurisdiction_code LIKE '430121001%'")
                    .query(UUID.class).list()) {
                for (String action : List.of(subject[1] + ".created", subject[1] + ".updated")) {
                    parentTransactions.executeWithoutResult(status -> audit.record(Callers.ADMIN, action, subject[1],
                            id, "430121001000", null, Map.of("action", action)));
                }
            }
        }
        HandoverRehearsal.NodeDatabase node = HandoverRehearsal.NodeDatabase.create("training_handover_node_it");
        HandoverRehearsal.Outcome outcome = HandoverRehearsal.rehearse(parent, parentTransactions, export,
                TrainingHandoverTables.TABLES,
                node, XINGSHA, DIRECTORY,
                "training", () -> assertThatThrownBy(() -> parentTransactions.executeWithoutResult(status ->
                        scopes.of(Callers.ADMIN).requireWritable(Jurisdiction.of("430121001002"), null)))
                        .isInstanceOf(SubtreeFencedException.class));

        assertThat(outcome.killed().step()).isEqualTo(HandoverStep.COPY);
        assertThat(outcome.status().step()).isEqualTo(HandoverStep.DONE);
        assertThat(outcome.before().get("audit_entry").count()).isPositive();
        assertThat(outcome.before().values().stream().mapToLong(summary -> summary.count()).sum())
                .isGreaterThan(outcome.before().get("audit_entry").count());
        assertThat(outcome.nodeAfter()).isEqualTo(outcome.before());
        assertThat(outcome.status().tables()).allSatisfy(table -> {
            assertThat(table.targetCount()).as(table.table()).isEqualTo(table.sourceCount());
            assertThat(table.targetChecksum()).as(table.table()).isEqualTo(table.sourceChecksum());
        });
        assertThat(outcome.nodeChains().broken()).isEmpty();
        assertThat(outcome.nodeChains().chains()).isEqualTo(outcome.parentChains().chains()).isPositive();
        for (String table : List.of("training_session", "enrolment", "certificate", "survey", "survey_response")) {
            assertThat(outcome.parentAfter().get(table).count()).as("%s retired", table).isZero();
        }
        assertThat(outcome.before().get("enrolment").count()).as("the demo's Xingsha enrolments").isPositive();
        assertThat(node.jdbc().sql("SELECT nextval('enrolment_queue') > (SELECT max(queue_no) FROM enrolment)")
                .query(Boolean.class).single()).as("a new enrolment queues after the copied ones").isTrue();
        assertThat(DIRECTORY.switched("node-430121001000")).containsExactly("training");
    }

    @TestConfiguration
    static class Directory {
        @Bean
        @Primary
        HandoverDirectory fakeDirectory() {
            return DIRECTORY;
        }
    }
}
