package cn.incubator.registry.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.test.RealPostgres;
import cn.incubator.registry.weekly.WeeklyActivityService;
import cn.incubator.registry.weekly.WeeklyViews;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Ya'an's weekly pre-report figures come out of the demo data, on a node serving Ya'an city (雅安市 5118). */
@SpringBootTest(properties = {"spring.grpc.server.port=0", "incubator.node.jurisdiction=511800000000",
        DemoUsers.WITH_DEMO})
class YaanDemoDataIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "registry_demo_yaan_it");
    }

    @Autowired
    WeeklyActivityService weekly;

    @Test
    void upTo15December2016Yucheng68IssuesWith5486ActivitiesAnd251853Attendees() {
        WeeklyViews.Cumulative all = weekly.cumulative(DemoUsers.officer("511800000000"), Jurisdiction.of("511802"),
                LocalDate.of(2015, 1, 1), LocalDate.of(2016, 12, 15));

        assertThat(all.weeklyIssues()).isEqualTo(68);
        assertThat(all.activities()).isEqualTo(5_486);
        assertThat(all.attendees()).isEqualTo(251_853);
    }

    @Test
    void in2016Alone46IssuesWith4286ActivitiesAnd198662Attendees() {
        WeeklyViews.Cumulative year = weekly.cumulative(DemoUsers.officer("511800000000"), Jurisdiction.of("511800"),
                LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31));

        assertThat(year.weeklyIssues()).isEqualTo(46);
        assertThat(year.activities()).isEqualTo(4_286);
        assertThat(year.attendees()).isEqualTo(198_662);
    }
}
