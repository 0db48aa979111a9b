package cn.incubator.training;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.identity.Role;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.test.RealPostgres;
import cn.incubator.platform.test.service.Callers;
import cn.incubator.training.attendance.AttendanceService;
import cn.incubator.training.attendance.PersonTimes;
import cn.incubator.training.course.Audience;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The demo data loads on the real schema, and the person-times counted from its rows tell the domain's figures. */
@SpringBootTest(properties = {"spring.grpc.server.port=0",
        "spring.flyway.locations=classpath:db/migration,classpath:db/platform,classpath:db/demo"})
class DemoDataIT {

    private static final CurrentUser SICHUAN = Callers.user("sichuan-officer", Role.CIVIL_AFFAIRS, "510000000000");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "training_demo_it");
    }

    @Autowired
    AttendanceService attendance;
    @Autowired
    JdbcClient jdbc;

    @Test
    void yaanHas15SessionsAnd1200PlusPersonTimesChangshaCounty1000PlusAnd1500SocialWorkersTrained() {
        // Ya'an (5118) is one of the subtrees the default node serves (incubator.node): the service's count of its
        // person-times must equal the one counted from the rows
        long yaanRows = jdbc.sql("""
                SELECT count(*) FROM attendance a JOIN training_session s ON s.id = a.session_id
                WHERE s.jurisdiction_code LIKE '5118%' AND a.status IN ('PRESENT', 'LATE')""")
                .query(Long.class).single();
        assertThat(yaanRows).isGreaterThanOrEqualTo(1200);
        assertThat(attendance.personTimes(SICHUAN, Jurisdiction.of("511800000000"), null, null).total())
                .isEqualTo(yaanRows);
        assertThat(jdbc.sql("""
                SELECT count(DISTINCT s.id) FROM attendance a JOIN training_session s ON s.id = a.session_id
                WHERE s.jurisdiction_code LIKE '5118%' AND a.status IN ('PRESENT', 'LATE')""")
                .query(Long.class).single()).isEqualTo(15);

        PersonTimes county = attendance.personTimes(Callers.COUNTY_OFFICER, null, null, null);
        assertThat(county.total()).isGreaterThanOrEqualTo(1000);
        assertThat(county.rows()).extracting(PersonTimes.Row::area).extracting(Enum::name)
                .contains("COMMUNITY_FILING_AND_CULTIVATION", "VOLUNTEER_MANAGEMENT", "ACTIVITY_PLANNING");

        PersonTimes changsha = attendance.personTimes(Callers.user("changsha-officer", Role.CIVIL_AFFAIRS,
                "430100000000"), null, null, null);
        long socialWorkers = changsha.rows().stream().filter(r -> r.audience() == Audience.SOCIAL_WORKER)
                .mapToLong(PersonTimes.Row::personTimes).sum();
        assertThat(socialWorkers).isEqualTo(1500);
        assertThat(jdbc.sql("SELECT count(DISTINCT person_name) FROM enrolment WHERE audience = 'SOCIAL_WORKER'"
                + " AND status = 'COMPLETED'").query(Long.class).single()).isEqualTo(1500);
        assertThat(attendance.personTimes(Callers.LANGLI_HUB, null, null, null).total()).isZero();
    }
}
