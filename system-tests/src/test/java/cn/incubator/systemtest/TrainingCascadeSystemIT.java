package cn.incubator.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
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
 * The cascade (研发+重点+推广) and programmes through the gateway with real tokens: the base releases a county course's
 * courseware and trains hub staff centrally, the Xingsha hub runs the same version in its street within a programme
 * the demo partner co-funds, the roll call is taken, and the county sees the reach by street while the partner sees
 * its programme's sessions and person-times (and nothing of another programme). The sittings start half a
 * minute ahead; the roll call waits for them.
 */
@ExtendWith(RunningPlatform.class)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(SharedParts.TRAINING)
@ResourceLock(value = SharedParts.REGISTRY, mode = ResourceAccessMode.READ)
@ResourceLock(value = SharedParts.NODES, mode = ResourceAccessMode.READ)
class TrainingCascadeSystemIT {

    private static final String API = "/api/training/v1";
    private static final String PARTNER_API = "/partner/v1/training/programmes";

    @Test
    void aHubRunsTheCascadesCoursewareInItsStreetTheCountySeesTheReachAndThePartnerItsProgramme() {
        String base = Api.token("city-operator");
        String hub = Api.token("xingsha-hub");
        String officer = Api.token("county-officer");
        String org = Api.token("org-admin-demo");
        String partner = partnerToken();

        Api.Response course = Api.post(API + "/courses", base, Map.of("jurisdiction", "430121000000",
                "title", "社区社会组织备案与培育", "area", "COMMUNITY_FILING_AND_CULTIVATION", "hours", 4,
                "audience", List.of("HUB_STAFF", "ORGANIZATION_LEADER"), "trainerIds", List.of(),
                "completionPercent", 100));
        assertThat(course.status()).as(course.body()).isEqualTo(201);
        String courseId = course.json().get("id").asString();
        String courseware = API + "/courses/" + courseId + "/courseware";

        // only the base releases courseware; a hub is refused for want of the permission
        refused(Api.post(courseware, hub, Map.of("label", "街道版", "summary", "街道自行改编")), 403);
        Api.Response version = Api.post(courseware, base, Map.of("label", "2025版", "summary", "备案流程与培育路径"));
        assertThat(version.status()).as(version.body()).isEqualTo(201);
        String versionId = version.json().get("id").asString();
        refused(Api.post(courseware, base, Map.of("label", "2025版", "summary", "重复")), 409);
        assertThat(Api.get(courseware, hub).items()).hasSize(1);

        // a programme the demo partner co-funds, and one it does not
        String coFunded = programme(base, "430121000000", "长沙县青年人才能力提升计划", "YOUTH_CAPACITY");
        String another = programme(base, "430121000000", "长沙县骨干轮训", "BACKBONE_ROTATION");
        refused(Api.post(API + "/programmes/" + coFunded + "/co-fundings", hub, funding("demo-foundation", "1.00")),
                403);
        Api.Response funding = Api.post(API + "/programmes/" + coFunded + "/co-fundings", officer,
                funding("demo-foundation", "700000.00"));
        assertThat(funding.status()).as(funding.body()).isEqualTo(201);
        assertThat(Api.post(API + "/programmes/" + another + "/co-fundings", officer,
                funding("other-foundation", "1000.50")).status()).isEqualTo(201);

        // the central session for hub staff and the hub's session in its street run the same version
        Instant start = Training.sittingStart();
        String central = session(base, courseId, "430121000000", versionId, null, start);
        String street = session(hub, courseId, "430121001000", versionId, coFunded, start);
        assertThat(Api.get(API + "/sessions/" + street, officer).json().get("coursewareVersion").asString())
                .isEqualTo("2025版");
        String centralStaff = enrol(central, org, "张伟");
        String zhang = enrol(street, org, "张伟");
        String li = enrol(street, org, "李娜");
        String wang = enrol(street, org, "王芳");

        Api.await("the sittings to start", Duration.ofMinutes(5), () -> Instant.now().isAfter(start.plusSeconds(2)));
        rollCall(central, base, Map.of(centralStaff, "PRESENT"));
        rollCall(street, hub, Map.of(zhang, "PRESENT", li, "LATE", wang, "ABSENT"));

        // the county sees every street: Xingsha ran 2025版 once with 2 person-times, Langli has not run it yet
        Api.Response reach = Api.get(API + "/courses/" + courseId + "/reach", officer);
        assertThat(reach.status()).as(reach.body()).isEqualTo(200);
        JsonNode county = reach.json();
        assertThat(county.get("central").get("personTimes").asLong()).isEqualTo(1);
        JsonNode xingsha = county.get("places").valueStream()
                .filter(p -> p.get("jurisdiction").get("code").asString().equals("430121001000")).findFirst()
                .orElseThrow();
        assertThat(xingsha.get("run").asBoolean()).isTrue();
        assertThat(xingsha.get("versions").get(0).get("label").asString()).isEqualTo("2025版");
        assertThat(xingsha.get("versions").get(0).get("sessions").asLong()).isEqualTo(1);
        assertThat(xingsha.get("personTimes").asLong()).isEqualTo(2);
        assertThat(county.get("notYetRun").valueStream().map(j -> j.get("code").asString()).toList())
                .contains("430121004000").doesNotContain("430121001000");
        assertThat(county.get("placesReached").asInt()).isEqualTo(1);
        assertThat(county.get("personTimes").asLong()).isEqualTo(3);
        // a hub sees its own street only
        JsonNode own = Api.get(API + "/courses/" + courseId + "/reach", hub).json();
        assertThat(own.get("central").isNull()).isTrue();
        assertThat(own.get("places").size()).isEqualTo(1);
        assertThat(own.get("personTimes").asLong()).isEqualTo(2);

        // the partner sees its co-funded programme's sessions and person-times, and nothing of another programme
        JsonNode listed = Api.get(PARTNER_API, partner).items();
        assertThat(listed.valueStream().map(p -> p.get("id").asString()).toList()).contains(coFunded)
                .doesNotContain(another);
        Api.Response seen = Api.get(PARTNER_API + "/" + coFunded, partner);
        assertThat(seen.status()).as(seen.body()).isEqualTo(200);
        assertThat(seen.json().get("coFunded").decimalValue()).isEqualByComparingTo("700000.00");
        assertThat(seen.json().get("sessions").asLong()).isEqualTo(1);
        assertThat(seen.json().get("personTimes").asLong()).isEqualTo(2);
        JsonNode sessions = Api.get(PARTNER_API + "/" + coFunded + "/sessions", partner).items();
        assertThat(sessions.size()).isEqualTo(1);
        assertThat(sessions.get(0).get("id").asString()).isEqualTo(street);
        assertThat(sessions.get(0).get("personTimes").asLong()).isEqualTo(2);
        assertThat(sessions.get(0).get("coursewareVersion").asString()).isEqualTo("2025版");
        assertThat(sessions.toString()).doesNotContain("张伟");
        refused(Api.get(PARTNER_API + "/" + another, partner), 404);
        refused(Api.get(PARTNER_API + "/" + another + "/sessions", partner), 404);
        // the partner API is the partners' alone, and the staff API is not theirs
        refused(Api.get(PARTNER_API, officer), 403);
        refused(Api.get(API + "/programmes/" + coFunded, partner), 403);
    }

    @Test
    void aForeignJurisdictionIsNotFoundAWrongRoleIsForbiddenAndBadInputIsRefusedFieldByField() {
        String xingshaHub = Api.token("xingsha-hub");
        String langliHub = Api.token("langli-hub");
        Api.Response course = Api.post(API + "/courses", xingshaHub, Map.of("jurisdiction", "430121001000",
                "title", "社区活动策划", "area", "ACTIVITY_PLANNING", "hours", 2, "audience", List.of("HUB_STAFF"),
                "trainerIds", List.of()));
        assertThat(course.status()).as(course.body()).isEqualTo(201);
        String courseId = course.json().get("id").asString();
        String programme = programme(xingshaHub, "430121001000", "星沙街道社区沙龙", "SALON");

        // Langli's hub does not see Xingsha's course, its reach or its programme
        refused(Api.get(API + "/courses/" + courseId + "/reach", langliHub), 404);
        refused(Api.get(API + "/courses/" + courseId + "/courseware", langliHub), 404);
        refused(Api.get(API + "/programmes/" + programme, langliHub), 404);
        refused(Api.post(API + "/programmes/" + programme + "/coaching", langliHub, coaching("STRATEGY")), 404);
        // wrong roles
        refused(Api.get(API + "/courses/" + courseId + "/reach", Api.token("org-admin-demo")), 403);
        refused(Api.get(API + "/courses/" + courseId + "/reach", Api.token("trainer-demo")), 403);
        refused(Api.post(API + "/programmes", Api.token("county-officer"), Map.of("jurisdiction", "430121000000",
                "name", "越权项目", "kind", "FORUM", "startsOn", "2025-03-01")), 403);
        refused(Api.post(API + "/programmes/" + programme + "/co-fundings", xingshaHub,
                funding("demo-foundation", "1.00")), 403);
        // coaching belongs to brand-project support; nothing is stored otherwise
        refused(Api.post(API + "/programmes/" + programme + "/coaching", xingshaHub, coaching("STRATEGY")), 409);
        assertThat(Api.get(API + "/programmes/" + programme + "/coaching", xingshaHub).items().size()).isZero();

        // bad input, field by field
        Map<String, Object> badProgramme = new HashMap<>();
        badProgramme.put("jurisdiction", "123");
        badProgramme.put("name", "");
        badProgramme.put("kind", null);
        fields(Api.post(API + "/programmes", xingshaHub, badProgramme), "jurisdiction", "name", "kind", "startsOn");
        fields(Api.post(API + "/programmes", xingshaHub, Map.of("jurisdiction", "430121001000", "name", "倒置日期",
                "kind", "SALON", "startsOn", "2025-03-01", "endsOn", "2025-02-01")), "endsOn");
        Map<String, Object> badFunding = new HashMap<>();
        badFunding.put("partnerId", "Not An Id");
        badFunding.put("funderName", " ");
        badFunding.put("amount", 1.234);
        badFunding.put("committedOn", null);
        fields(Api.post(API + "/programmes/" + programme + "/co-fundings", Api.token("county-officer"), badFunding),
                "partnerId", "funderName", "amount", "committedOn");
        fields(Api.post(API + "/courses/" + courseId + "/courseware", Api.token("city-operator"),
                Map.of("label", "", "summary", "x".repeat(2001))), "label", "summary");
        assertThat(Api.get(API + "/courses/" + courseId + "/courseware", xingshaHub).items().size()).isZero();
        assertThat(Api.get(API + "/programmes/" + programme + "/co-fundings", xingshaHub).items().size()).isZero();
    }

    static String partnerToken() {
        return Api.tokenFrom(Map.of("grant_type", "client_credentials", "client_id", "partner-demo-foundation",
                "client_secret", "partner-demo-secret"), "incubator");
    }

    private static String programme(String token, String jurisdiction, String name, String kind) {
        Api.Response created = Api.post(API + "/programmes", token, Map.of("jurisdiction", jurisdiction, "name", name,
                "kind", kind,
                "startsOn", "2025-03-01", "endsOn", "2030-12-31"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private static Map<String, Object> funding(String partnerId, String amount) {
        return Map.of("partnerId", partnerId, "funderName", "长沙市乐创公益慈善基金会", "amount",
                new java.math.BigDecimal(amount), "committedOn", "2025-03-05");
    }

    private static Map<String, Object> coaching(String phase) {
        return Map.of("organizationName", "长沙县星沙街道社区社会组织联合会", "projectTitle", "邻里守望互助计划",
                "phase", phase, "heldOn", "2025-04-01", "hours", 2, "coach", "县基地督导");
    }

    private static String session(String token, String courseId, String where, String versionId, String programmeId,
            Instant start) {
        Map<String, Object> plan = new HashMap<>(Map.of("courseId", courseId, "jurisdiction", where, "title", "第一期",
                "mode", "ONSITE", "venue", "社会组织服务中心", "capacity", 10,
                "enrolmentDeadline", Training.enrolmentDeadline(start).toString(), "coursewareVersionId", versionId,
                "sittings", List.of(Map.of("startsAt", start.toString(),
                        "endsAt", start.plus(Duration.ofHours(2)).toString()))));
        if (programmeId != null) {
            plan.put("programmeId", programmeId);
        }
        Api.Response session = Api.post(API + "/sessions", token, plan);
        assertThat(session.status()).as(session.body()).isEqualTo(201);
        String id = session.json().get("id").asString();
        assertThat(Api.post(API + "/sessions/" + id + "/publication", token, Map.of()).status()).isEqualTo(200);
        return id;
    }

    private static String enrol(String session, String org, String name) {
        Api.Response enrolled = Api.post(API + "/sessions/" + session + "/enrolments", org, Map.of("personName", name,
                "audience", "HUB_STAFF"));
        assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
        return enrolled.json().get("id").asString();
    }

    private static void rollCall(String session, String token, Map<String, String> calls) {
        Api.Response called = Api.post(API + "/sessions/" + session + "/sittings/1/roll-call", token, Map.of("calls",
                calls.entrySet().stream().map(c -> Map.of("enrolmentId", c.getKey(), "status", c.getValue()))
                        .toList()));
        assertThat(called.status()).as(called.body()).isIn(200, 201);
    }

    private static void refused(Api.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    private static void fields(Api.Response response, String... fields) {
        refused(response, 400);
        assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString()).distinct()
                .toList()).containsExactlyInAnyOrder(fields);
    }
}
