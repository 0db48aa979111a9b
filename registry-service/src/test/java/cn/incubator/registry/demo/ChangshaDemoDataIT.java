package cn.incubator.registry.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.test.RealPostgres;
import cn.incubator.registry.needs.NeedsService;
import cn.incubator.registry.organization.OrganizationService;
import cn.incubator.registry.organization.StreetTotals;
import cn.incubator.registry.weekly.ActivityWeek;
import cn.incubator.registry.weekly.WeeklyActivityService;
import cn.incubator.registry.weekly.WeeklyViews;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Changsha's resource-linking figure and next week's issue with its clash, from the demo data. */
@SpringBootTest(properties = {"spring.grpc.server.port=0", DemoUsers.WITH_DEMO})
class ChangshaDemoDataIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "registry_demo_changsha_it");
    }

    @Autowired
    NeedsService needs;

    @Autowired
    WeeklyActivityService weekly;

    @Autowired
    OrganizationService organizations;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void changshaCountyHas1184FiledCommunityOrganizationsAcrossItsEighteenStreets() {
        List<StreetTotals> streets = organizations.countByStreet(DemoUsers.officer("430121000000"),
                Jurisdiction.of("430121"));

        assertThat(streets).hasSize(18);
        assertThat(streets.stream().mapToLong(StreetTotals::filedCommunityOrganizations).sum()).isEqualTo(1184);
        assertThat(streets).filteredOn(s -> s.streetCode().equals("430121001000")).singleElement()
                .satisfies(s -> assertThat(s.filedCommunityOrganizations()).isEqualTo(112));
        assertThat(organizations.countByStreet(DemoUsers.officer("430121004000"), Jurisdiction.of("430121")))
                .extracting(StreetTotals::streetCode).containsExactly("430121004000");
    }

    @Test
    void changshaLinked49OrganizationsWithOverAMillionYuan() {
        NeedsService.Totals totals = needs.totals(DemoUsers.officer("430100000000"), Jurisdiction.of("430100"),
                LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31));

        assertThat(totals.linkedOrganizations()).isEqualTo(49);
        assertThat(totals.linkedValueYuan()).isEqualByComparingTo("1036800.00");
    }

    @Test
    void nextWeeksIssueShowsTheClashOnXingshaSquare() {
        WeeklyViews.Compilation issue = weekly.compile(DemoUsers.officer("430121000000"),
                ActivityWeek.of(Instant.now()).next(), Jurisdiction.of("430121"));

        assertThat(issue.activities()).isEqualTo(5);
        // one pair on Xingsha square sharing a volunteer team: a place clash and a team clash, as the clash list shows
        assertThat(issue.clashes()).isEqualTo(2).isEqualTo(weekly.clashes(DemoUsers.officer("430121000000"), null,
                ActivityWeek.of(Instant.now()).next(), Jurisdiction.of("430121")).size());
        assertThat(issue.lateActivities()).isEqualTo(1);
    }

    @Test
    void everyDemoOrganizationsTimelineVerifiesAsIfRecordedThroughTheApi() {
        List<java.util.UUID> demo = jdbc.sql("""
                SELECT DISTINCT CAST(subject_id AS uuid) FROM audit_entry
                WHERE subject_type = 'organization' AND jurisdiction_code LIKE '43%'
                """).query(java.util.UUID.class).list();
        assertThat(demo).as("demo organizations with a timeline").hasSizeGreaterThan(10);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE hash IS NULL").query(Long.class).single())
                .isZero();
        assertThat(demo).allSatisfy(id -> assertThat(organizations.verifyTimeline(DemoUsers.officer("430000000000"), id)
                .intact()).as(id.toString()).isTrue());
    }
}
