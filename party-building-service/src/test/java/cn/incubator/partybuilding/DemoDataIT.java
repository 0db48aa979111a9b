package cn.incubator.partybuilding;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.partybuilding.coverage.CoverageReport;
import cn.incubator.partybuilding.coverage.CoverageService;
import cn.incubator.partybuilding.structure.PartyUnitService;
import cn.incubator.partybuilding.structure.UnitKind;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.identity.Role;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.test.RealPostgres;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The demo data migrates and shows Ejin Horo's "1+1+6" structure and Changsha County's coverage. */
@SpringBootTest(properties = {"spring.grpc.server.port=0",
        "spring.flyway.locations=classpath:db/migration,classpath:db/platform,classpath:db/demo"})
class DemoDataIT {

    private static final CurrentUser ADMIN = new CurrentUser("admin", "admin", Set.of(Role.PLATFORM_ADMIN),
            List.of(Jurisdiction.of("150000000000"), Jurisdiction.of("430000000000")), Optional.empty(),
            Optional.empty());

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "party_building_demo_it");
    }

    @Autowired
    PartyUnitService units;

    @Autowired
    CoverageService coverage;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /**
     * Ejin Horo lies outside the default node (Hunan), so its structure shows on a node serving 150627; here the
     * tree is checked in the database itself.
     */
    @Test
    void ejinHoroHasOneCommitteeOneBranchParkBranchAndSixCommunityBranches() {
        List<String> committees = jdbc.sql("""
                SELECT id::text FROM party_unit WHERE kind = 'JOINT_COMMITTEE' AND jurisdiction_code LIKE '150627%'
                """).query(String.class).list();
        assertThat(committees).hasSize(1);
        List<String> jointBranches = jdbc.sql("""
                SELECT location FROM party_unit WHERE kind = 'JOINT_BRANCH' AND parent_id = CAST(:committee AS uuid)
                """).param("committee", committees.get(0)).query(String.class).list();
        assertThat(jointBranches).hasSize(7);
        assertThat(jointBranches).filteredOn(location -> location.contains("社区社会组织孵化站")).hasSize(6);
        assertThat(jointBranches).filteredOn(location -> location.equals("孵化园分园")).hasSize(1);
    }

    @Test
    void changshaCountyStructureIsVisibleOnTheDefaultNode() {
        List<PartyUnitService.TreeNode> tree = units.tree(ADMIN, Jurisdiction.of("430121000000"));

        assertThat(tree).filteredOn(n -> n.unit().kind() == UnitKind.JOINT_COMMITTEE).singleElement()
                .satisfies(committee -> assertThat(committee.children()).hasSize(3));
    }

    @Test
    void changshaCountyCoverageCountsTheDemoCases() {
        CoverageReport report = coverage.report(ADMIN, Jurisdiction.of("430121000000"), LocalDate.of(2025, 1, 1),
                LocalDate.of(2026, 12, 31), 2025);

        assertThat(report.admitted()).isEqualTo(5);
        assertThat(report.withOwnBranch()).isEqualTo(1);
        assertThat(report.inJointBranch()).isEqualTo(1);
        assertThat(report.instructorOnly()).isEqualTo(1);
        assertThat(report.ownBranchPending()).isEqualTo(1);
        assertThat(report.starDistribution()).containsEntry("5", 1L);
    }
}
