package cn.incubator.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.launcher.Platform;
import cn.incubator.launcher.PlatformConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;
import tools.jackson.databind.JsonNode;

/**
 * Training's links to the other services, through the gateway with real tokens: trainers are chosen from the
 * registry's talent pool over gRPC (an unknown one is refused naming the field, nothing stored), a trainer runs only
 * their own sessions, a completion is published on training's outbox feed ({@code CourseCompleted}, read from
 * {@code /actuator/events}) and lands on the organization's incubation case timeline (incubation subscribes), and
 * the case shows the organization's training record over gRPC, or "unavailable" while training is stopped.
 * Black-box: nothing is read from a database.
 */
@ExtendWith(RunningPlatform.class)
@ResourceLock(SharedParts.TRAINING)
class TrainingLinksSystemIT {

    private static final String API = "/api/training/v1";
    private static final String INCUBATION = "/api/incubation/v1";
    private static final String TRAINING_SERVICE = "training-service";
    private static final String COMPLETED = "cn.incubator.training.events.v1.CourseCompleted";
    /** 长沙县星沙街道社区社会组织联合会, the organization org-admin-demo acts for. */
    private static final String FEDERATION = "3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1001";
    /** 吴军 of the talent pool (星沙街道), whose account is trainer-demo. */
    private static final String TRAINER_WU = "3f0c6b2e-6a41-4c57-9d37-0000000000f1";

    @Test
    void trainersComeFromThePoolACompletionIsPublishedAndTheCaseShowsTheTrainingRecord() {
        String hub = Api.token("xingsha-hub");
        String org = Api.token("org-admin-demo");
        String trainer = Api.token("trainer-demo");
        String county = Api.token("county-officer");

        // The federation's incubation case, and its training record before
        String incubationCase = admit(county, Admissions.baseWithAResidentZone("培训记录测试"), FEDERATION);
        JsonNode before = availableTrainingRecord(incubationCase, county);

        // An unknown trainer id is a 400 naming its place in the list, and no course is stored
        long coursesBefore = Api.get(API + "/courses?area=VOLUNTEER_MANAGEMENT", hub).json().get("total").asLong();
        Api.Response unknown = postRetrying(API + "/courses", hub, course(List.of(TRAINER_WU,
                UUID.randomUUID().toString())));
        assertProblem(unknown, 400, "trainerIds[1]");
        assertThat(Api.get(API + "/courses?area=VOLUNTEER_MANAGEMENT", hub).json().get("total").asLong())
                .isEqualTo(coursesBefore);
        Api.Response course = postRetrying(API + "/courses", hub, course(List.of(TRAINER_WU)));
        assertThat(course.status()).as(course.body()).isEqualTo(201);
        String courseId = course.json().get("id").asString();

        // A session's trainer is an account of the pool; an unknown one is a 400 on "trainer", nothing planned
        Instant start = Training.sittingStart();
        Instant end = start.plus(Training.SITTING);
        assertProblem(postRetrying(API + "/sessions", hub, session(courseId, start, end, "nobody-in-the-pool")), 400,
                "trainer");
        assertThat(Api.get(API + "/sessions?courseId=" + courseId, hub).json().get("total").asLong()).isZero();
        Api.Response session = postRetrying(API + "/sessions", hub, session(courseId, start, end, "trainer-demo"));
        assertThat(session.status()).as(session.body()).isEqualTo(201);
        String sessions = API + "/sessions/" + session.json().get("id").asString();

        // A trainer runs only their own sessions
        Api.Response other = Api.post(API + "/sessions", hub, session(courseId, start, end, null));
        assertThat(other.status()).as(other.body()).isEqualTo(201);
        Api.Response notTheirs = Api.post(API + "/sessions/" + other.json().get("id").asString()
                + "/sittings/1/check-in-codes", trainer, Map.of());
        assertThat(notTheirs.status()).isEqualTo(403);
        assertThat(notTheirs.contentType()).startsWith("application/problem+json");
        assertThat(notTheirs.json().get("type").asString()).isEqualTo("urn:incubator:problem:not-your-session");

        // Enrolment, a code check-in, completion
        assertThat(Api.post(sessions + "/publication", hub, Map.of()).status()).isEqualTo(200);
        Api.Response enrolled = Api.post(sessions + "/enrolments", org, Map.of("personName", "周敏",
                "audience", "ORGANIZATION_LEADER"));
        assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
        Api.Response codes = Api.post(sessions + "/sittings/1/check-in-codes", trainer, Map.of());
        assertThat(codes.status()).as(codes.body()).isEqualTo(201);
        String code = codes.json().get("items").get(0).get("code").asString();
        Api.Response checkedIn = Api.post(API + "/check-ins", org, Map.of("code", code));
        assertThat(checkedIn.status()).as(checkedIn.body()).isEqualTo(201);
        assertThat(Api.post(sessions + "/closure", hub, Map.of()).status()).isEqualTo(200);
        long publishedBefore = Admissions.published(TRAINING_SERVICE, COMPLETED);
        Api.await("the sitting to end", Duration.ofMinutes(5), () -> Instant.now().isAfter(end.plusSeconds(2)));
        Api.Response completed = Api.post(sessions + "/completion", trainer, Map.of());
        assertThat(completed.status()).as(completed.body()).isEqualTo(200);
        assertThat(completed.json().get("items").size()).isEqualTo(1);

        // The completion is on training's feed, one event per certificate; incubation, which subscribes, puts it on
        // the organization's open case's timeline
        assertThat(Admissions.published(TRAINING_SERVICE, COMPLETED)).isEqualTo(publishedBefore + 1);
        Api.await("incubation reading training's completions", Duration.ofSeconds(60),
                () -> Admissions.caughtUp(TRAINING_SERVICE, "incubation-service", COMPLETED));
        List<JsonNode> told = Api.get(INCUBATION + "/cases/" + incubationCase + "/timeline?size=100", county).items()
                .valueStream().filter(e -> e.get("action").asString().equals("case.training-completed")).toList();
        // the event names the organization as the registry told the trainer who completed the session
        assertThat(told).singleElement().satisfies(e -> assertThat(e.get("after").asString())
                .contains("周敏", "长沙县星沙街道社区社会组织联合会"));

        // The incubation case shows the federation's training record, counted by training
        JsonNode after = availableTrainingRecord(incubationCase, county);
        assertThat(after.get("coursesCompleted").asInt()).isEqualTo(before.get("coursesCompleted").asInt() + 1);
        assertThat(after.get("personTimes").asLong()).isEqualTo(before.get("personTimes").asLong() + 1);
        assertThat(after.get("certificates").asInt()).isEqualTo(before.get("certificates").asInt() + 1);
        assertThat(after.get("lastCompletedOn").asString()).isNotBlank();
    }

    @Test
    void whileTrainingIsStoppedTheCaseShowsTheRecordUnavailableNotA5xxNorAHang() {
        String county = Api.token("county-officer");
        String organization = Admissions.filedOrganization(county, "星沙街道培训记录停机测试服务队");
        String incubationCase = admit(county, Admissions.baseWithAResidentZone("培训停机测试"), organization);
        JsonNode up = availableTrainingRecord(incubationCase, county);
        assertThat(up.get("coursesCompleted").asInt()).isZero();

        Platform platform = RunningPlatform.platform();
        PlatformConfig.Service training = platform.service(TRAINING_SERVICE);
        platform.stopService(training.name());
        try {
            Instant asked = Instant.now();
            Api.Response detail = Api.get(INCUBATION + "/cases/" + incubationCase, county);

            assertThat(Duration.between(asked, Instant.now())).isLessThan(Duration.ofSeconds(10));
            assertThat(detail.status()).as(detail.body()).isEqualTo(200);
            JsonNode record = detail.json().get("trainingRecord");
            assertThat(record.get("availability").asString()).isEqualTo("UNAVAILABLE");
            assertThat(record.get("coursesCompleted").isNull()).isTrue();
            assertThat(detail.json().get("organizationId").asString()).isEqualTo(organization);
        } finally {
            platform.startService(training);
            platform.awaitService(training);
        }
        assertThat(availableTrainingRecord(incubationCase, county).get("coursesCompleted").asInt()).isZero();
    }

    /**
     * The case's training record once training answers within incubation's deadline (a first call on a busy machine
     * may take longer than the 1 s and show UNAVAILABLE, which is the behaviour under test elsewhere).
     */
    private static JsonNode availableTrainingRecord(String incubationCase, String token) {
        Api.await("the training record to be available", Duration.ofSeconds(60),
                () -> "AVAILABLE".equals(trainingRecord(incubationCase, token).get("availability").asString()));
        return trainingRecord(incubationCase, token);
    }

    /**
     * Posts until the answer is not a 503: a call that needs another service (the registry's eligibility or talent
     * pool) may miss its deadline on a busy machine, and that 503 says to retry and has stored nothing.
     */
    private static Api.Response postRetrying(String path, String token, Object body) {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(90));
        Api.Response response = Api.post(path, token, body);
        while (response.status() == 503 && Instant.now().isBefore(giveUp)) {
            sleep();
            response = Api.post(path, token, body);
        }
        return response;
    }

    /** The organization's resident case in the base, admitted; its id. */
    private static String admit(String token, String baseId, String organizationId) {
        Api.Response applied = postRetrying(INCUBATION + "/cases", token, Map.of("track", "RESIDENT",
                "baseId", baseId, "organizationId", organizationId));
        assertThat(applied.status()).as(applied.body()).isEqualTo(201);
        String caseId = applied.json().get("id").asString();
        Api.Response admitted = postRetrying(INCUBATION + "/cases/" + caseId + "/transitions", token,
                Map.of("action", "ADMIT_RESIDENT"));
        assertThat(admitted.status()).as(admitted.body()).isEqualTo(200);
        return caseId;
    }

    private static void sleep() {
        try {
            Thread.sleep(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static JsonNode trainingRecord(String incubationCase, String token) {
        Api.Response detail = Api.get(INCUBATION + "/cases/" + incubationCase, token);
        assertThat(detail.status()).as(detail.body()).isEqualTo(200);
        return detail.json().get("trainingRecord");
    }

    private static Map<String, Object> course(List<String> trainerIds) {
        return Map.of("jurisdiction", "430121001000", "title", "志愿者基础知识及管理培训（讲师来自人才库）",
                "area", "VOLUNTEER_MANAGEMENT", "hours", 2, "audience", List.of("ORGANIZATION_LEADER"),
                "trainerIds", trainerIds, "completionPercent", 100);
    }

    private static Map<String, Object> session(String courseId, Instant start, Instant end, String trainer) {
        Map<String, Object> plan = new java.util.HashMap<>(Map.of("courseId", courseId,
                "jurisdiction", "430121001000", "title", "人才库讲师班", "mode", "ONSITE",
                "venue", "星沙街道社会组织服务中心", "capacity", 10, "enrolmentDeadline", Training.enrolmentDeadline(start).toString(),
                "sittings", List.of(Map.of("startsAt", start.toString(), "endsAt", end.toString()))));
        if (trainer != null) {
            plan.put("trainer", trainer);
        }
        return plan;
    }

    private static void assertProblem(Api.Response response, int status, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                .containsExactly(field);
    }
}
