package cn.incubator.partybuilding;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.partybuilding.coverage.CoverageReport;
import cn.incubator.partybuilding.coverage.CoverageService;
import cn.incubator.partybuilding.rating.StarRatingService;
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
import java.util.UUID;
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

    @Autowired
    StarRatingService ratings;

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

    /**
     * The demo star ratings are computed by the checklist from the committee's points (DemoStarRatings): each score
     * is the sum of its points out of 100, and the stars follow the 60/70/80/90 % scale. Xingsha's joint branch, the
     * county's model branch, holds five stars as the service shows it; Ejin Horo's two lie outside the default node
     * and are checked in the database itself.
     */
    @Test
    void demoStarRatingsAreScoredFromTheirPoints() {
        assertThat(ratings.ratings(ADMIN, UUID.fromString("7e1c0000-0000-4000-8000-000000000101"))).singleElement()
                .satisfies(rating -> {
                    assertThat(rating.score())
                            .isEqualTo(rating.points().values().stream().mapToInt(Integer::intValue).sum());
                    assertThat(rating.maxScore()).isEqualTo(100);
                    assertThat(rating.stars()).isEqualTo(5);
                    assertThat(rating.year()).isEqualTo(2025);
                });
        record Stored(String caseId, int score, int pointsSum, int maxScore, int stars) {
        }
        List<Stored> stored = jdbc.sql("""
                SELECT case_id::text AS case_id, score, max_score, stars,
                       (SELECT SUM(value::int) FROM jsonb_each_text(points)) AS points_sum
                FROM star_rating ORDER BY case_id
                """).query((rs, n) -> new Stored(rs.getString("case_id"), rs.getInt("score"), rs.getInt("points_sum"),
                rs.getInt("max_score"), rs.getInt("stars"))).list();
        assertThat(stored).extracting(Stored::caseId, Stored::stars).containsExactly(
                org.assertj.core.groups.Tuple.tuple("7e1c0000-0000-4000-8000-000000000001", 3),
                org.assertj.core.groups.Tuple.tuple("7e1c0000-0000-4000-8000-000000000002", 4),
                org.assertj.core.groups.Tuple.tuple("7e1c0000-0000-4000-8000-000000000101", 5));
        assertThat(stored).allSatisfy(row -> {
            assertThat(row.score()).isEqualTo(row.pointsSum());
            assertThat(row.maxScore()).isEqualTo(100);
        });
    }
}
