package cn.incubator.grants.handover;

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
 * 数据移交 of the grant service's demo records of Xingsha between two real databases: killed, resumed, every table's
 * count and checksum equal on the new node, its timelines verifying there, the parent's moved rows retired and the
 * county's programmes and rounds (with the proposals Xingsha's organizations made to them) kept.
 */
@SpringBootTest(properties = {"spring.grpc.server.port=0",
        "spring.flyway.locations=classpath:db/migration,classpath:db/platform,classpath:db/demo"})
@Import(HandoverRehearsal.Directory.class)
class GrantHandoverIT {

    private static final Jurisdiction XINGSHA = Jurisdiction.of("430121001000");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "grants_handover_parent_it");
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
    void theDemoGrantRecordsOfXingshaMoveOnceAndTheirTimelinesVerifyOnTheNewNode() {
        TransactionTemplate parentTransactions = new TransactionTemplate(transactions);
        assertThat(HandoverRehearsal.timelines(parent, parentTransactions, audit, "award", "award", XINGSHA,
                "award.agreed", "award.tranche-paid")).as("the demo's Xingsha awards").isPositive();
        HandoverRehearsal.Outcome outcome = HandoverRehearsal.rehearse(parent, parentTransactions, export,
                GrantHandoverTables.TABLES, HandoverRehearsal.NodeDatabase.create("grants_handover_node_it"), XINGSHA,
                directory, "grants", HandoverRehearsal.refusesWritesTo(parentTransactions, scopes, "430121001002"))
                .movedIntact();

        for (String table : List.of("programme", "grant_round", "proposal", "award", "tranche", "audit_entry")) {
            assertThat(outcome.before().get(table).count()).as("the demo's %s of Xingsha", table).isPositive();
        }
        for (String table : List.of("grant_round", "proposal", "award", "tranche", "payment", "custody_agreement")) {
            assertThat(outcome.parentAfter().get(table).count()).as("%s retired", table).isZero();
        }
        assertThat(parent.sql("SELECT count(*) FROM award WHERE jurisdiction_code LIKE '430121001%'")
                .query(Long.class).single()).isZero();
        assertThat(parent.sql("SELECT count(*) FROM grant_round WHERE jurisdiction_code = '430121000000'")
                .query(Long.class).single()).as("the county's rounds kept").isPositive();
        assertThat(parent.sql("SELECT count(*) FROM programme WHERE jurisdiction_code = '430121000000'")
                .query(Long.class).single()).as("the county's programmes kept").isPositive();
        assertThat(directory.switched("node-430121001000")).containsExactly("grants");
    }
}
