package cn.incubator.registry.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.identity.Role;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.problem.OutOfScopeException;
import cn.incubator.platform.rollup.NodeEndpoint;
import cn.incubator.platform.test.RealPostgres;
import cn.incubator.platform.test.service.StandInDirectory;
import cn.incubator.platform.test.service.StandInNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The consultation log and its counts by period and topic, in scope, against a real PostgreSQL. */
@SpringBootTest(properties = "spring.grpc.server.port=0")
class ConsultationIT {

    private static final CurrentUser XINGSHA_HUB = user("xingsha-hub", Role.HUB_OPERATOR, "430121001000");
    private static final CurrentUser LANGLI_HUB = user("langli-hub", Role.HUB_OPERATOR, "430121004000");
    private static final CurrentUser COUNTY_OFFICER = user("county-officer", Role.CIVIL_AFFAIRS, "430121000000");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "registry_consultation_it");
    }

    @Autowired
    ConsultationService consultations;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    tools.jackson.databind.json.JsonMapper json;

    @Test
    void consultationsAreCountedByMonthAndTopicInTheCallersScope() {
        record(XINGSHA_HUB, "2024-03-05T02:00:00Z", Channel.PHONE, Topic.REGISTRATION, "430121001000");
        record(XINGSHA_HUB, "2024-03-20T02:00:00Z", Channel.QQ_GROUP, Topic.REGISTRATION, "430121001000");
        // 2024-03-31 17:00 UTC is already April 1st in China.
        record(XINGSHA_HUB, "2024-03-31T17:00:00Z", Channel.WECHAT, Topic.ANNUAL_INSPECTION, "430121001000");
        record(LANGLI_HUB, "2024-03-10T02:00:00Z", Channel.VISIT, Topic.PARTY_BUILDING, "430121004000");

        ConsultationStatistics xingsha = consultations.statistics(XINGSHA_HUB, LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31), ConsultationStatistics.Period.MONTH);
        assertThat(xingsha.total()).isEqualTo(3);
        assertThat(xingsha.byPeriod()).containsEntry("2024-03", 2L).containsEntry("2024-04", 1L);
        assertThat(xingsha.byTopic()).containsEntry(Topic.REGISTRATION, 2L).containsEntry(Topic.ANNUAL_INSPECTION, 1L)
                .doesNotContainKey(Topic.PARTY_BUILDING);

        ConsultationStatistics county = consultations.statistics(COUNTY_OFFICER, LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31), ConsultationStatistics.Period.QUARTER);
        assertThat(county.byPeriod()).containsEntry("2024-Q1", 3L).containsEntry("2024-Q2", 1L);
        assertThat(consultations.search(LANGLI_HUB, null, null, null, null, PageRequest.first(50)).items())
                .extracting(c -> c.jurisdiction().code()).containsOnly("430121004000");
    }

    @Test
    void aCountyHoldingAStreetNodeCountsTheNodesConsultationsByPeriodAndTopic() throws java.io.IOException {
        record(LANGLI_HUB, "2023-05-10T02:00:00Z", Channel.VISIT, Topic.PARTY_BUILDING, "430121004000");
        record(LANGLI_HUB, "2023-06-01T02:00:00Z", Channel.PHONE, Topic.FILING, "430121004000");
        LocalDate from = LocalDate.of(2023, 1, 1);
        LocalDate to = LocalDate.of(2023, 12, 31);
        ConsultationStatistics xingsha = ConsultationStatistics.of(from, to.plusDays(1),
                ConsultationStatistics.Period.QUARTER, List.of(
                        new ConsultationStatistics.Count("2023-Q1", Topic.REGISTRATION, 1),
                        new ConsultationStatistics.Count("2023-Q2", Topic.FILING, 2)));
        try (StandInNode node = StandInNode.start("xingsha", "430121001000", json)
                .answers(ConsultationStatisticsFederation.PATH, xingsha)) {
            ConsultationStatisticsFederation.Answer answer = federation(node.base()).statistics(COUNTY_OFFICER, from,
                    to, ConsultationStatistics.Period.QUARTER, null, StandInNode.AUTHORIZATION);
            assertThat(answer.partial()).isEmpty();
            ConsultationStatistics county = answer.statistics();
            assertThat(county.counts()).containsExactly(
                    new ConsultationStatistics.Count("2023-Q1", Topic.REGISTRATION, 1),
                    new ConsultationStatistics.Count("2023-Q2", Topic.FILING, 3),
                    new ConsultationStatistics.Count("2023-Q2", Topic.PARTY_BUILDING, 1));
            assertThat(county.total()).isEqualTo(5);
            assertThat(county.byPeriod()).containsExactly(Map.entry("2023-Q1", 1L), Map.entry("2023-Q2", 4L));
            assertThat(county.byTopic()).containsExactly(Map.entry(Topic.REGISTRATION, 1L), Map.entry(Topic.FILING, 3L),
                    Map.entry(Topic.PARTY_BUILDING, 1L));
            assertThat(county.from()).isEqualTo(from);
            assertThat(county.to()).isEqualTo(to.plusDays(1));
            assertThat(node.asked()).singleElement().isEqualTo(ConsultationStatisticsFederation.PATH
                    + "?from=2023-01-01&to=2023-12-31&period=QUARTER");
        }

        ConsultationStatisticsFederation.Answer dead = federation(StandInNode.deadBase()).statistics(COUNTY_OFFICER,
                from,
                to, ConsultationStatistics.Period.QUARTER, null, StandInNode.AUTHORIZATION);
        assertThat(dead.partial()).isEqualTo("xingsha=unavailable");
        assertThat(dead.statistics()).isEqualTo(consultations.statistics(COUNTY_OFFICER, from, to,
                ConsultationStatistics.Period.QUARTER));
        assertThat(dead.statistics().total()).isEqualTo(2);
    }

    private ConsultationStatisticsFederation federation(String node) {
        return new ConsultationStatisticsFederation(consultations, StandInDirectory.federation("registry",
                new NodeEndpoint("xingsha", cn.incubator.platform.jurisdiction.Jurisdiction.of("430121001000"), node),
                jdbc, json));
    }

    @Test
    void aHubRecordsOnlyForItsOwnStreet() {
        assertThatThrownBy(() -> record(LANGLI_HUB, "2024-05-01T02:00:00Z", Channel.PHONE, Topic.FILING,
                "430121001000")).isInstanceOf(OutOfScopeException.class);
    }

    @Test
    void whoAnsweredDefaultsToTheRecorder() {
        Consultation consultation = consultations.record(XINGSHA_HUB, new ConsultationService.NewConsultation(null,
                Channel.WECHAT, Topic.BOARD_RENEWAL, "换届需要提前多久报告？", "换届前两个月向业务主管单位报告。", null,
                "430121001000", null));
        assertThat(consultation.answeredBy()).isEqualTo("xingsha-hub");
    }

    private Consultation record(CurrentUser user, String askedAt, Channel channel, Topic topic, String jurisdiction) {
        return consultations.record(user, new ConsultationService.NewConsultation(Instant.parse(askedAt), channel,
                topic, "社会团体成立需要多少会员？", "50 个以上个人会员或 30 个以上单位会员。", "服务专员小李",
                jurisdiction, null));
    }

    private static CurrentUser user(String name, Role role, String jurisdiction) {
        return new CurrentUser(name, name, Set.of(role), List.of(Jurisdiction.of(jurisdiction)), Optional.empty(),
                Optional.empty());
    }
}
