package cn.incubator.systemtest;

import static cn.incubator.systemtest.Training.API;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
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
 * Training's whole chain as its users go through it, through the gateway with real tokens (issue 15), black box: the
 * Xingsha hub defines a needs questionnaire and opens a survey of its street that closes 15 s later; the
 * federation's admin (org-admin-demo) answers; the county officer reads the results; the survey closes by itself when
 * its time has passed (the scheduled auto-close, on the survey's timeline); the hub accepts the plan, whose top need
 * becomes a course of the street's catalogue; a session of it is scheduled with trainer-demo (of the talent pool);
 * three people are enrolled into two places, the third waits and moves up when one cancels; the trainer issues the
 * one-time codes (the QR slips) and scans one, which cannot be used again, and calls the other late at the roll call;
 * completion issues both certificates; the public verification (no token) says valid, then revoked after the hub
 * revokes one. The street's person-times for the session's day grow by exactly the two attendances, by audience.
 * The session's sitting starts half a minute ahead ({@link Training#sittingStart}; check-in opens 30 minutes before),
 * so the test waits for it to end before completion. The auto-close runs every 5 s here (the system tests' pom).
 */
@ExtendWith(RunningPlatform.class)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(SharedParts.TRAINING)
@ResourceLock(value = SharedParts.REGISTRY, mode = ResourceAccessMode.READ)
@ResourceLock(value = SharedParts.NODES, mode = ResourceAccessMode.READ)
class TrainingSystemIT {

    private static final String XINGSHA = "430121001000";
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Test
    void fromANeedsSurveyToACourseASessionCertificatesAndTheirPublicVerification() {
        String hub = Api.token("xingsha-hub");
        String org = Api.token("org-admin-demo");
        String trainer = Api.token("trainer-demo");
        String officer = Api.token("county-officer");

        // 需求调查: defined as data, opened for the street's organizations until 15 s from now
        Api.Response questionnaire = Api.post(API + "/questionnaires", hub, Map.of("jurisdiction", XINGSHA,
                "title", "星沙街道志愿服务能力需求调查", "questions", List.of(
                        Map.of("key", "needs", "text", "最需要哪些培训？", "kind", "MULTIPLE_CHOICE", "options", List.of(
                                Map.of("key", "volunteers", "label", "志愿者招募与管理", "topic", "志愿者管理",
                                        "area", "VOLUNTEER_MANAGEMENT"),
                                Map.of("key", "events", "label", "社区活动策划", "area", "ACTIVITY_PLANNING"))),
                        Map.of("key", "urgency", "text", "志愿者管理培训有多迫切？", "kind", "SCALE",
                                "topic", "志愿者管理", "area", "VOLUNTEER_MANAGEMENT"))));
        assertThat(questionnaire.status()).as(questionnaire.body()).isEqualTo(201);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant closesAt = now.plusSeconds(15);
        Api.Response created = Api.post(API + "/surveys", hub, Map.of("questionnaireId",
                questionnaire.json().get("id").asString(), "jurisdiction", XINGSHA, "title", "星沙街道志愿服务培训需求调查",
                "opensAt", now.minus(Duration.ofHours(1)).toString(), "closesAt", closesAt.toString()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String survey = API + "/surveys/" + created.json().get("id").asString();
        assertThat(Api.post(survey + "/publication", hub, Map.of()).json().get("status").asString()).isEqualTo("OPEN");

        Api.Response answered = Api.post(survey + "/responses", org, Map.of("answers", List.of(
                Map.of("question", "needs", "options", List.of("volunteers")),
                Map.of("question", "urgency", "scale", 5))));
        assertThat(answered.status()).as(answered.body()).isEqualTo(201);

        Api.Response results = Training.surveyResults(survey, officer);
        assertThat(results.status()).as(results.body()).isEqualTo(200);
        assertThat(results.json().get("respondents").asInt()).isEqualTo(1);
        JsonNode topArea = results.json().get("areas").get(0);
        assertThat(topArea.get("key").asString()).isEqualTo("VOLUNTEER_MANAGEMENT");
        assertThat(topArea.get("respondents").asInt()).isEqualTo(1);
        assertThat(results.json().get("responseRates").get("streets").get(0).get("responded").asLong()).isEqualTo(1);

        // closed by the scheduled auto-close once its close time has passed, not by anyone's hand
        Api.await("the survey to close by itself", Duration.ofMinutes(3),
                () -> "CLOSED".equals(Api.get(survey, hub).json().get("status").asString()));
        assertThat(Instant.now()).isAfter(closesAt);
        JsonNode closing = Api.get(survey + "/timeline?size=100", hub).items().valueStream()
                .filter(e -> e.get("action").asString().equals("survey.closed")).toList().get(0);
        assertThat(closing.get("actor").asString()).isEqualTo("survey-auto-close");

        // the plan drafted from the top need, accepted: the area becomes a course of the street's catalogue
        Api.Response plan = Api.get(survey + "/course-plan", hub);
        assertThat(plan.status()).as(plan.body()).isEqualTo(200);
        assertThat(plan.items().get(0).get("area").asString()).isEqualTo("VOLUNTEER_MANAGEMENT");
        Api.Response accepted = Api.post(survey + "/course-plan", hub, Map.of("jurisdiction", XINGSHA,
                "courses", List.of(Map.of("area", "VOLUNTEER_MANAGEMENT", "title", "志愿者基础知识及管理培训",
                        "hours", 2, "audience", List.of("ORGANIZATION_LEADER", "HUB_STAFF"), "completionPercent", 100))));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        String courseId = accepted.items().get(0).get("courseId").asString();
        assertThat(Api.get(API + "/courses/" + courseId, org).json().get("title").asString())
                .isEqualTo("志愿者基础知识及管理培训");

        // a session of the course, two places, its one sitting starting half a minute ahead
        Instant start = Training.sittingStart();
        Instant end = start.plus(Training.SITTING);
        LocalDate day = LocalDate.ofInstant(start, BEIJING);
        String personTimes = API + "/statistics/person-times?within=" + XINGSHA + "&from=" + day + "&to=" + day;
        JsonNode timesBefore = Api.get(personTimes, officer).json();
        Map<String, Object> schedule = Map.of("courseId", courseId, "jurisdiction", XINGSHA, "title", "第一期",
                "mode", "ONSITE", "venue", "星沙街道社会组织服务中心", "capacity", 2,
                "enrolmentDeadline", Training.enrolmentDeadline(start).toString(), "trainer", "trainer-demo",
                "sittings", List.of(Map.of("startsAt", start.toString(), "endsAt", end.toString())));
        assertThat(Api.post(API + "/sessions", Api.token("langli-hub"), schedule).status()).isEqualTo(403);
        Api.Response session = Api.post(API + "/sessions", hub, schedule);
        assertThat(session.status()).as(session.body()).isEqualTo(201);
        String sessions = API + "/sessions/" + session.json().get("id").asString();
        assertThat(Api.post(sessions + "/publication", hub, Map.of()).status()).isEqualTo(200);

        // enrolment with a waiting list that moves up on a cancellation
        String zhang = Training.enrol(sessions, org, "张伟", "HUB_STAFF", "ENROLLED");
        String li = Training.enrol(sessions, org, "李娜", "HUB_STAFF", "ENROLLED");
        String wang = Training.enrol(sessions, org, "王芳", "ORGANIZATION_LEADER", "WAITLISTED");
        assertThat(Api.post(API + "/enrolments/" + li + "/cancellation", org, Map.of()).status()).isEqualTo(200);
        assertThat(Api.get(API + "/enrolments/" + wang, org).json().get("status").asString()).isEqualTo("ENROLLED");

        // the trainer issues the one-time codes and scans 张伟's; a code is used once
        Api.Response notTrainer = Api.post(sessions + "/sittings/1/check-in-codes", org, Map.of());
        assertThat(notTrainer.status()).isEqualTo(403);
        assertThat(notTrainer.contentType()).startsWith("application/problem+json");
        String code = Training.checkInCode(Api.post(sessions + "/sittings/1/check-in-codes", trainer, Map.of()), zhang);
        Api.Response checkedIn = Api.post(API + "/check-ins", trainer, Map.of("code", code));
        assertThat(checkedIn.status()).as(checkedIn.body()).isEqualTo(201);
        Api.Response reused = Api.post(API + "/check-ins", org, Map.of("code", code));
        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.contentType()).startsWith("application/problem+json");
        assertThat(Api.post(sessions + "/closure", hub, Map.of()).status()).isEqualTo(200);

        // after the sitting: 王芳 called late at the roll call, then completion issues both certificates
        Api.await("the sitting to end", Duration.ofMinutes(5), () -> Instant.now().isAfter(end.plusSeconds(2)));
        Api.Response rollCall = Api.post(sessions + "/sittings/1/roll-call", trainer,
                Map.of("calls", List.of(Map.of("enrolmentId", wang, "status", "LATE"))));
        assertThat(rollCall.status()).as(rollCall.body()).isEqualTo(200);
        Api.Response completed = Api.post(sessions + "/completion", trainer, Map.of());
        assertThat(completed.status()).as(completed.body()).isEqualTo(200);
        assertThat(completed.json().get("items").valueStream().map(c -> c.get("holderName").asString()))
                .containsExactlyInAnyOrder("张伟", "王芳");
        JsonNode certificate = completed.json().get("items").valueStream()
                .filter(c -> c.get("holderName").asString().equals("张伟")).findFirst().orElseThrow();
        String verification = "/public/training/v1/certificates/" + certificate.get("code").asString();

        // public verification, no token: valid, masked; then revoked
        Api.Response verified = Api.get(verification, null);
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        assertThat(verified.json().get("status").asString()).isEqualTo("VALID");
        assertThat(verified.json().get("holder").asString()).isEqualTo("张*");
        assertThat(verified.body()).contains("志愿者基础知识及管理培训")
                .doesNotContain("张伟", certificate.get("organizationId").asString());
        Api.Response byOrg = Api.post(API + "/certificates/" + certificate.get("id").asString() + "/revocation", org,
                Map.of("reason", "自行撤销"));
        assertThat(byOrg.status()).isEqualTo(403);
        assertThat(byOrg.contentType()).startsWith("application/problem+json");
        Api.Response revoked = Api.post(API + "/certificates/" + certificate.get("id").asString() + "/revocation",
                hub, Map.of("reason", "培训记录有误"));
        assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
        Api.Response afterRevocation = Api.get(verification, null);
        assertThat(afterRevocation.status()).isEqualTo(200);
        assertThat(afterRevocation.json().get("status").asString()).isEqualTo("REVOKED");

        // person-times (人次) of the street that day, counted from the attendance rows: the check-in and the late call
        JsonNode timesAfter = Api.get(personTimes, officer).json();
        assertThat(timesAfter.get("total").asLong()).isEqualTo(timesBefore.get("total").asLong() + 2);
        assertThat(timesAfter.get("sessions").asLong()).isEqualTo(timesBefore.get("sessions").asLong() + 1);
        assertThat(timesAfter.get("rows").valueStream().mapToLong(r -> r.get("personTimes").asLong()).sum())
                .isEqualTo(timesAfter.get("total").asLong());
        for (String audience : List.of("HUB_STAFF", "ORGANIZATION_LEADER")) {
            assertThat(volunteering(timesAfter, audience)).as(audience)
                    .isEqualTo(volunteering(timesBefore, audience) + 1);
        }
    }

    /** The person-times of volunteer management in Xingsha for one audience, in the figures' rows. */
    private static long volunteering(JsonNode personTimes, String audience) {
        return personTimes.get("rows").valueStream()
                .filter(r -> r.get("jurisdiction").get("code").asString().equals(XINGSHA)
                        && r.get("area").asString().equals("VOLUNTEER_MANAGEMENT")
                        && r.get("audience").asString().equals(audience))
                .mapToLong(r -> r.get("personTimes").asLong()).sum();
    }
}
