package cn.incubator.partybuilding.handover;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.platform.audit.AuditTrail;
import cn.incubator.platform.handover.HandoverExport;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.scope.DataScopes;
import cn.incubator.platform.test.RealPostgres;
import cn.incubator.platform.test.service.Callers;
import cn.incubator.platform.test.service.HandoverRehearsal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * 数据移交 of party-building's demo records of Xingsha between two real databases: killed, resumed, every table's
 * count and checksum equal on the new node, its timelines verifying there, the parent's moved rows retired and the
 * county's joint committee (the Xingsha branches hang from it) kept.
 */
@SpringBootTest(properties = {"spring.grpc.server.port=0",
        "spring.flyway.locations=classpath:db/migration,classpath:db/platform,classpath:db/demo"})
@Import(HandoverRehearsal.Directory.class)
class PartyBuildingHandoverIT {

    private static final Jurisdiction XINGSHA = Jurisdiction.of("430121001000");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "party_building_handover_parent_it");
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
    void theDemoPartyCasesOfXingshaMoveOnceAndTheirTimelinesVerifyOnTheNewNode() {
        TransactionTemplate parentTransactions = new TransactionTemplate(transactions);
        // The demo's party cases have no timelines yet: each Xingsha case gets two entries, as the API would record
        // them; and the county's joint committee one about a Xingsha organization joining (its timeline stays, copied).
        assertThat(HandoverRehearsal.timelines(parent, parentTransactions, audit, "party_case", "party-case", XINGSHA,
                "party-case.opened", "party-case.member-recorded")).as("the demo's Xingsha party cases").isPositive();
        UUID committee = parent.sql("SELECT id FROM party_unit WHERE jurisdiction_code = '430121000000' "
                + "ORDER BY id LIMIT 1").query(UUID.class).single();
        parentTransactions.executeWithoutResult(status -> audit.record(Callers.ADMIN, "party-unit.created",
                "party-unit", committee, "430121000000", null, Map.of("n", 1)));
        parentTransactions.executeWithoutResult(status -> audit.record(Callers.ADMIN, "party-unit.organization-joined",
                "party-unit", committee, "430121001000", null, Map.of("n", 2)));
        HandoverRehearsal.Outcome outcome = HandoverRehearsal.rehearse(parent, parentTransactions, export,
                PartyBuildingHandoverTables.TABLES,
                HandoverRehearsal.NodeDatabase.create("party_building_handover_node_it"), XINGSHA, directory,
                "party-building", HandoverRehearsal.refusesWritesTo(parentTransactions, scopes, "430121001002"))
                .movedIntact();

        for (String table : List.of("party_unit", "party_case", "party_member", "star_rating", "audit_entry")) {
            assertThat(outcome.before().get(table).count()).as("the demo's %s of Xingsha", table).isPositive();
        }
        for (String table : List.of("party_case", "party_member", "instructor_assignment", "star_rating")) {
            assertThat(outcome.parentAfter().get(table).count()).as("%s retired", table).isZero();
        }
        assertThat(parent.sql("SELECT count(*) FROM party_unit WHERE jurisdiction_code LIKE '430121001%'")
                .query(Long.class).single()).as("Xingsha's units retired").isZero();
        assertThat(parent.sql("SELECT count(*) FROM party_unit WHERE jurisdiction_code = '430121000000'")
                .query(Long.class).single()).as("the county's units kept").isPositive();
        assertThat(audit.verify("party-unit", committee).entries()).as("a kept unit's timeline stays").isEqualTo(2);
        assertThat(directory.switched("node-430121001000")).containsExactly("party-building");
    }
}
