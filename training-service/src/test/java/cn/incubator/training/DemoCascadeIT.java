package cn.incubator.training;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.identity.Role;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.test.RealPostgres;
import cn.incubator.platform.test.service.Callers;
import cn.incubator.training.cascade.CascadeService;
import cn.incubator.training.cascade.Reach;
import cn.incubator.training.programme.CoachingPhase;
import cn.incubator.training.programme.Programme;
import cn.incubator.training.programme.ProgrammeKind;
import cn.incubator.training.programme.ProgrammeService;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The cascade and programme demo data (R__demo_training_cascade.sql) on the real schema: the reach of the county's
 * courseware, the forum's 87 organizations and 14 experts, the coaching per phase and the partners' co-funding, all
 * counted by the service from the rows.
 */
@SpringBootTest(properties = {"spring.grpc.server.port=0",
        "spring.flyway.locations=classpath:db/migration,classpath:db/platform,classpath:db/demo"})
class DemoCascadeIT {

    private static final UUID FILING_COURSE = md5("demo-course-county-1");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "training_cascade_demo_it");
    }

    @Autowired
    CascadeService cascade;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theCountySeesWhichStreetsRanWhichCoursewareVersionAndWhichHaveNotYet() {
        Reach reach = cascade.reach(Callers.COUNTY_OFFICER, FILING_COURSE, null);
        // the central sessions 1, 4, 7, 10 of R__demo_training.sql: 52 hub staff at both sittings each
        assertThat(reach.central().sessions()).isEqualTo(4);
        assertThat(reach.central().personTimes()).isEqualTo(416);
        assertThat(reach.central().versions()).extracting(Reach.VersionRun::label).containsExactly("2025版");
        Reach.Node xingsha = node(reach, "430121001000");
        assertThat(xingsha.sessions()).isEqualTo(3);
        assertThat(xingsha.versions()).extracting(Reach.VersionRun::label, Reach.VersionRun::sessions,
                Reach.VersionRun::personTimes).containsExactly(org.assertj.core.groups.Tuple.tuple("2025版", 2L, 80L),
                org.assertj.core.groups.Tuple.tuple("2025修订版", 1L, 42L));
        assertThat(node(reach, "430121005000").versions()).extracting(Reach.VersionRun::label)
                .containsExactly("2025修订版");
        assertThat(reach.placesReached()).isEqualTo(4);
        assertThat(reach.notYetRun()).extracting(Jurisdiction::code).contains("430121004000", "430121102000")
                .doesNotContain("430121001000", "430121002000", "430121003000", "430121005000");
        assertThat(reach.personTimes()).isEqualTo(416 + 122 + 35 + 30 + 28);

        Reach hub = cascade.reach(Callers.XINGSHA_HUB, FILING_COURSE, null);
        assertThat(hub.central()).isNull();
        assertThat(hub.places()).singleElement().satisfies(n -> assertThat(n.personTimes()).isEqualTo(122));
    }

    @Test
    void theForumHad87OrganizationsAnd14ExpertsAndBrandProjectsWereCoachedInEveryPhase() {
        Programme forum = programmes.get(Callers.CITY_OPERATOR, md5("demo-programme-forum"));
        assertThat(forum.kind()).isEqualTo(ProgrammeKind.FORUM);
        assertThat(forum.organizations()).isEqualTo(87);
        assertThat(forum.experts()).isEqualTo(14);
        assertThat(forum.personTimes()).isEqualTo(87);

        UUID brand = md5("demo-programme-brand");
        assertThat(programmes.coachingByPhase(Callers.COUNTY_OFFICER, brand)).hasSize(CoachingPhase.values().length)
                .allSatisfy((phase, count) -> assertThat(count).isEqualTo(2L));
        CurrentUser demoFoundation = new CurrentUser("partner", "service-account-partner-demo-foundation",
                Set.of(Role.PARTNER), List.of(Jurisdiction.of("430100000000")), Optional.empty(),
                Optional.of("demo-foundation"));
        assertThat(programmes.coFundedBy(demoFoundation, "demo-foundation")).extracting(Programme::id)
                .containsExactly(brand);
        assertThat(programmes.coFundedBy(demoFoundation, "demo-foundation", brand).coFunded())
                .isEqualByComparingTo("50000.00");
    }

    @Test
    void nanduCoFunded700000YuanOfTheYaanTrainingItsFifteenSessionsAnd1230PersonTimes() {
        // Ya'an is served by a Sichuan node, not this Hunan one (incubator.node): its rows are counted here directly
        assertThat(jdbc.sql("SELECT amount FROM programme_co_funding WHERE partner_id = 'nandu-foundation'")
                .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("700000.00");
        assertThat(jdbc.sql("""
                SELECT count(DISTINCT s.id) FROM training_session s JOIN training_programme p ON p.id = s.programme_id
                JOIN attendance a ON a.session_id = s.id
                WHERE p.name = '雅安市社会组织骨干轮训' AND a.status IN ('PRESENT', 'LATE')""")
                .query(Long.class).single()).isEqualTo(15);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM training_session s JOIN training_programme p ON p.id = s.programme_id
                JOIN attendance a ON a.session_id = s.id
                WHERE p.name = '雅安市社会组织骨干轮训' AND a.status IN ('PRESENT', 'LATE')""")
                .query(Long.class).single()).isEqualTo(1230);
    }

    private static Reach.Node node(Reach reach, String code) {
        return reach.places().stream().filter(n -> n.jurisdiction().code().equals(code)).findFirst().orElseThrow();
    }

    /** The fixed id the demo data gives a name: PostgreSQL's {@code md5(name)::uuid}. */
    private static UUID md5(String name) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("MD5")
                    .digest(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            String hex = java.util.HexFormat.of().formatHex(d);
            return UUID.fromString(hex.replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5"));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
