package cn.incubator.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * The incubation rules of issue 13, tried as a new user would, through the gateway with the demo users' real tokens:
 * the clocks gate graduation (出壳) and the end of the follow-up, graduation needs the organization registered or
 * filed in the registry, {@code allowedActions} lists only what the caller may do now, who applies for a team, and
 * the expert account is the talent record. Every refusal is a problem+json saying the real reason.
 */
@ExtendWith(RunningPlatform.class)
class IncubationRulesSystemIT {

    private static final String API = "/api/incubation/v1";
    private static final String XINGSHA = "430121001000";
    /** The talent pool's demo experts of Changsha County; the first is 王志刚, the account expert-demo. */
    private static final List<String> EXPERTS = List.of("3f0c6b2e-6a41-4c57-9d37-0000000000e1",
            "3f0c6b2e-6a41-4c57-9d37-0000000000e2", "3f0c6b2e-6a41-4c57-9d37-0000000000e3");
    /** org-admin-demo's organization: 长沙县星沙街道社区社会组织联合会. */
    private static final String OWN_ORGANIZATION = "3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1001";

    private static String baseId;

    @BeforeAll
    static void aCountyBaseWithAnIncubationZone() {
        String operator = Api.token("city-operator");
        Api.Response base = Api.post(API + "/bases", operator, Map.of("name",
                "长沙县社会组织孵化基地（规则测试 " + suffix() + "）", "jurisdiction", "430121000000",
                "operatorName", "湖南乐创公益慈善发展中心"));
        assertThat(base.status()).as(base.body()).isEqualTo(201);
        baseId = base.json().get("id").asString();
        Api.Response zone = Api.post(API + "/bases/" + baseId + "/zones", operator,
                Map.of("kind", "INCUBATION", "name", "孵化区", "workstations", 2, "codePrefix", "G"));
        assertThat(zone.status()).as(zone.body()).isEqualTo(201);
    }

    @Test
    void graduationWaitsForTheRegistryAndTheInShellClockUnlessThePanelDecidesEarlyWithItsReason() {
        String hub = Api.token("xingsha-hub");
        String county = Api.token("county-officer");
        String caseId = admittedTeam(hub, county, "星沙街道非遗剪纸传习队");
        String organizationId = Api.get(API + "/cases/" + caseId, county).json().get("organizationId").asString();

        JsonNode inShell = Api.get(API + "/cases/" + caseId, county).json();
        assertThat(actions(inShell, "allowedActions")).containsExactlyInAnyOrder("START_GROWTH_EVALUATION",
                "TERMINATE");
        assertThat(inShell.get("clocks").get("inShellEndsAt").asString()).isNotBlank();

        assertThat(transition(county, caseId, "START_GROWTH_EVALUATION", null).status()).isEqualTo(200);
        JsonNode evaluating = Api.get(API + "/cases/" + caseId, county).json();
        assertThat(actions(evaluating, "allowedActions")).as("graduating and returning are the panel's")
                .containsExactly("TERMINATE");
        assertThat(actions(evaluating, "earlyActions")).isEmpty();
        String growth = scoredPanel(county, caseId, "GROWTH", 9);

        // The team is still in preparation (筹建中) in the registry: no graduation, even with a reason.
        Api.Response notRegistered = decide(county, growth, "专家组一致同意提前出壳");
        assertProblem(notRegistered, 409, "graduation-needs-registration");
        assertThat(notRegistered.json().get("registryStatus").asString()).isEqualTo("IN_PREPARATION");
        assertThat(notRegistered.json().get("detail").asString()).contains("IN_PREPARATION");
        assertThat(stage(county, caseId)).isEqualTo("GROWTH_EVALUATION");

        Api.Response filed = Api.post("/api/registry/v1/organizations/" + organizationId + "/filing", county,
                Map.of("filedOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString()));
        assertThat(filed.status()).as(filed.body()).isEqualTo(200);

        // Filed now, but ten months in shell have not passed: only the panel's recorded early decision graduates.
        Api.Response tooEarly = decide(county, growth, null);
        assertProblem(tooEarly, 409, "in-shell-period-running");
        assertThat(instant(tooEarly.json().get("endsAt").asString()))
                .isEqualTo(instant(inShell.get("clocks").get("inShellEndsAt").asString()));
        assertThat(stage(county, caseId)).isEqualTo("GROWTH_EVALUATION");

        Api.Response early = decide(county, growth, "已独立承接社区购买服务项目，专家组一致同意提前出壳");
        assertThat(early.status()).as(early.body()).isEqualTo(200);
        assertThat(stage(county, caseId)).isEqualTo("GRADUATED");
        assertThat(Api.get(API + "/cases/" + caseId + "/timeline?size=200", county).body())
                .contains("已独立承接社区购买服务项目，专家组一致同意提前出壳");

        // The follow-up year ends by its clock, or by a decision recorded with its reason.
        assertThat(transition(county, caseId, "START_FOLLOW_UP", null).status()).isEqualTo(200);
        JsonNode followUp = Api.get(API + "/cases/" + caseId, county).json();
        assertThat(actions(followUp, "allowedActions")).doesNotContain("CLOSE");
        assertThat(actions(followUp, "earlyActions")).containsExactly("CLOSE");
        Api.Response closeNow = transition(county, caseId, "CLOSE", null);
        assertProblem(closeNow, 409, "follow-up-running");
        assertThat(instant(closeNow.json().get("endsAt").asString()))
                .isEqualTo(instant(followUp.get("clocks").get("followUpEndsAt").asString()));
        Api.Response closedEarly = transition(county, caseId, "CLOSE", "组织迁往长沙市区，后续服务转交属地");
        assertThat(closedEarly.status()).as(closedEarly.body()).isEqualTo(200);
        assertThat(closedEarly.json().get("stage").asString()).isEqualTo("CLOSED");
    }

    @Test
    void allowedActionsListOnlyWhatThisCallerMayDoNow() {
        String hub = Api.token("xingsha-hub");
        String county = Api.token("county-officer");
        String caseId = teamCase(hub, "星沙街道社区花艺队");
        assertThat(actions(Api.get(API + "/cases/" + caseId, county).json(), "allowedActions"))
                .containsExactlyInAnyOrder("START_INSPECTION", "REJECT", "WITHDRAW");

        transition(hub, caseId, "START_INSPECTION", null);
        transition(hub, caseId, "REQUEST_ADMISSION_EVALUATION", null);
        JsonNode evaluating = Api.get(API + "/cases/" + caseId, county).json();
        assertThat(evaluating.get("stage").asString()).isEqualTo("ADMISSION_EVALUATION");
        assertThat(actions(evaluating, "allowedActions")).as("admission is decided by the panel")
                .containsExactlyInAnyOrder("REJECT", "WITHDRAW").doesNotContain("ADMIT");
        // The action a case does not list is refused, with the reason.
        assertProblem(transition(county, caseId, "ADMIT", null), 409, "decided-by-panel");

        // The expert on its panel sees the case and may move nothing.
        String evaluation = openPanel(county, caseId, "ADMISSION");
        JsonNode seenByExpert = Api.get(API + "/cases/" + caseId, Api.token("expert-demo")).json();
        assertThat(actions(seenByExpert, "allowedActions")).isEmpty();
        assertThat(evaluation).isNotBlank();
    }

    @Test
    void aTeamIsAppliedForByItsHubAndAnOrganizationAccountIsToldSo() {
        String orgAdmin = Api.token("org-admin-demo");
        String team = "星沙街道组织管理员代报团队" + suffix();

        Api.Response refused = Api.post(API + "/cases", orgAdmin, Map.of("track", "INCUBATION", "baseId", baseId,
                "team", Map.of("name", team, "legalForm", "COMMUNITY_ORGANIZATION", "jurisdiction", XINGSHA,
                        "category", "COMMUNITY_SERVICE")));

        assertProblem(refused, 403, "team-applied-by-staff");
        assertThat(refused.json().get("detail").asString()).contains("枢纽").doesNotContain("写入数据");
        assertThat(Api.get("/api/registry/v1/organizations?name=" + Api.encode(team), Api.token("admin")).json()
                .get("items").size()).as("nothing reached the registry").isZero();

        String neighbour = filedOrganization(Api.token("county-officer"), "星沙街道邻居协会");
        assertProblem(Api.post(API + "/cases", orgAdmin, Map.of("track", "INCUBATION", "baseId", baseId,
                "organizationId", neighbour)), 403, "own-organization-only");

        // For its own organization the org-admin applies; the case lists what it may do: withdraw.
        Api.Response own = Api.post(API + "/cases", orgAdmin, Map.of("track", "INCUBATION", "baseId", baseId,
                "organizationId", OWN_ORGANIZATION));
        assertThat(own.status()).as(own.body()).isNotEqualTo(403).isIn(201, 409);
        if (own.status() == 409) {
            assertThat(own.json().get("type").asString()).as("only a rule of the case, never scope")
                    .isIn("urn:incubator:problem:case-open", "urn:incubator:problem:not-eligible");
            return;
        }
        assertThat(actions(own.json(), "allowedActions")).containsExactly("WITHDRAW");
        Api.Response withdrawn = transition(orgAdmin, own.json().get("id").asString(), "WITHDRAW", null);
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(withdrawn.json().get("stage").asString()).isEqualTo("WITHDRAWN");
    }

    @Test
    void theExpertAccountIsItsTalentRecordAndBothNameTheSamePerson() {
        String county = Api.token("county-officer");
        String expert = Api.token("expert-demo");
        String caseId = teamCase(Api.token("xingsha-hub"), "星沙街道专家核对队");
        transition(county, caseId, "START_INSPECTION", null);
        transition(county, caseId, "REQUEST_ADMISSION_EVALUATION", null);
        String evaluation = openPanel(county, caseId, "ADMISSION");

        JsonNode seat = null;
        for (JsonNode member : Api.get(API + "/evaluations/" + evaluation, expert).json().get("panel")) {
            if (member.get("talentId").asString().equals(EXPERTS.get(0))) {
                seat = member;
            }
        }
        assertThat(seat).as("expert-demo sees its seat on the panel").isNotNull();
        assertThat(seat.get("username").asString()).isEqualTo("expert-demo");
        JsonNode claims = claims(expert);
        assertThat(claims.get("preferred_username").asString()).isEqualTo("expert-demo");
        assertThat(claims.get("family_name").asString() + claims.get("given_name").asString())
                .as("Keycloak's expert-demo is the talent record's person").isEqualTo(seat.get("name").asString())
                .isEqualTo("王志刚");
    }

    @Test
    void noDemoCaseGraduatedWithoutRegistrationAndTheirClocksAgree() {
        String county = Api.token("county-officer");
        int graduated = 0;
        // The demo cases of Changsha County's base (R__demo_incubation.sql), in every stage.
        for (int n = 1; n <= 15; n++) {
            Api.Response found = Api.get(API + "/cases/c0000000-0000-4000-8000-0000000000" + String.format("%02d", n),
                    Api.token("admin"));
            assertThat(found.status()).as(found.body()).isEqualTo(200);
            JsonNode c = found.json();
            if (c.get("graduatedAt").isNull()) {
                continue;
            }
            graduated++;
            String name = c.get("organizationName").asString();
            Api.Response organization = Api.get("/api/registry/v1/organizations/"
                    + c.get("organizationId").asString(), county);
            assertThat(organization.status()).as("%s in the registry: %s", name, organization.body()).isEqualTo(200);
            assertThat(organization.json().get("status").asString()).as("%s graduated, so it is registered or filed",
                    name).isIn("REGISTERED", "FILED");
            assertThat(instant(c.get("graduatedAt").asString())).as("%s after its in-shell period",
                    name).isAfterOrEqualTo(instant(c.get("clocks").get("inShellEndsAt").asString()));
            if ("CLOSED".equals(c.get("stage").asString())) {
                assertThat(instant(c.get("endedAt").asString())).as("%s after its follow-up", name)
                        .isAfterOrEqualTo(instant(c.get("clocks").get("followUpEndsAt").asString()));
            }
        }
        assertThat(graduated).as("graduated, in follow-up and closed demo cases").isGreaterThanOrEqualTo(3);
    }

    /** A team applied for by the Xingsha hub, admitted by a passing panel; the case id. */
    private static String admittedTeam(String hub, String county, String name) {
        String caseId = teamCase(hub, name);
        assertThat(transition(hub, caseId, "START_INSPECTION", null).status()).isEqualTo(200);
        assertThat(transition(hub, caseId, "REQUEST_ADMISSION_EVALUATION", null).status()).isEqualTo(200);
        String admission = scoredPanel(county, caseId, "ADMISSION", 9);
        Api.Response admitted = decide(county, admission, null);
        assertThat(admitted.status()).as(admitted.body()).isEqualTo(200);
        assertThat(stage(county, caseId)).isEqualTo("IN_SHELL");
        return caseId;
    }

    private static String teamCase(String hub, String name) {
        Api.Response applied = Api.post(API + "/cases", hub, Map.of("track", "INCUBATION", "baseId", baseId,
                "team", Map.of("name", name + suffix(), "legalForm", "COMMUNITY_ORGANIZATION", "jurisdiction",
                        XINGSHA, "category", "CULTURE_SPORTS")));
        assertThat(applied.status()).as(applied.body()).isEqualTo(201);
        return applied.json().get("id").asString();
    }

    /** Opens the case's evaluation of the kind and seats the three demo experts; its id. */
    private static String openPanel(String county, String caseId, String kind) {
        Api.Response opened = Api.post(API + "/cases/" + caseId + "/evaluations", county, Map.of("kind", kind));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String evaluation = opened.json().get("id").asString();
        Api.Response seated = Api.post(API + "/evaluations/" + evaluation + "/panel", county,
                Map.of("talentIds", EXPERTS));
        assertThat(seated.status()).as(seated.body()).isEqualTo(200);
        return evaluation;
    }

    /** A panel seated and every sheet given {@code score} per criterion: expert-demo its own, staff the others. */
    private static String scoredPanel(String county, String caseId, String kind, int score) {
        String evaluation = openPanel(county, caseId, kind);
        JsonNode rubric = Api.get(API + "/evaluations/" + evaluation, county).json().get("rubric");
        Map<String, Object> scores = new LinkedHashMap<>();
        rubric.get("criteria").valueStream().forEach(c -> scores.put(c.get("code").asString(), score));
        for (String talent : EXPERTS) {
            String scorer = talent.equals(EXPERTS.get(0)) ? Api.token("expert-demo") : county;
            Api.Response sheet = Api.put(API + "/evaluations/" + evaluation + "/sheets/" + talent, scorer,
                    Map.of("scores", scores));
            assertThat(sheet.status()).as(sheet.body()).isEqualTo(200);
        }
        return evaluation;
    }

    private static Api.Response decide(String token, String evaluation, String earlyGraduationReason) {
        return Api.post(API + "/evaluations/" + evaluation + "/decision", token, earlyGraduationReason == null
                ? Map.of() : Map.of("earlyGraduationReason", earlyGraduationReason));
    }

    private static Api.Response transition(String token, String caseId, String action, String earlyReason) {
        return Api.post(API + "/cases/" + caseId + "/transitions", token, earlyReason == null
                ? Map.of("action", action) : Map.of("action", action, "earlyReason", earlyReason));
    }

    private static String stage(String token, String caseId) {
        return Api.get(API + "/cases/" + caseId, token).json().get("stage").asString();
    }

    private static List<String> actions(JsonNode c, String field) {
        return c.get(field).valueStream().map(JsonNode::asString).toList();
    }

    private static String filedOrganization(String token, String name) {
        Api.Response created = Api.post("/api/registry/v1/organizations", token, Map.of("name", name + suffix(),
                "legalForm", "COMMUNITY_ORGANIZATION", "jurisdiction", XINGSHA, "category", "COMMUNITY_SERVICE",
                "registeredOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    /** The claims of an access token, read from its payload (the gateway verified its signature already). */
    private static JsonNode claims(String token) {
        String payload = token.split("\\.")[1];
        return Api.JSON.readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }

    /** An instant as the API writes it (with Beijing's offset, or in UTC). */
    private static java.time.Instant instant(String text) {
        return java.time.OffsetDateTime.parse(text).toInstant();
    }

    private static void assertProblem(Api.Response response, int status, String slug) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).isEqualTo("urn:incubator:problem:" + slug);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6);
    }
}
