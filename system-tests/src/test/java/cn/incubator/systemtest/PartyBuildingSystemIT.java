package cn.incubator.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.contracts.partybuilding.v1.GetStarRatingRequest;
import cn.incubator.contracts.partybuilding.v1.StarRating;
import cn.incubator.contracts.partybuilding.v1.StarRatingsGrpc;
import io.grpc.CallCredentials;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Year;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Dual incubation (一领双孵化) through the gateway with real tokens: organizations are filed in the registry and
 * admitted in the incubation service, and party-building opens their cases from incubation's event feed;
 * member counts of 0, 2 and 3 lead to instructor assignment, joint-branch membership and own-branch formation;
 * an instructor sees only their organizations; the star rating is read over gRPC; refusals are problem+json.
 */
@ExtendWith(RunningPlatform.class)
class PartyBuildingSystemIT {

    private static final String API = "/api/party-building/v1";
    private static final String XINGSHA = "430121001000";
    /** 长沙县社会组织联合党委 in the demo data. */
    private static final String CHANGSHA_COUNTY_COMMITTEE = "7e1a0000-0000-4000-8000-000000000101";

    private static ManagedChannel channel;
    private static String officer;
    private static String noMembers;
    private static String twoMembers;
    private static String threeMembers;
    private static String threeMembersOrganization;
    private static String jointBranch;
    private static String baseId;

    @BeforeAll
    static void admitThreeOrganizationsAndBuildTheJointBranch() {
        officer = Api.token("county-officer");
        baseId = Admissions.baseWithAResidentZone("党建测试");
        noMembers = caseOf(admit("星沙街道和美邻里服务队"));
        twoMembers = caseOf(admit("星沙街道爱心妈妈志愿队"));
        threeMembersOrganization = admit("星沙街道老党员宣讲团");
        threeMembers = caseOf(threeMembersOrganization);

        Map<String, Object> unit = new LinkedHashMap<>();
        unit.put("kind", "JOINT_BRANCH");
        unit.put("name", "星沙街道第二社会组织联合党支部" + suffix());
        unit.put("parentId", CHANGSHA_COUNTY_COMMITTEE);
        unit.put("jurisdiction", XINGSHA);
        unit.put("coverageForm", "AREA");
        unit.put("location", "星沙街道社区社会组织孵化中心");
        Api.Response created = Api.post(API + "/units", officer, unit);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        jointBranch = created.json().get("id").asString();

        int grpcPort = RunningPlatform.platform().service("party-building-service").grpcPort();
        channel = ManagedChannelBuilder.forAddress("localhost", grpcPort).usePlaintext().build();
    }

    @AfterAll
    static void disconnect() throws InterruptedException {
        if (channel != null) {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void anAdmissionOpensExactlyOneCaseFromIncubationsFeed() {
        long processedBefore = Admissions.received("party-building-service", Admissions.ADMITTED, "PROCESSED");

        String organization = admit("星沙街道一次投递测试会");

        JsonNode opened = Admissions.awaitPartyCase(organization);
        assertThat(opened.get("stage").asString()).isEqualTo("ADMISSION_SURVEY");
        assertThat(opened.get("organizationId").asString()).isEqualTo(organization);
        Api.await("party-building caught up with incubation's admissions", Duration.ofSeconds(60),
                () -> Admissions.caughtUp("incubation-service", "party-building-service", Admissions.ADMITTED));
        assertThat(Admissions.partyCases(organization)).isEqualTo(1);
        assertThat(Admissions.received("party-building-service", Admissions.ADMITTED, "PROCESSED"))
                .as("the admission taken once by the inbox").isEqualTo(processedBefore + 1);
        assertThat(Admissions.received("party-building-service", Admissions.ADMITTED, "REFUSED"))
                .as("the node serves Hunan: nothing refused").isZero();
        JsonNode timeline = Api.get(API + "/cases/" + opened.get("id").asString() + "/timeline?size=200", officer)
                .items();
        assertThat(timeline.get(0).get("action").asString()).isEqualTo("party-case.opened");
        assertThat(timeline.get(0).get("actor").asString()).isEqualTo("incubation-service");
    }

    @Test
    void noMembersLeadsToAnInstructorAndADevelopmentPlan() {
        JsonNode opened = Api.get(API + "/cases/" + noMembers, officer).json();
        assertThat(opened.get("requiredFormation").asString()).isEqualTo("INSTRUCTOR_AND_DEVELOPMENT");
        assertThat(texts(opened.get("shortfalls"))).containsExactly("INSTRUCTOR_MISSING", "DEVELOPMENT_PLAN_MISSING");

        Api.Response assigned = put(API + "/cases/" + noMembers + "/instructor", officer,
                Map.of("username", "instructor-demo", "incubationSpecialist", true));
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        Api.Response planned = put(API + "/cases/" + noMembers + "/development-plan", Api.token("instructor-demo"),
                Map.of("plan", "年内培养入党积极分子1名，每月开展一次政策宣讲"));
        assertThat(planned.status()).as(planned.body()).isEqualTo(200);

        JsonNode covered = planned.json();
        assertThat(covered.get("instructor").get("username").asString()).isEqualTo("instructor-demo");
        assertThat(covered.get("instructor").get("incubationSpecialist").asBoolean()).isTrue();
        assertThat(covered.get("shortfalls").size()).isZero();
    }

    @Test
    void twoMembersJoinAJointBranchWhenTheProposalIsAccepted() {
        addMember(twoMembers, "张建国", "13812340001");
        addMember(twoMembers, "李秀英", null);

        JsonNode proposals = Api.get(API + "/cases/" + twoMembers + "/proposals", officer).items();
        assertThat(proposals.size()).isEqualTo(1);
        assertThat(proposals.get(0).get("to").asString()).isEqualTo("JOINT_BRANCH");
        Api.Response accepted = Api.post(API + "/cases/" + twoMembers + "/proposals/"
                + proposals.get(0).get("id").asString() + "/decision", officer,
                Map.of("accept", true, "jointBranchId", jointBranch));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().get("status").asString()).isEqualTo("ACCEPTED");

        JsonNode joined = Api.get(API + "/cases/" + twoMembers, officer).json();
        assertThat(joined.get("jointBranchId").asString()).isEqualTo(jointBranch);
        assertThat(joined.get("currentFormation").asString()).isEqualTo("JOINT_BRANCH");
        JsonNode unit = Api.get(API + "/units/" + jointBranch, officer).json();
        assertThat(unit.get("covered").valueStream().map(o -> o.get("caseId").asString()).toList())
                .containsExactly(twoMembers);
    }

    @Test
    void threeMembersFormTheirOwnBranchAndTheRatingIsReadOverGrpc() {
        for (String name : List.of("王芳", "刘洋", "陈静")) {
            addMember(threeMembers, name, null);
        }
        JsonNode proposals = Api.get(API + "/cases/" + threeMembers + "/proposals", officer).items();
        assertThat(proposals.valueStream().map(p -> p.get("to").asString() + ":" + p.get("status").asString()))
                .containsExactly("JOINT_BRANCH:SUPERSEDED", "OWN_BRANCH:PENDING");
        Api.Response joinRefused = put(API + "/cases/" + threeMembers + "/joint-branch", officer,
                Map.of("jointBranchId", jointBranch));
        assertThat(joinRefused.status()).isEqualTo(409);
        assertThat(joinRefused.json().get("type").asString()).isEqualTo("urn:incubator:problem:formation-rule");

        Api.Response formed = Api.post(API + "/cases/" + threeMembers + "/proposals/"
                + proposals.get(1).get("id").asString() + "/decision", officer,
                Map.of("accept", true, "branchName", "星沙街道老党员宣讲团党支部", "parentId", CHANGSHA_COUNTY_COMMITTEE));
        assertThat(formed.status()).as(formed.body()).isEqualTo(200);
        JsonNode withBranch = Api.get(API + "/cases/" + threeMembers, officer).json();
        assertThat(withBranch.get("currentFormation").asString()).isEqualTo("OWN_BRANCH");
        JsonNode branch = Api.get(API + "/units/" + withBranch.get("ownBranchId").asString(), officer).json();
        assertThat(branch.get("unit").get("kind").asString()).isEqualTo("BRANCH");

        for (String action : List.of("COMPLETE_SURVEY", "COMPLETE_DISCOVERY", "START_FORMATION",
                "COMPLETE_FORMATION")) {
            Api.Response moved = Api.post(API + "/cases/" + threeMembers + "/transitions", officer,
                    Map.of("action", action));
            assertThat(moved.status()).as(action + ": " + moved.body()).isEqualTo(200);
        }
        int year = Year.now(ZoneId.of("Asia/Shanghai")).getValue();
        Api.Response rated = Api.post(API + "/cases/" + threeMembers + "/star-ratings", officer, Map.of("year", year,
                "points", Map.of("ORGANIZATION_SETUP", 18, "ORGANIZATIONAL_LIFE", 17, "WORK_PROCEDURES", 16,
                        "POSITION_BUILDING", 16, "ROLE_MAXIMIZED", 17)));
        assertThat(rated.status()).as(rated.body()).isEqualTo(201);
        assertThat(rated.json().get("stars").asInt()).isEqualTo(4);

        StarRating rating = starRatings("county-officer").getStarRating(GetStarRatingRequest.newBuilder()
                .setOrganizationId(threeMembersOrganization).build());
        assertThat(rating.getStars()).isEqualTo(4);
        assertThat(rating.getYear()).isEqualTo(year);
        assertThat(rating.getChecklistScore()).isEqualTo(84);
        assertThat(rating.getChecklist()).contains("五化");
        assertThatThrownBy(() -> starRatings("langli-hub").getStarRating(GetStarRatingRequest.newBuilder()
                .setOrganizationId(threeMembersOrganization).build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND));
        assertThatThrownBy(() -> StarRatingsGrpc.newBlockingStub(channel).withDeadlineAfter(5, TimeUnit.SECONDS)
                .getStarRating(GetStarRatingRequest.newBuilder().setOrganizationId(threeMembersOrganization).build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED));

        JsonNode timeline = Api.get(API + "/cases/" + threeMembers + "/timeline?size=200", officer).items();
        assertThat(timeline.valueStream().map(e -> e.get("action").asString()).toList())
                .startsWith("party-case.opened").contains("party-case.own-branch-formed", "party-case.star-rated");
        assertThat(Api.get(API + "/cases/" + threeMembers + "/timeline/verification", officer).json()
                .get("intact").asBoolean()).isTrue();
    }

    @Test
    void instructorSeesOnlyTheirOrganizationsAndMembersAreMasked() {
        String instructor = Api.token("instructor-demo");
        String assigned = caseOf(admit("星沙街道指导员联系点协会"));
        put(API + "/cases/" + assigned + "/instructor", officer, Map.of("username", "instructor-demo"));
        addMember(assigned, "欧阳红梅", "13912345678");

        List<String> visible = Api.get(API + "/cases?size=200", instructor).items().valueStream()
                .map(c -> c.get("id").asString()).toList();
        assertThat(visible).contains(assigned).doesNotContain(twoMembers, threeMembers);
        Api.Response hidden = Api.get(API + "/cases/" + twoMembers, instructor);
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.contentType()).startsWith("application/problem+json");
        assertThat(Api.get(API + "/cases/" + twoMembers + "/members", instructor).status()).isEqualTo(404);

        JsonNode members = Api.get(API + "/cases/" + assigned + "/members", instructor).items();
        assertThat(members.get(0).get("name").asString()).isEqualTo("欧***");
        assertThat(members.get(0).get("phone").asString()).isEqualTo("139****5678");

        Api.Response hubAsksForMembers = Api.get(API + "/cases/" + assigned + "/members", Api.token("xingsha-hub"));
        assertThat(hubAsksForMembers.status()).isEqualTo(403);
        assertThat(hubAsksForMembers.contentType()).startsWith("application/problem+json");
        assertThat(Api.get(API + "/cases/" + assigned, Api.token("xingsha-hub")).status()).isEqualTo(200);
        assertThat(Api.get(API + "/cases/" + assigned, Api.token("langli-hub")).status()).isEqualTo(404);
    }

    @Test
    void refusalsAreProblemDetails() {
        String fresh = caseOf(admit("星沙街道非法操作测试会"));

        Api.Response illegal = Api.post(API + "/cases/" + fresh + "/transitions", officer,
                Map.of("action", "COMPLETE_FORMATION"));
        assertThat(illegal.status()).isEqualTo(409);
        assertThat(illegal.contentType()).startsWith("application/problem+json");
        assertThat(illegal.json().get("type").asString()).isEqualTo("urn:incubator:problem:illegal-transition");
        assertThat(illegal.json().get("currentState").asString()).isEqualTo("ADMISSION_SURVEY");
        assertThat(illegal.json().get("allowedActions").valueStream().map(e -> e.asString()).toList())
                .containsExactly("COMPLETE_SURVEY", "CLOSE");

        Api.Response badMember = Api.post(API + "/cases/" + fresh + "/members", officer,
                Map.of("name", "", "phone", "12345"));
        assertThat(badMember.status()).isEqualTo(400);
        assertThat(badMember.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                .containsExactlyInAnyOrder("name", "phone");
        assertThat(Api.get(API + "/cases/" + fresh + "/members", officer).items().size()).isZero();

        Api.Response langliWrites = Api.post(API + "/units", Api.token("langli-hub"), Map.of("kind", "JOINT_BRANCH",
                "name", "越界联合党支部", "parentId", CHANGSHA_COUNTY_COMMITTEE, "jurisdiction", XINGSHA,
                "coverageForm", "AREA"));
        assertThat(langliWrites.status()).isEqualTo(403);
        assertThat(langliWrites.contentType()).startsWith("application/problem+json");

        Api.Response coverage = Api.get(API + "/coverage?jurisdiction=430121000000", officer);
        assertThat(coverage.status()).as(coverage.body()).isEqualTo(200);
        assertThat(coverage.json().get("admitted").asLong()).isGreaterThanOrEqualTo(3);
        Api.Response instructorCoverage = Api.get(API + "/coverage?jurisdiction=430121000000",
                Api.token("instructor-demo"));
        assertThat(instructorCoverage.status()).as(instructorCoverage.body()).isEqualTo(200);
        assertThat(instructorCoverage.json().get("admitted").asLong()).as("only the instructor's organizations")
                .isLessThan(coverage.json().get("admitted").asLong());
        Api.Response trainerAsks = Api.get(API + "/coverage", Api.token("trainer-demo"));
        assertThat(trainerAsks.status()).isEqualTo(403);
        assertThat(trainerAsks.json().get("type").asString()).isEqualTo("urn:incubator:problem:permission-denied");
    }

    /** Files the organization in Xingsha and admits it to incubation; its id. */
    private static String admit(String name) {
        String organization = Admissions.filedOrganization(officer, name);
        Admissions.admit(officer, baseId, organization);
        return organization;
    }

    /** The party case the admission opened (awaited: it comes from incubation's feed). */
    private static String caseOf(String organization) {
        return Admissions.awaitPartyCase(organization).get("id").asString();
    }

    private static void addMember(String caseId, String name, String phone) {
        Map<String, Object> member = new LinkedHashMap<>();
        member.put("name", name);
        member.put("phone", phone);
        Api.Response added = Api.post(API + "/cases/" + caseId + "/members", officer, member);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
    }

    private static Api.Response put(String path, String token, Object body) {
        return Api.send(HttpRequest.newBuilder(URI.create(Api.gateway() + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(body))));
    }

    private static List<String> texts(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    private static String suffix() {
        return Admissions.suffix();
    }

    private static StarRatingsGrpc.StarRatingsBlockingStub starRatings(String user) {
        String token = Api.token(user);
        return StarRatingsGrpc.newBlockingStub(channel)
                .withDeadlineAfter(5, TimeUnit.SECONDS)
                .withCallCredentials(new CallCredentials() {
                    @Override
                    public void applyRequestMetadata(RequestInfo info, Executor executor, MetadataApplier applier) {
                        Metadata headers = new Metadata();
                        headers.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER),
                                "Bearer " + token);
                        applier.apply(headers);
                    }
                });
    }
}
