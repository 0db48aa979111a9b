package cn.incubator.training.survey;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.platform.test.RealPostgres;
import cn.incubator.platform.test.service.Callers;
import cn.incubator.training.course.CourseArea;
import cn.incubator.training.support.FakeRegistry;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The demo survey loads on the real schema and its results are computed from the answer rows: respondents per street
 * against the registry's figures (here the demo registry's filed figures of Changsha County's streets), demand by area
 * and the plan ranked from it.
 */
@SpringBootTest(properties = {"spring.grpc.server.port=0",
        "spring.flyway.locations=classpath:db/migration,classpath:db/platform,classpath:db/demo"})
class DemoSurveyIT {

    static final FakeRegistry REGISTRY = new FakeRegistry();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "training_survey_demo_it");
        registry.add("spring.grpc.client.channels.registry.address", REGISTRY::grpcAddress);
        // a deadline for a loaded test machine, not the 2 s of a running platform
        registry.add("incubator.training.registry-deadline", () -> "15s");
    }

    @Autowired
    SurveyService surveys;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void noCaller() {
        Callers.none();
    }

    @Test
    void theCountySurveysResultsAndRatesAreComputedFromItsAnswers() {
        UUID id = jdbc.sql("SELECT md5('demo-survey-county-2025')::uuid").query(UUID.class).single();
        REGISTRY.street("430121001000", 112, 3);
        REGISTRY.street("430121004000", 81, 1);
        SurveyService.Results results = surveys.results(Callers.on(Callers.COUNTY_OFFICER), id);
        long rows = jdbc.sql("SELECT count(*) FROM survey_response WHERE survey_id = :s").param("s", id)
                .query(Long.class).single();
        assertThat(results.respondents()).isEqualTo((int) rows).isGreaterThan(500);
        assertThat(results.status()).isEqualTo(SurveyStatus.CLOSED);
        assertThat(results.responseRates().streets()).hasSize(18);
        SurveyService.StreetRate xingsha = results.responseRates().streets().get(0);
        assertThat(xingsha.street().name()).isEqualTo("星沙街道");
        assertThat(xingsha.organizations()).isEqualTo(115);
        assertThat(xingsha.responded()).isEqualTo(jdbc.sql("""
                SELECT count(*) FROM survey_response WHERE survey_id = :s
                AND organization_jurisdiction = '430121001000'""").param("s", id).query(Long.class).single());
        assertThat(xingsha.rate()).isEqualByComparingTo(SurveyResults.percent(xingsha.responded(), 115));
        assertThat(results.areas()).extracting(SurveyResults.Demand::key).contains(CourseArea.FINANCE_AND_TAX,
                CourseArea.CORPORATE_GOVERNANCE, CourseArea.PARTY_BUILDING);
        assertThat(surveys.proposePlan(Callers.COUNTY_OFFICER, id, 3)).hasSize(3)
                .first().extracting(CoursePlan.Item::rank).isEqualTo(1);
        assertThat(surveys.list(Callers.on(Callers.XINGSHA_HUB), SurveyStatus.OPEN)).hasSize(1);
    }
}
