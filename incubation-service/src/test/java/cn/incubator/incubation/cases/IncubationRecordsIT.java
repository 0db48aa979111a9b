package cn.incubator.incubation.cases;

import static cn.incubator.platform.test.service.Callers.COUNTY_OFFICER;
import static cn.incubator.platform.test.service.Callers.LANGLI_HUB;
import static cn.incubator.platform.test.service.Callers.on;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.contracts.incubation.v1.GetIncubationStandingsRequest;
import cn.incubator.contracts.incubation.v1.IncubationStanding;
import cn.incubator.contracts.incubation.v1.IncubationStandings;
import cn.incubator.incubation.support.IncubationIT;
import cn.incubator.platform.problem.FieldProblemException;
import io.grpc.stub.StreamObserver;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * incubation.v1.IncubationRecords/GetIncubationStandings as grants call it: the caller's token on the thread, its data
 * scope applied, organizations never incubated or out of scope left out.
 */
class IncubationRecordsIT extends IncubationIT {

    private static final String XINGSHA = "430121001000";

    @Autowired
    IncubationRecordsGrpcService records;

    private UUID base;

    @BeforeEach
    void aCountyBase() {
        base = UUID.randomUUID();
        jdbc.sql("INSERT INTO base (id, name, jurisdiction_code, operator_name, created_at) "
                        + "VALUES (:id, :name, '430121000000', '湖南乐创公益慈善发展中心', now())")
                .param("id", base).param("name", "长沙县社会组织孵化基地" + base.toString().substring(0, 4)).update();
    }

    @Test
    void aGraduatedOrganizationInFollowUpStandsGraduatedWithItsBeijingGraduationDate() {
        UUID organization = UUID.randomUUID();
        // 2025-03-31 17:30 UTC is already 1 April in Beijing.
        incubationCase(organization, Stage.FOLLOW_UP, "2024-05-06T02:00:00Z", "2025-03-31T17:30:00Z");

        IncubationStanding standing = standings(on(COUNTY_OFFICER), organization.toString()).get(0);

        assertThat(standing.getOrganizationId()).isEqualTo(organization.toString());
        assertThat(standing.getStage()).isEqualTo("FOLLOW_UP");
        assertThat(standing.getGraduated()).isTrue();
        assertThat(standing.getGraduatedOn()).isEqualTo("2025-04-01");
        assertThat(standing.getBaseName()).startsWith("长沙县社会组织孵化基地");
    }

    @Test
    void theLatestCaseGivesTheStageAndAnEarlierGraduationStillCounts() {
        UUID organization = UUID.randomUUID();
        incubationCase(organization, Stage.CLOSED, "2022-03-01T02:00:00Z", "2023-01-10T02:00:00Z");
        incubationCase(organization, Stage.IN_SHELL, "2025-02-01T02:00:00Z", null);
        UUID neverGraduated = UUID.randomUUID();
        incubationCase(neverGraduated, Stage.INSPECTION, "2025-06-01T02:00:00Z", null);

        Map<String, IncubationStanding> standings = byOrganization(standings(on(COUNTY_OFFICER),
                organization.toString(), neverGraduated.toString()));

        assertThat(standings.get(organization.toString()).getStage()).isEqualTo("IN_SHELL");
        assertThat(standings.get(organization.toString()).getGraduated()).isTrue();
        assertThat(standings.get(organization.toString()).getGraduatedOn()).isEqualTo("2023-01-10");
        assertThat(standings.get(neverGraduated.toString()).getGraduated()).isFalse();
        assertThat(standings.get(neverGraduated.toString()).getGraduatedOn()).isEmpty();
    }

    @Test
    void organizationsOutsideTheCallersScopeOrNeverIncubatedAreLeftOut() {
        UUID inXingsha = UUID.randomUUID();
        incubationCase(inXingsha, Stage.GRADUATED, "2024-05-06T02:00:00Z", "2025-03-06T02:00:00Z");

        List<IncubationStanding> asLangli = standings(on(LANGLI_HUB), inXingsha.toString(),
                UUID.randomUUID().toString(), "not-an-id");
        List<IncubationStanding> asCounty = standings(on(COUNTY_OFFICER), inXingsha.toString(),
                UUID.randomUUID().toString(), "not-an-id");

        assertThat(asLangli).isEmpty();
        assertThat(asCounty).extracting(IncubationStanding::getOrganizationId)
                .containsExactly(inXingsha.toString());
    }

    @Test
    void moreThanFiveHundredOrganizationsAtOnceAreRefusedFieldByField() {
        on(COUNTY_OFFICER);
        GetIncubationStandingsRequest tooMany = GetIncubationStandingsRequest.newBuilder()
                .addAllOrganizationIds(IntStream.range(0, 501).mapToObj(i -> UUID.randomUUID().toString()).toList())
                .build();

        assertThatThrownBy(() -> records.getIncubationStandings(tooMany, new Collected()))
                .isInstanceOfSatisfying(FieldProblemException.class,
                        e -> assertThat(e.getMessage()).isNotNull());
    }

    /** A case as the stage machine would have left it; its clocks far ahead so no reminder job picks it up. */
    private void incubationCase(UUID organization, Stage stage, String appliedAt, String graduatedAt) {
        jdbc.sql("""
                INSERT INTO incubation_case (id, track, stage, organization_id, organization_name, jurisdiction_code,
                    base_id, applied_at, graduated_at, in_shell_ends_at, follow_up_ends_at, version)
                VALUES (:id, 'INCUBATION', :stage, :org, '星沙街道阳光养老服务中心', :jurisdiction, :base, :applied,
                    :graduated, TIMESTAMPTZ '2099-01-01 00:00Z', TIMESTAMPTZ '2099-01-01 00:00Z', 0)
                """)
                .param("id", UUID.randomUUID()).param("stage", stage.name()).param("org", organization)
                .param("jurisdiction", XINGSHA).param("base", base)
                .param("applied", Timestamp.from(Instant.parse(appliedAt)))
                .param("graduated", graduatedAt == null ? null : Timestamp.from(Instant.parse(graduatedAt)))
                .update();
    }

    private List<IncubationStanding> standings(Object caller, String... organizationIds) {
        Collected answer = new Collected();
        records.getIncubationStandings(GetIncubationStandingsRequest.newBuilder()
                .addAllOrganizationIds(List.of(organizationIds)).build(), answer);
        assertThat(answer.completed).isTrue();
        return answer.values.get(0).getStandingsList();
    }

    private static Map<String, IncubationStanding> byOrganization(List<IncubationStanding> standings) {
        return standings.stream().collect(Collectors.toMap(IncubationStanding::getOrganizationId, Function.identity()));
    }

    private static final class Collected implements StreamObserver<IncubationStandings> {
        final List<IncubationStandings> values = new ArrayList<>();
        boolean completed;

        @Override
        public void onNext(IncubationStandings value) {
            values.add(value);
        }

        @Override
        public void onError(Throwable t) {
            throw new AssertionError(t);
        }

        @Override
        public void onCompleted() {
            completed = true;
        }
    }
}
