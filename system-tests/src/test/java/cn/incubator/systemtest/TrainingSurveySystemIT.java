package cn.incubator.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import tools.jackson.databind.JsonNode;

/**
 * A needs survey (需求调查问卷) through the gateway with real tokens: the Xingsha hub defines a questionnaire and opens a
 * survey of its street; the federation's admin (org-admin-demo) answers for its organization, bad answers are refused
 * field by field with nothing stored and a second answer is refused; the county officer reads the results with the
 * street's response rate against the organizations the registry counts there (over gRPC); the plan drafted from the
 * top need becomes a course of the street's catalogue. Another street's hub sees nothing (404); wrong roles get 403.
 */
@ExtendWith(RunningPlatform.class)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(SharedParts.TRAINING)
@ResourceLock(value = SharedParts.REGISTRY, mode = ResourceAccessMode.READ)
@ResourceLock(value = SharedParts.NODES, mode = ResourceAccessMode.READ)
class TrainingSurveySystemIT {

    private static final String API = "/api/training/v1";
    private static final String XINGSHA = "430121001000";

    @Test
    void aXingshaSurveyFromQuestionnaireToACoursePlan() {
        String hub = Api.token("xingsha-hub");
        String org = Api.token("org-admin-demo");
        String officer = Api.token("county-officer");

        Map<String, Object> definition = Map.of("jurisdiction", XINGSHA, "title", "星沙街道社会组织培训需求调查问卷",
                "questions", List.of(
                        Map.of("key", "needs", "text", "最需要哪些培训？", "kind", "MULTIPLE_CHOICE", "options", List.of(
                                Map.of("key", "tax", "label", "税务申报", "topic", "税务申报", "area", "FINANCE_AND_TAX"),
                                Map.of("key", "board", "label", "理事会建设", "topic", "理事会建设",
                                        "area", "CORPORATE_GOVERNANCE"),
                                Map.of("key", "volunteers", "label", "志愿者管理", "area", "VOLUNTEER_MANAGEMENT"))),
                        Map.of("key", "urgency", "text", "财税培训有多迫切？", "kind", "SCALE", "topic", "税务申报",
                                "area", "FINANCE_AND_TAX"),
                        Map.of("key", "other", "text", "其他建议", "kind", "TEXT", "required", false)));
        Api.Response refused = Api.post(API + "/questionnaires", org, definition);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        Api.Response questionnaire = Api.post(API + "/questionnaires", hub, definition);
        assertThat(questionnaire.status()).as(questionnaire.body()).isEqualTo(201);

        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Api.Response created = Api.post(API + "/surveys", hub, Map.of("questionnaireId",
                questionnaire.json().get("id").asString(), "jurisdiction", XINGSHA, "title", "2026 年星沙街道培训需求调查",
                "opensAt", now.minus(Duration.ofHours(1)).toString(), "closesAt", now.plus(Duration.ofDays(7)).toString()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("status").asString()).isEqualTo("DRAFT");
        String survey = API + "/surveys/" + created.json().get("id").asString();
        assertThat(Api.post(survey + "/publication", Api.token("langli-hub"), Map.of()).status()).isEqualTo(404);
        Api.Response opened = Api.post(survey + "/publication", hub, Map.of());
        assertThat(opened.status()).as(opened.body()).isEqualTo(200);
        assertThat(opened.json().get("status").asString()).isEqualTo("OPEN");

        // bad answers: each named by its question, nothing stored
        Api.Response bad = Api.post(survey + "/responses", org, Map.of("answers", List.of(
                Map.of("question", "needs", "options", List.of("tax", "astrology")),
                Map.of("question", "nope", "text", "?"))));
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        bad.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).containsExactly("answers.needs", "answers.nope", "answers.urgency");
        Api.Response outOfRange = Api.post(survey + "/responses", org, Map.of("answers", List.of(
                Map.of("question", "needs", "options", List.of("tax")), Map.of("question", "urgency", "scale", 9))));
        assertThat(outOfRange.status()).isEqualTo(400);
        assertThat(outOfRange.json().get("errors").get(0).get("field").asString()).isEqualTo("answers.urgency");
        assertThat(outOfRange.json().get("errors").get(0).get("message").asString()).contains("1", "5");
        assertThat(Api.get(survey + "/responses", hub).items()).isEmpty();

        Map<String, Object> answers = Map.of("answers", List.of(
                Map.of("question", "needs", "options", List.of("tax", "board")), Map.of("question", "urgency", "scale", 5),
                Map.of("question", "other", "text", "希望周末上课")));
        Api.Response answered = Api.post(survey + "/responses", org, answers);
        assertThat(answered.status()).as(answered.body()).isEqualTo(201);
        Api.Response again = Api.post(survey + "/responses", org, answers);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.json().get("type").asString()).isEqualTo("urn:incubator:problem:already-answered");
        assertThat(Api.get(survey + "/responses", hub).items()).hasSize(1);

        // results with the street's response rate against the registry's organizations
        Api.Response results = Training.surveyResults(survey, officer);
        assertThat(results.status()).as(results.body()).isEqualTo(200);
        JsonNode figures = results.json();
        assertThat(figures.get("respondents").asInt()).isEqualTo(1);
        JsonNode finance = figures.get("areas").get(0);
        assertThat(finance.get("key").asString()).isEqualTo("FINANCE_AND_TAX");
        assertThat(finance.get("respondents").asInt()).isEqualTo(1);
        assertThat(finance.get("scaleMean").decimalValue()).isEqualByComparingTo("5.00");
        JsonNode streets = figures.get("responseRates").get("streets");
        assertThat(streets.size()).isEqualTo(1);
        JsonNode street = streets.get(0);
        assertThat(street.get("street").get("name").asString()).isEqualTo("星沙街道");
        long organizations = street.get("organizations").asLong();
        assertThat(organizations).isGreaterThanOrEqualTo(112);
        assertThat(street.get("responded").asLong()).isEqualTo(1);
        assertThat(street.get("rate").decimalValue()).isEqualByComparingTo(BigDecimal.valueOf(100)
                .divide(BigDecimal.valueOf(organizations), 1, RoundingMode.HALF_UP));

        // the plan drafted from the top needs, accepted into the street's catalogue once the survey is closed
        Api.Response plan = Api.get(survey + "/course-plan?top=3", hub);
        assertThat(plan.status()).as(plan.body()).isEqualTo(200);
        assertThat(plan.items().get(0).get("area").asString()).isEqualTo("FINANCE_AND_TAX");
        assertThat(plan.items().get(0).get("rank").asInt()).isEqualTo(1);
        assertThat(Api.post(survey + "/closure", hub, Map.of()).status()).isEqualTo(200);
        Api.Response accepted = Api.post(survey + "/course-plan", hub, Map.of("jurisdiction", XINGSHA,
                "courses", List.of(Map.of("area", "FINANCE_AND_TAX", "title", "社会组织税务申报实务", "hours", 3,
                        "audience", List.of("ORGANIZATION_LEADER")))));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        String course = accepted.items().get(0).get("courseId").asString();
        Api.Response catalogue = Api.get(API + "/courses/" + course, org);
        assertThat(catalogue.status()).isEqualTo(200);
        assertThat(catalogue.json().get("title").asString()).isEqualTo("社会组织税务申报实务");

        // another street sees nothing; wrong roles are refused
        String langli = Api.token("langli-hub");
        assertThat(Api.get(survey, langli).status()).isEqualTo(404);
        Api.Response foreign = Api.get(survey + "/results", langli);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.contentType()).startsWith("application/problem+json");
        Api.Response orgResults = Api.get(survey + "/results", org);
        assertThat(orgResults.status()).isEqualTo(403);
        assertThat(orgResults.contentType()).startsWith("application/problem+json");
        assertThat(Api.get(API + "/surveys", Api.token("trainer-demo")).status()).isEqualTo(403);
        assertThat(Api.post(survey + "/responses", officer, answers).status()).isEqualTo(403);
        assertThat(Api.post(survey + "/course-plan", officer, Map.of()).status()).isEqualTo(403);
    }
}
