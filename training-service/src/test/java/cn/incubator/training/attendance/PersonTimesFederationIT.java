package cn.incubator.training.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.rollup.NodeEndpoint;
import cn.incubator.platform.test.RealPostgres;
import cn.incubator.platform.test.service.Callers;
import cn.incubator.platform.test.service.StandInDirectory;
import cn.incubator.platform.test.service.StandInNode;
import cn.incubator.training.course.Audience;
import cn.incubator.training.course.CourseArea;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * 跨节点统计: the county's person-times on the demo data, asked of a county holding a Xingsha street node (a stand-in
 * on loopback answering the statistics' JSON), count the node's attendance too: a row of the same place, area,
 * audience and month added, the others merged in one node's order, sessions and total summed; a dead node is named
 * and this node's figures answered.
 */
@SpringBootTest(properties = {"spring.grpc.server.port=0",
        "spring.flyway.locations=classpath:db/migration,classpath:db/platform,classpath:db/demo"})
class PersonTimesFederationIT {

    private static final Jurisdiction COUNTY = Jurisdiction.of("430121000000");
    private static final Jurisdiction XINGSHA = Jurisdiction.of("430121001000");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "training_person_times_federation_it");
    }

    @Autowired
    AttendanceService attendance;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    private PersonTimesFederation.Answer personTimes(String node) {
        return new PersonTimesFederation(attendance, StandInDirectory.federation(
                "training", new NodeEndpoint("xingsha", XINGSHA, node), jdbc,
                json)).personTimes(Callers.COUNTY_OFFICER, COUNTY, null, null, null, StandInNode.AUTHORIZATION);
    }

    @Test
    void theCountysPersonTimesAddTheNodesRowsByPlaceAreaAudienceAndMonth() throws IOException {
        PersonTimes own = attendance.personTimes(Callers.COUNTY_OFFICER, COUNTY, null, null);
        assertThat(own.rows()).as("the demo's county attendance").isNotEmpty();
        PersonTimes.Row same = own.rows().get(0);
        PersonTimes.Row earliest = new PersonTimes.Row(XINGSHA, CourseArea.FINANCE_AND_TAX, Audience.HUB_STAFF,
                "2000-01", 1, 20);
        PersonTimes.Row latest = new PersonTimes.Row(XINGSHA, CourseArea.PARTY_BUILDING, Audience.SOCIAL_WORKER,
                "2099-12", 2, 45);
        PersonTimes xingsha = new PersonTimes(20 + 45 + 7, 1 + 2 + 1, List.of(earliest, new PersonTimes.Row(
                same.jurisdiction(), same.area(), same.audience(), same.period(), 1, 7), latest));
        try (StandInNode node = StandInNode.start("xingsha", "430121001000", json)
                .answers(PersonTimesFederation.PATH, xingsha)) {
            PersonTimesFederation.Answer answer = personTimes(node.base());
            assertThat(answer.partial()).isEmpty();
            PersonTimes county = answer.personTimes();
            assertThat(county.total()).isEqualTo(own.total() + 72);
            assertThat(county.sessions()).isEqualTo(own.sessions() + 4);
            List<PersonTimes.Row> expected = new ArrayList<>();
            expected.add(earliest);
            expected.add(new PersonTimes.Row(same.jurisdiction(), same.area(), same.audience(), same.period(),
                    same.sessions() + 1, same.personTimes() + 7));
            expected.addAll(own.rows().subList(1, own.rows().size()));
            expected.add(latest);
            assertThat(county.rows()).containsExactlyElementsOf(expected);
            assertThat(node.asked()).singleElement().isEqualTo(PersonTimesFederation.PATH + "?within=430121000000");
        }
    }

    @Test
    void aDeadNodeIsNamedAndThisNodesPersonTimesAnswered() {
        PersonTimesFederation.Answer answer = personTimes(StandInNode.deadBase());
        assertThat(answer.partial()).isEqualTo("xingsha=unavailable");
        assertThat(answer.personTimes()).isEqualTo(attendance.personTimes(Callers.COUNTY_OFFICER, COUNTY, null,
                null));
    }
}
