package cn.incubator.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Training through the gateway with real tokens: course → session → enrolment with a waiting list → one-time code
 * check-in → completion → certificate → public verification (no log-in) → revocation. The session's only sitting
 * starts two minutes ahead (check-in opens 30 minutes before), so the test waits for it to end before completion.
 */
@ExtendWith(RunningPlatform.class)
class TrainingSystemIT {

    private static final String API = "/api/training/v1";

    @Test
    void aXingshaSessionFromCourseToARevokedCertificate() {
        String hub = Api.token("xingsha-hub");
        String org = Api.token("org-admin-demo");
        String trainer = Api.token("trainer-demo");

        Api.Response course = Api.post(API + "/courses", hub, Map.of("jurisdiction", "430121001000",
                "title", "志愿者基础知识及管理培训", "area", "VOLUNTEER_MANAGEMENT", "hours", 2,
                "audience", List.of("ORGANIZATION_LEADER", "HUB_STAFF"), "trainerIds", List.of(), "completionPercent", 100));
        assertThat(course.status()).as(course.body()).isEqualTo(201);
        assertThat(Api.post(API + "/courses", org, Map.of("jurisdiction", "430121001000", "title", "越权开课",
                "area", "BRAND_BUILDING", "hours", 2, "audience", List.of("HUB_STAFF"), "trainerIds", List.of()))
                .status()).isEqualTo(403);

        Instant start = Instant.now().plus(75, ChronoUnit.SECONDS).truncatedTo(ChronoUnit.SECONDS);
        Instant end = start.plus(Duration.ofSeconds(30));
        Map<String, Object> plan = Map.of("courseId", course.json().get("id").asString(),
                "jurisdiction", "430121001000", "title", "第一期", "mode", "ONSITE", "venue", "星沙街道社会组织服务中心",
                "capacity", 2, "enrolmentDeadline", start.minusSeconds(20).toString(), "trainer", "trainer-demo",
                "sittings", List.of(Map.of("startsAt", start.toString(), "endsAt", end.toString())));
        assertThat(Api.post(API + "/sessions", Api.token("langli-hub"), plan).status()).isEqualTo(403);
        Api.Response session = Api.post(API + "/sessions", hub, plan);
        assertThat(session.status()).as(session.body()).isEqualTo(201);
        String sessionId = session.json().get("id").asString();
        String sessions = API + "/sessions/" + sessionId;
        assertThat(Api.post(sessions + "/enrolments", org, Map.of("personName", "张伟", "audience", "HUB_STAFF"))
                .status()).isEqualTo(409);
        assertThat(Api.post(sessions + "/publication", hub, Map.of()).status()).isEqualTo(200);

        String zhang = enrol(sessions, org, "张伟", "ENROLLED");
        String li = enrol(sessions, org, "李娜", "ENROLLED");
        enrol(sessions, org, "王芳", "WAITLISTED");
        Api.Response cancelled = Api.post(API + "/enrolments/" + li + "/cancellation", org, Map.of());
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        JsonNode now = Api.get(sessions, hub).json();
        assertThat(now.get("enrolled").asInt()).isEqualTo(2);
        assertThat(now.get("waitlisted").asInt()).isZero();

        Api.Response refused = Api.post(sessions + "/sittings/1/check-in-codes", org, Map.of());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        Api.Response codes = Api.post(sessions + "/sittings/1/check-in-codes", trainer, Map.of());
        assertThat(codes.status()).as(codes.body()).isEqualTo(201);
        String code = codes.json().get("items").valueStream()
                .filter(c -> c.get("enrolmentId").asString().equals(zhang)).findFirst().orElseThrow()
                .get("code").asString();
        Api.Response checkedIn = Api.post(API + "/check-ins", org, Map.of("code", code));
        assertThat(checkedIn.status()).as(checkedIn.body()).isEqualTo(201);
        Api.Response reused = Api.post(API + "/check-ins", org, Map.of("code", code));
        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.contentType()).startsWith("application/problem+json");

        assertThat(Api.post(sessions + "/closure", hub, Map.of()).status()).isEqualTo(200);
        Api.await("the sitting to end", Duration.ofMinutes(5), () -> Instant.now().isAfter(end.plusSeconds(2)));
        Api.Response completed = Api.post(sessions + "/completion", trainer, Map.of());
        assertThat(completed.status()).as(completed.body()).isEqualTo(200);
        JsonNode certificate = completed.json().get("items").get(0);
        assertThat(completed.json().get("items").size()).isEqualTo(1);
        assertThat(certificate.get("holderName").asString()).isEqualTo("张伟");
        String verificationCode = certificate.get("code").asString();

        Api.Response verified = Api.get("/public/training/v1/certificates/" + verificationCode, null);
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        assertThat(verified.json().get("holder").asString()).isEqualTo("张*");
        assertThat(verified.json().get("status").asString()).isEqualTo("VALID");
        assertThat(verified.body()).doesNotContain("张伟", certificate.get("organizationId").asString());
        assertThat(Api.get("/public/training/v1/certificates/NOSUCHCODE00", null).status()).isEqualTo(404);

        assertThat(Api.post(API + "/certificates/" + certificate.get("id").asString() + "/revocation", org,
                Map.of("reason", "自行撤销")).status()).isEqualTo(403);
        Api.Response revoked = Api.post(API + "/certificates/" + certificate.get("id").asString() + "/revocation",
                hub, Map.of("reason", "培训记录有误"));
        assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
        assertThat(Api.get("/public/training/v1/certificates/" + verificationCode, null).json().get("status")
                .asString()).isEqualTo("REVOKED");

        JsonNode times = Api.get(API + "/statistics/person-times?within=430121001000", Api.token("county-officer"))
                .json();
        assertThat(times.get("total").asLong()).isGreaterThanOrEqualTo(1);
    }

    private static String enrol(String sessions, String org, String name, String expected) {
        Api.Response enrolled = Api.post(sessions + "/enrolments", org, Map.of("personName", name,
                "audience", "HUB_STAFF"));
        assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
        assertThat(enrolled.json().get("status").asString()).isEqualTo(expected);
        return enrolled.json().get("id").asString();
    }
}
