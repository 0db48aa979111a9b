package cn.incubator.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.contracts.registry.v1.FindPeopleRequest;
import cn.incubator.contracts.registry.v1.Person;
import cn.incubator.contracts.registry.v1.TalentDirectoryGrpc;
import cn.incubator.launcher.Platform;
import cn.incubator.launcher.PlatformConfig;
import io.grpc.CallCredentials;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;
import tools.jackson.databind.JsonNode;

/**
 * Incubation through the gateway with real tokens: applications checked against the registry, stages, expert panels,
 * workstations, the timeline and its verification, and every refusal as problem+json with nothing half-stored.
 */
@ExtendWith(RunningPlatform.class)
@ResourceLock(SharedParts.REGISTRY)
class IncubationJourneySystemIT {

    private static final String API = "/api/incubation/v1";
    private static final String XINGSHA = "430121001000";

    private static String baseId;

    @BeforeAll
    static void theBaseOperatorOpensABaseWithIncubationAndResidentZones() {
        // The base operator runs the base (incubation:base:write); civil affairs only reads it.
        String operator = Api.token("city-operator");
        Api.Response base = Api.post(API + "/bases", operator, Map.of("name",
                "长沙县社会组织孵化基地（系统测试 " + suffix() + "）", "jurisdiction", "430121000000",
                "operatorName", "湖南乐创公益慈善发展中心"));
        assertThat(base.status()).as(base.body()).isEqualTo(201);
        baseId = base.json().get("id").asString();
        for (Map<String, Object> zone : List.of(
                Map.<String, Object>of("kind", "INCUBATION", "name", "孵化区", "workstations", 2, "codePrefix", "F"),
                Map.<String, Object>of("kind", "RESIDENT", "name", "入驻区", "workstations", 2, "codePrefix", "R"),
                Map.<String, Object>of("kind", "EXHIBITION", "name", "展示区", "workstations", 0))) {
            Api.Response created = Api.post(API + "/bases/" + baseId + "/zones", operator, zone);
            assertThat(created.status()).as(created.body()).isEqualTo(201);
        }
    }

    @Test
    void aResidentOrganizationIsAdmittedAndGetsAWorkstationThatIsNeverAllocatedTwice() {
        String county = Api.token("county-officer");
        String first = apply(county, "RESIDENT", registered("星沙街道银龄合唱团"));
        String second = apply(county, "RESIDENT", registered("星沙街道书画协会"));

        assertThat(transition(county, first, "ADMIT_RESIDENT").json().get("stage").asString()).isEqualTo("RESIDENT");
        assertThat(transition(county, second, "ADMIT_RESIDENT").status()).isEqualTo(200);
        Api.Response held = Api.post(API + "/cases/" + first + "/workstation", county, Map.of());
        assertThat(held.status()).as(held.body()).isEqualTo(201);
        assertThat(held.json().get("workstationCode").asString()).isEqualTo("R-001");

        Api.Response taken = Api.post(API + "/cases/" + second + "/workstation", county,
                Map.of("workstationId", held.json().get("workstationId").asString()));
        assertProblem(taken, 409, "workstation-taken");
        assertThat(occupied("RESIDENT")).isEqualTo(1);

        Api.Response timeline = Api.get(API + "/cases/" + first + "/timeline", county);
        assertThat(timeline.items().valueStream().map(e -> e.get("action").asString()).toList())
                .containsExactly("case.applied", "case.admit-resident", "workstation.allocated");
        JsonNode verification = Api.get(API + "/cases/" + first + "/timeline/verification", county).json();
        assertThat(verification.get("intact").asBoolean()).isTrue();
        assertThat(verification.get("entries").asInt()).isEqualTo(3);
    }

    @Test
    void aTeamInPreparationAppliesIsCoachedAndGoesThroughThePanels() {
        String hub = Api.token("xingsha-hub");
        String county = Api.token("county-officer");
        String team = "星沙街道四点半课堂志愿队" + suffix();
        Api.Response applied = Api.post(API + "/cases", hub, Map.of("track", "INCUBATION", "baseId", baseId,
                "team", Map.of("name", team, "legalForm", "COMMUNITY_ORGANIZATION", "jurisdiction", XINGSHA,
                        "category", "COMMUNITY_SERVICE"), "note", "社区推荐"));
        assertThat(applied.status()).as(applied.body()).isEqualTo(201);
        String caseId = applied.json().get("id").asString();
        String organizationId = applied.json().get("organizationId").asString();
        assertThat(Api.get("/api/registry/v1/organizations/" + organizationId, hub).json().get("name").asString())
                .as("the team now has an organization record in the registry").isEqualTo(team);

        assertThat(transition(hub, caseId, "START_INSPECTION").status()).isEqualTo(200);
        assertThat(Api.post(API + "/cases/" + caseId + "/activities", hub, Map.of("kind", "COACHING",
                "title", "考察辅导：章程与备案材料", "occurredOn", "2024-11-05")).status()).isEqualTo(201);
        assertThat(Api.post(API + "/cases/" + caseId + "/activities", hub, Map.of("kind", "PLAN_DRAFTING",
                "title", "方案编制：四点半课堂", "occurredOn", "2024-11-12")).status()).isEqualTo(201);
        assertThat(transition(hub, caseId, "REQUEST_ADMISSION_EVALUATION").status()).isEqualTo(200);
        Api.Response admission = Api.post(API + "/cases/" + caseId + "/evaluations", county,
                Map.of("kind", "ADMISSION"));
        assertThat(admission.status()).as(admission.body()).isEqualTo(201);

        List<Person> pool = talentPool(county);
        assertThat(pool).as("the registry's talent directory (人才库 over gRPC) answers with the county's experts")
                .hasSizeGreaterThanOrEqualTo(4);

        String evaluation = admission.json().get("id").asString();
        List<Person> panel = pool.subList(0, Math.min(5, pool.size()));
        Api.Response appointed = Api.post(API + "/evaluations/" + evaluation + "/panel", county,
                Map.of("talentIds", panel.stream().map(Person::getId).toList()));
        assertThat(appointed.status()).as(appointed.body()).isEqualTo(200);
        Person conflicted = panel.get(panel.size() - 1);
        assertThat(Api.post(API + "/evaluations/" + evaluation + "/panel/" + conflicted.getId() + "/conflict", county,
                Map.of("note", "曾为该团队提供有偿辅导")).status()).isEqualTo(200);
        assertProblem(score(county, evaluation, conflicted.getId(), 10), 409, "expert-excluded");
        for (Person expert : panel.subList(0, panel.size() - 1)) {
            String scorer = "expert-demo".equals(expert.getUsername()) ? Api.token("expert-demo") : county;
            assertThat(score(scorer, evaluation, expert.getId(), 9).status()).isEqualTo(200);
        }
        Api.Response decided = Api.post(API + "/evaluations/" + evaluation + "/decision", county, Map.of());
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        assertThat(decided.json().get("passed").asBoolean()).isTrue();
        assertThat(Api.get(API + "/cases/" + caseId, county).json().get("stage").asString()).isEqualTo("IN_SHELL");
        assertThat(Api.post(API + "/cases/" + caseId + "/workstation", county, Map.of()).json()
                .get("workstationCode").asString()).isEqualTo("F-001");

        assertThat(transition(county, caseId, "START_GROWTH_EVALUATION").status()).isEqualTo(200);
        String growth = Api.post(API + "/cases/" + caseId + "/evaluations", county, Map.of("kind", "GROWTH"))
                .json().get("id").asString();
        Api.post(API + "/evaluations/" + growth + "/panel", county,
                Map.of("talentIds", panel.subList(0, 3).stream().map(Person::getId).toList()));
        panel.subList(0, 3).forEach(expert -> score(county, growth, expert.getId(), 9));
        // Graduation needs the team filed (备案) in the registry, and before ten months in shell the panel's reason.
        Api.Response filed = Api.post("/api/registry/v1/organizations/" + organizationId + "/filing", county,
                Map.of("filedOn", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString()));
        assertThat(filed.status()).as(filed.body()).isEqualTo(200);
        Api.Response graduated = Api.post(API + "/evaluations/" + growth + "/decision", county,
                Map.of("earlyGraduationReason", "课堂已稳定运行，专家组同意提前出壳"));
        assertThat(graduated.status()).as(graduated.body()).isEqualTo(200);
        assertThat(transition(county, caseId, "START_FOLLOW_UP").json().get("stage").asString())
                .isEqualTo("FOLLOW_UP");

        List<String> actions = Api.get(API + "/cases/" + caseId + "/timeline?size=200", county).items().valueStream()
                .map(e -> e.get("action").asString()).toList();
        assertThat(actions).containsSubsequence("case.applied", "case.start-inspection", "activity.coaching",
                "activity.plan-drafting", "case.request-admission-evaluation", "evaluation.panel-appointed",
                "evaluation.conflict-declared", "evaluation.decided", "case.admit", "workstation.allocated",
                "case.start-growth-evaluation", "evaluation.decided", "workstation.released", "case.graduate",
                "case.start-follow-up");
        assertThat(Api.get(API + "/cases/" + caseId + "/timeline/verification", county).json().get("intact")
                .asBoolean()).isTrue();
    }

    @Test
    void anIllegalTransitionIsA409ProblemAndChangesNothing() {
        String county = Api.token("county-officer");
        String caseId = apply(county, "INCUBATION", registered("星沙街道跳绳俱乐部"));

        Api.Response refused = transition(county, caseId, "START_FOLLOW_UP");

        assertProblem(refused, 409, "illegal-transition");
        assertThat(refused.json().get("currentState").asString()).isEqualTo("APPLIED");
        assertThat(refused.json().get("action").asString()).isEqualTo("START_FOLLOW_UP");
        assertThat(refused.json().get("allowedActions").valueStream().map(e -> e.asString()).toList())
                .containsExactly("START_INSPECTION", "REJECT", "WITHDRAW");
        assertProblem(transition(county, caseId, "ADMIT"), 409, "decided-by-panel");
        assertThat(Api.get(API + "/cases/" + caseId, county).json().get("stage").asString()).isEqualTo("APPLIED");
    }

    @Test
    void anotherStreetSeesNothingAndMayWriteNothing() {
        String county = Api.token("county-officer");
        String langli = Api.token("langli-hub");
        String caseId = apply(county, "INCUBATION", registered("星沙街道太极拳协会"));

        assertProblem(Api.get(API + "/cases/" + caseId, langli), 404, "not-found");
        assertProblem(transition(langli, caseId, "START_INSPECTION"), 404, "not-found");
        assertProblem(Api.get(API + "/cases/" + caseId, Api.token("expert-demo")), 404, "not-found");

        String team = "榔梨越界申请团队" + suffix();
        Api.Response outside = Api.post(API + "/cases", langli, Map.of("track", "INCUBATION", "baseId", baseId,
                "team", Map.of("name", team, "legalForm", "COMMUNITY_ORGANIZATION", "jurisdiction", XINGSHA,
                        "category", "COMMUNITY_SERVICE")));
        assertProblem(outside, 403, "out-of-scope");
        assertThat(caseNames(county)).doesNotContain(team);
        assertThat(Api.get("/api/registry/v1/organizations?name=" + Api.encode(team), Api.token("admin")).json()
                .get("items").size()).as("nothing reached the registry either").isZero();
    }

    @Test
    void changshaCountyHasAHubInAllEighteenStreetsAndItsFilingsAreCountedInTheRegistry() {
        String county = Api.token("county-officer");
        JsonNode coverage = Api.get(API + "/hubs/coverage?jurisdiction=430121000000", county).json();

        assertThat(coverage.get("streets").asInt()).isEqualTo(18);
        assertThat(coverage.get("streetsWithHub").asInt()).isEqualTo(18);
        // 1,184 in the demo data; other system tests of the same run file more in Xingsha.
        assertThat(coverage.get("communityOrganizationsFiled").asLong()).isGreaterThanOrEqualTo(1184);
        assertThat(coverage.get("byStreet").valueStream().mapToLong(s -> s.get("communityOrganizationsFiled").asLong())
                .sum()).isEqualTo(coverage.get("communityOrganizationsFiled").asLong());
        long langliBefore = filedIn(coverage, "430121004000");
        assertThat(langliBefore).isGreaterThanOrEqualTo(81);

        Api.Response filed = Api.post("/api/registry/v1/organizations", county, Map.of("name",
                "㮾梨街道覆盖统计测试队" + UUID.randomUUID().toString().substring(0, 4),
                "legalForm", "COMMUNITY_ORGANIZATION", "jurisdiction", "430121004000",
                "category", "COMMUNITY_SERVICE", "registeredOn", "2025-01-15"));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);

        JsonNode after = Api.get(API + "/hubs/coverage?jurisdiction=430121000000", county).json();
        assertThat(filedIn(after, "430121004000")).as("counted, not recorded").isEqualTo(langliBefore + 1);
    }

    private static long filedIn(JsonNode coverage, String street) {
        return coverage.get("byStreet").valueStream().filter(s -> s.get("street").get("code").asString().equals(street))
                .findFirst().orElseThrow().get("communityOrganizationsFiled").asLong();
    }

    @Test
    void whenTheRegistryDoesNotAnswerTheApplicationIsA503ToRetryAndNothingIsStored() {
        String county = Api.token("county-officer");
        String organization = registered("星沙街道象棋协会");
        Platform platform = RunningPlatform.platform();
        PlatformConfig.Service registry = platform.service("registry-service");

        platform.stopService(registry.name());
        try {
            Api.Response refused = Api.post(API + "/cases", county, Map.of("track", "INCUBATION", "baseId", baseId,
                    "organizationId", organization));

            assertProblem(refused, 503, "dependency-unavailable");
            assertThat(refused.header("Retry-After")).isNotBlank();
        } finally {
            platform.startService(registry);
            platform.awaitService(registry);
        }
        assertThat(Api.get(API + "/cases?baseId=" + baseId + "&size=200", county).items().valueStream()
                .map(c -> c.get("organizationId").asString())).doesNotContain(organization);
        assertThat(retriedAsToldUntilApplied(county, organization)).as("the retry succeeds once the registry is back")
                .isNotBlank();
    }

    /**
     * Applies as a client that honours the 503's Retry-After would: the incubation service's breaker for the registry
     * may still be open for its wait right after the registry came back (a loaded machine makes that likelier).
     */
    private static String retriedAsToldUntilApplied(String token, String organizationId) {
        for (int attempt = 1; ; attempt++) {
            Api.Response applied = Api.post(API + "/cases", token, Map.of("track", "INCUBATION", "baseId", baseId,
                    "organizationId", organizationId));
            if (applied.status() != 503 || attempt == 10) {
                assertThat(applied.status()).as(applied.body()).isEqualTo(201);
                return applied.json().get("id").asString();
            }
            assertProblem(applied, 503, "dependency-unavailable");
            try {
                Thread.sleep(Math.min(10, Long.parseLong(applied.header("Retry-After"))) * 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** A community organization recorded and filed (备案) in Xingsha by the county officer. */
    private static String registered(String name) {
        String county = Api.token("county-officer");
        Api.Response created = Api.post("/api/registry/v1/organizations", county,
                Map.of("name", name + suffix(), "legalForm", "COMMUNITY_ORGANIZATION", "jurisdiction", XINGSHA,
                        "category", "CULTURE_SPORTS"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        Api.Response filed = Api.post("/api/registry/v1/organizations/" + id + "/filing", county,
                Map.of("filedOn", "2024-06-01"));
        assertThat(filed.status()).as(filed.body()).isEqualTo(200);
        return id;
    }

    private static String apply(String token, String track, String organizationId) {
        Api.Response applied = Api.post(API + "/cases", token, Map.of("track", track, "baseId", baseId,
                "organizationId", organizationId));
        assertThat(applied.status()).as(applied.body()).isEqualTo(201);
        assertThat(applied.json().get("stage").asString()).isEqualTo("APPLIED");
        return applied.json().get("id").asString();
    }

    private static Api.Response transition(String token, String caseId, String action) {
        return Api.post(API + "/cases/" + caseId + "/transitions", token, Map.of("action", action));
    }

    private static Api.Response score(String token, String evaluation, String talentId, int score) {
        JsonNode rubric = Api.get(API + "/evaluations/" + evaluation, Api.token("county-officer")).json()
                .get("rubric");
        Map<String, Object> scores = new LinkedHashMap<>();
        rubric.get("criteria").valueStream().forEach(c -> scores.put(c.get("code").asString(), score));
        return Api.send(HttpRequest.newBuilder(URI.create(Api.gateway() + API + "/evaluations/" + evaluation
                        + "/sheets/" + talentId))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(Map.of("scores", scores)))));
    }

    private static int occupied(String kind) {
        return Api.get(API + "/bases/" + baseId + "/occupancy", Api.token("county-officer")).json().get("zones")
                .valueStream().filter(z -> z.get("kind").asString().equals(kind))
                .mapToInt(z -> z.get("occupied").asInt()).sum();
    }

    private static List<String> caseNames(String token) {
        return Api.get(API + "/cases?baseId=" + baseId + "&size=200", token).items().valueStream()
                .map(c -> c.get("organizationName").asString()).toList();
    }

    private static void assertProblem(Api.Response response, int status, String slug) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).isEqualTo("urn:incubator:problem:" + slug);
    }

    /** Experts of the registry's talent pool, asked over gRPC as the incubation service does; empty if unavailable. */
    private static List<Person> talentPool(String token) {
        int port = RunningPlatform.platform().service("registry-service").grpcPort();
        ManagedChannel channel = ManagedChannelBuilder.forAddress("localhost", port).usePlaintext().build();
        try {
            return TalentDirectoryGrpc.newBlockingStub(channel).withDeadlineAfter(5, TimeUnit.SECONDS)
                    .withCallCredentials(bearer(token))
                    .findPeople(FindPeopleRequest.newBuilder().setKind("EXPERT").setWithinJurisdiction("430100000000")
                            .setLimit(20).build())
                    .getPeopleList();
        } catch (StatusRuntimeException e) {
            if (e.getStatus().getCode() == Status.Code.UNIMPLEMENTED) {
                return List.of();
            }
            throw e;
        } finally {
            channel.shutdownNow();
        }
    }

    private static CallCredentials bearer(String token) {
        return new CallCredentials() {
            @Override
            public void applyRequestMetadata(RequestInfo info, Executor executor, MetadataApplier applier) {
                Metadata headers = new Metadata();
                headers.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), "Bearer " + token);
                applier.apply(headers);
            }
        };
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6);
    }
}
