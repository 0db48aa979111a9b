package cn.incubator.training.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.problem.ConflictException;
import cn.incubator.platform.problem.FieldProblemException;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.problem.ProblemException;
import cn.incubator.platform.test.service.Callers;
import cn.incubator.platform.transition.IllegalTransitionException;
import cn.incubator.platform.transition.RuleViolationException;
import cn.incubator.training.course.Audience;
import cn.incubator.training.course.CourseArea;
import cn.incubator.training.course.CourseService;
import cn.incubator.training.support.TrainingIT;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A county survey from questionnaire to course plan: Xingsha and Langli organizations answer once each, bad answers are
 * refused field by field with nothing stored, results and response rates per street against a registry that speaks
 * the real gRPC contract, a hub sees its street's part, and the plan of the closed survey becomes a catalogue course.
 */
class SurveyServiceIT extends TrainingIT {

    @DynamicPropertySource
    static void registry(DynamicPropertyRegistry registry) {
        // a deadline for a loaded test machine, not the 2 s of a running platform
        registry.add("incubator.training.registry-deadline", () -> "15s");
    }

    @Autowired
    SurveyService surveys;
    @Autowired
    CourseService courses;

    @Test
    void organizationsAnswerOnceTheResultsAddUpByAreaWithRatesPerStreetAndThePlanBecomesACourse() {
        REGISTRY.street("430121001000", 3, 1);
        REGISTRY.street("430121004000", 2, 0);
        Questionnaire questionnaire = surveys.define(COUNTY_BASE, Jurisdiction.of("430121000000"),
                "社会组织能力建设需求调查", null, Questionnaires.needsQuestions());
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Survey survey = surveys.create(COUNTY_BASE, questionnaire.id(), Jurisdiction.of("430121000000"),
                "2026 年长沙县社会组织培训需求调查", now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(14)));
        assertThatThrownBy(() -> surveys.answer(FEDERATION_ADMIN, survey.id(), List.of()))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> surveys.open(XINGSHA_HUB, survey.id())).isInstanceOf(ProblemException.class);
        assertThat(surveys.open(COUNTY_BASE, survey.id()).status()).isEqualTo(SurveyStatus.OPEN);

        surveys.answer(FEDERATION_ADMIN, survey.id(), List.of(Answer.choice("needs", "board", "tax"),
                Answer.scale("finance-urgency", 5), Answer.text("other", "希望周末上课")));
        assertThatThrownBy(() -> surveys.answer(FEDERATION_ADMIN, survey.id(), List.of(Answer.choice("needs", "tax"),
                Answer.scale("finance-urgency", 1))))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.slug()).isEqualTo("already-answered"));
        assertThatThrownBy(() -> surveys.answer(ELDERLY_ADMIN, survey.id(), List.of(
                Answer.choice("needs", "astrology"), Answer.scale("governance-urgency", 9),
                Answer.text("nope", "?"))))
                .isInstanceOfSatisfying(FieldProblemException.class, e -> assertThat(e.fieldProblems())
                        .extracting(FieldProblemException.FieldProblem::field)
                        .containsExactly("answers.needs", "answers.governance-urgency", "answers.nope",
                                "answers.finance-urgency"));
        assertThat(jdbc.sql("SELECT count(*) FROM survey_response WHERE survey_id = :s").param("s", survey.id())
                .query(Long.class).single()).isEqualTo(1);
        surveys.answer(DRAGON_BOAT_ADMIN, survey.id(), List.of(Answer.choice("needs", "tax", "volunteers"),
                Answer.scale("finance-urgency", 4)));
        assertThatThrownBy(() -> surveys.answer(YUHUA_ADMIN, survey.id(), List.of()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> surveys.results(Callers.user("yuhua-officer",
                cn.incubator.platform.identity.Role.CIVIL_AFFAIRS, "430111000000"), survey.id()))
                .isInstanceOf(NotFoundException.class);

        SurveyService.Results county = surveys.results(Callers.on(COUNTY_OFFICER), survey.id());
        assertThat(county.respondents()).isEqualTo(2);
        assertThat(county.areas()).extracting(SurveyResults.Demand::key, SurveyResults.Demand::respondents,
                SurveyResults.Demand::share).startsWith(tuple(CourseArea.FINANCE_AND_TAX, 2, new BigDecimal("100.0")));
        assertThat(county.responseRates().streets()).hasSize(18);
        assertThat(county.responseRates().streets()).filteredOn(s -> s.organizations() > 0)
                .extracting(s -> s.street().name(), SurveyService.StreetRate::organizations,
                        SurveyService.StreetRate::responded, SurveyService.StreetRate::rate)
                .containsExactly(tuple("星沙街道", 4L, 1L, new BigDecimal("25.0")),
                        tuple("㮾梨街道", 2L, 1L, new BigDecimal("50.0")));
        assertThat(county.responseRates().rate()).isEqualByComparingTo("33.3");
        assertThat(surveys.get(COUNTY_OFFICER, survey.id()).responses()).isEqualTo(2);

        SurveyService.Results xingsha = surveys.results(Callers.on(XINGSHA_HUB), survey.id());
        assertThat(xingsha.respondents()).isEqualTo(1);
        assertThat(xingsha.responseRates().streets()).extracting(s -> s.street().code())
                .containsExactly("430121001000");
        assertThat(surveys.responses(FEDERATION_ADMIN, survey.id())).extracting(SurveyResponse::organizationId)
                .containsExactly(FEDERATION);

        List<SurveyService.AcceptedCourse> finance = List.of(new SurveyService.AcceptedCourse(
                CourseArea.FINANCE_AND_TAX, "社会组织财税管理实务", new BigDecimal("6.0"),
                List.of(Audience.ORGANIZATION_LEADER), 80));
        assertThatThrownBy(() -> surveys.acceptPlan(COUNTY_BASE, survey.id(), Jurisdiction.of("430121000000"),
                finance)).isInstanceOf(IllegalTransitionException.class);
        surveys.close(COUNTY_BASE, survey.id());
        assertThatThrownBy(() -> surveys.answer(ELDERLY_ADMIN, survey.id(), List.of(
                Answer.choice("needs", "tax"), Answer.scale("finance-urgency", 3))))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> surveys.acceptPlan(COUNTY_BASE, survey.id(), Jurisdiction.of("430121000000"),
                List.of(new SurveyService.AcceptedCourse(CourseArea.PARTY_BUILDING, "党建", BigDecimal.ONE,
                        List.of(Audience.ORGANIZATION_LEADER), 80))))
                .isInstanceOfSatisfying(FieldProblemException.class, e -> assertThat(e.fieldProblems())
                        .extracting(FieldProblemException.FieldProblem::code)
                        .containsExactly("SurveyPlan.area.notNeeded"));

        List<CoursePlan.Item> plan = surveys.acceptPlan(COUNTY_BASE, survey.id(), Jurisdiction.of("430121000000"),
                finance);
        assertThat(plan.get(0).area()).isEqualTo(CourseArea.FINANCE_AND_TAX);
        assertThat(plan.get(0).courseId()).isNotNull();
        assertThat(courses.get(COUNTY_OFFICER, plan.get(0).courseId()).title()).isEqualTo("社会组织财税管理实务");
        assertThat(plan.stream().skip(1)).allMatch(item -> item.courseId() == null);
        assertThatThrownBy(() -> surveys.acceptPlan(COUNTY_BASE, survey.id(), Jurisdiction.of("430121000000"),
                finance)).isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.slug()).isEqualTo("plan-already-accepted"));
    }

    @Test
    void answersAreTakenOnlyBetweenTheOpenAndCloseTimesAndASurveyGoesToADistrictOrAStreet() {
        Questionnaire questionnaire = surveys.define(COUNTY_BASE, Jurisdiction.of("430121000000"), "问卷", null,
                Questionnaires.needsQuestions());
        Instant opens = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
        assertThatThrownBy(() -> surveys.create(Callers.CITY_OPERATOR, questionnaire.id(),
                Jurisdiction.of("430100000000"), "全市", opens, opens.plus(Duration.ofDays(7))))
                .isInstanceOfSatisfying(FieldProblemException.class,
                        e -> assertThat(e.fieldProblems().get(0).field()).isEqualTo("jurisdiction"));
        Survey survey = surveys.create(XINGSHA_HUB, questionnaire.id(), Jurisdiction.of("430121001000"), "星沙",
                opens, opens.plus(Duration.ofDays(7)));
        surveys.open(XINGSHA_HUB, survey.id());
        List<Answer> answers = List.of(Answer.choice("needs", "tax"), Answer.scale("finance-urgency", 3));
        assertThatThrownBy(() -> surveys.answer(FEDERATION_ADMIN, survey.id(), answers))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.slug()).isEqualTo("survey-not-yet-open"));
        assertThatThrownBy(() -> surveys.answer(DRAGON_BOAT_ADMIN, survey.id(), answers))
                .isInstanceOf(NotFoundException.class);
        CLOCK.stoppedAt = opens.plus(Duration.ofDays(8));
        assertThatThrownBy(() -> surveys.answer(FEDERATION_ADMIN, survey.id(), answers))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.slug()).isEqualTo("survey-closed"));
        CLOCK.stoppedAt = opens.plus(Duration.ofDays(1));
        assertThat(surveys.answer(FEDERATION_ADMIN, survey.id(), answers).organizationId()).isEqualTo(FEDERATION);
    }
}
