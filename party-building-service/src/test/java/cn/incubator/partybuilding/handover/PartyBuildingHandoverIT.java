package cn.incubator.partybuilding.handover;

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
 * 数据移交 of party-building's demo records of Xingsha between two real databases: killed, resumed, every table's
 * count and checksum equal on the new node, its timelines verifying there, the parent's moved rows retired and the
 * county's joint committee (the Xingsha branches hang from it) kept.
 */
@SpringBootTest(properties = {"spring.grpc.server.port=0",
        "spring.flyway.locations=classpath:db/migration,classpath:db/platform,classpath:db/demo"})
@Import(PartyBuildingHandoverIT.Directory.class)
class PartyBuildingHandoverIT {

    private static final Jurisdiction XINGSHA = Jurisdiction.of("430121001000");
    private static final HandoverRehearsal.FakeDirectory DIRECTORY = new HandoverRehearsal.FakeDirectory();

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

    @Test
    void theDemoPartyCasesOfXingshaMoveOnceAndTheirTimelinesVerifyOnTheNewNode() {
        TransactionTemplate parentTransactions = new TransactionTemplate(transactions);
        // The demo's party cases have no timelines yet: each Xingsha case gets two entries, as the API would record
        // them; and the county's joint committee one about a Xingsha organization joining (its timeline stays, copied).
        for (UUID partyCase : parent.sql("SELECT id FROM party_case WHERE jurisdiction_code LIKE '430121001%'")
                .query(UUID.class).list()) {
            for (String action : List.of("party-case.opened", "party-case.member-recorded")) {
                parentTransactions.executeWithoutResult(status -> audit.record(Callers.ADMIN, action, "party-case",
                        partyCase, "430121001000", null, Map.of("action", action)));
            }
        }
        UUID committee = parent.sql("SELECT id FROM party_unit WHERE jurisdiction_code = '430121000000' "
                + "ORDER BY id LIMIT 1").query(UUID.class).single();
        parentTransactions.executeWithoutResult(status -> audit.record(Callers.ADMIN, "party-unit.created",
                "party-unit", committee, "430121000000", null, Map.of("n", 1)));
        parentTransactions.executeWithoutResult(status -> audit.record(Callers.ADMIN, "party-unit.organization-joined",
                "party-unit", committee, "430121001000", null, Map.of("n", 2)));
        HandoverRehearsal.Outcome outcome = HandoverRehearsal.rehearse(parent, parentTransactions, export,
                PartyBuildingHandoverTables.TABLES,
                HandoverRehearsal.NodeDatabase.create("party_building_handover_node_it"), XINGSHA, DIRECTORY,
                "party-building", () -> assertThatThrownBy(() -> parentTransactions.executeWithoutResult(status ->
                        scopes.of(Callers.ADMIN).requireWritable(Jurisdiction.of("430121001002"), null)))
                        .isInstanceOf(SubtreeFencedException.class));

        assertThat(outcome.killed().step()).isEqualTo(HandoverStep.COPY);
        assertThat(outcome.status().step()).isEqualTo(HandoverStep.DONE);
        for (String table : List.of("party_unit", "party_case", "party_member", "star_rating", "audit_entry")) {
            assertThat(outcome.before().get(table).count()).as("the demo's %s of Xingsha", table).isPositive();
        }
        assertThat(outcome.nodeAfter()).isEqualTo(outcome.before());
        assertThat(outcome.status().tables()).allSatisfy(table -> {
            assertThat(table.targetCount()).as(table.table()).isEqualTo(table.sourceCount());
            assertThat(table.targetChecksum()).as(table.table()).isEqualTo(table.sourceChecksum());
        });
        assertThat(outcome.nodeChains().broken()).isEmpty();
        assertThat(outcome.nodeChains().chains()).isEqualTo(outcome.parentChains().chains()).isPositive();
        for (String table : List.of("party_case", "party_member", "instructor_assignment", "star_rating")) {
            assertThat(outcome.parentAfter().get(table).count()).as("%s retired", table).isZero();
        }
        assertThat(parent.sql("SELECT count(*) FROM party_unit WHERE jurisdiction_code LIKE '430121001%'")
                .query(Long.class).single()).as("Xingsha's units retired").isZero();
        assertThat(parent.sql("SELECT count(*) FROM party_unit WHERE jurisdiction_code = '430121000000'")
                .query(Long.class).single()).as("the county's units kept").isPositive();
        assertThat(audit.verify("party-unit", committee).entries()).as("a kept unit's timeline stays").isEqualTo(2);
        assertThat(DIRECTORY.switched("node-430121001000")).containsExactly("party-building");
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
