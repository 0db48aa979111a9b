package cn.incubator.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * The rules of a grant round (issue 13), each tried the way a new user would break it, through the gateway with the
 * demo users' real tokens, each refusal a clear problem+json: no ranking while a seated panel expert still owes sheets
 * (unless the committee records that it ranks without them), and a ranked round back to expert review with a reason;
 * an expert scores only as themselves, and an officer's paper sheet is recorded as such; no round without a public
 * notice of the minimum length, and no finalization before it ends; no early close without a reason, and applicants
 * with drafts told of it. The demo rounds satisfy the same rules.
 */
@ExtendWith(RunningPlatform.class)
class GrantRulesSystemIT {

    private static final String API = "/api/grants/v1";
    /** 长沙县星沙街道夕阳红养老服务中心 (developing). */
    private static final String SUNSET_CARE = "3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2001";
    /** 长沙县湘龙街道社区发展促进会 (model). */
    private static final String XIANGLONG = "3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2003";
    /** 王志刚 (expert-demo's talent record) and 李秀英 of the talent pool. */
    private static final String WANG = "3f0c6b2e-6a41-4c57-9d37-0000000000e1";
    private static final String LI = "3f0c6b2e-6a41-4c57-9d37-0000000000e2";
    /** 星沙街道2025年社区微创投, a final demo round of the Xingsha hub. */
    private static final String XINGSHA_2025 = "5a000000-2025-4000-8000-000000000002";

    @Test
    void aRoundRanksOnlyWithEveryPanelSheetOrARecordedDecisionAndReturnsToReviewUntilTheNotice() {
        String county = Api.token("county-officer");
        String expert = Api.token("expert-demo");
        String round = roundInExpertReview(county, "评审规则（系统测试）");
        List<String> proposals = Api.get(API + "/rounds/" + round + "/proposals", county).items().valueStream()
                .map(p -> p.get("id").asString()).toList();
        assertThat(proposals).hasSize(2);
        String p1 = proposals.get(0);
        String p2 = proposals.get(1);

        // an expert scores only as themselves: naming another expert is refused, and nothing is stored
        Api.Response impostor = score(expert, p1, LI, null);
        assertProblem(impostor, 403, "score-as-self");
        assertThat(impostor.json().get("detail").asString()).contains("本人");
        Api.Response impostorEn = score(expert, p1, LI, "en");
        assertProblem(impostorEn, 403, "score-as-self");
        assertThat(impostorEn.json().get("title").asString()).isEqualTo("Score only as yourself");
        assertProblem(Api.post(API + "/proposals/" + p1 + "/conflicts", expert, Map.of("talentId", LI,
                "reason", "替他人申报回避")), 403, "score-as-self");
        assertThat(Api.get(API + "/proposals/" + p1 + "/scores", county).items()).isEmpty();

        // the expert's own sheets, and an officer's paper sheet for 李秀英, recorded as entered by the officer
        Api.Response own = score(expert, p1, WANG, null);
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        JsonNode enteredBy = own.json().get("enteredBy");
        assertThat(enteredBy == null || enteredBy.isNull()).as("the expert's own sheet").isTrue();
        assertThat(score(expert, p2, null, null).status()).isEqualTo(200);
        Api.Response paper = score(county, p1, LI, null);
        assertThat(paper.status()).as(paper.body()).isEqualTo(200);
        assertThat(paper.json().get("enteredBy").asString()).isEqualTo("county-officer");
        assertThat(Api.get(API + "/proposals/" + p1 + "/timeline?size=200", county).items().valueStream()
                .map(e -> e.get("action").asString()).toList()).contains("proposal.scored",
                "proposal.paper-sheet-entered");

        // ranking is refused while 李秀英 owes a sheet, naming her and how many
        Api.Response incomplete = rank(county, round, null);
        assertProblem(incomplete, 409, "review-incomplete");
        assertThat(incomplete.json().get("detail").asString()).contains("李秀英 (1)");
        JsonNode missing = incomplete.json().get("missing");
        assertThat(missing.size()).isEqualTo(1);
        assertThat(missing.get(0).get("talentId").asString()).isEqualTo(LI);
        assertThat(missing.get(0).get("name").asString()).isEqualTo("李秀英");
        assertThat(missing.get(0).get("missingSheets").asInt()).isEqualTo(1);
        assertThat(rank(county, round, "en").json().get("title").asString()).isEqualTo("Expert review incomplete");
        assertThat(status(county, round)).isEqualTo("EXPERT_REVIEW");

        // the committee's recorded decision to rank without her: a reason is required, and it is on the timeline
        assertProblem(Api.post(API + "/rounds/" + round + "/panel/" + LI + "/excusal", county, Map.of()), 400,
                "validation");
        assertProblem(Api.post(API + "/rounds/" + round + "/panel/" + LI + "/excusal", expert,
                Map.of("reason", "专家不能替委员会决定")), 403, "permission-denied");
        Api.Response excused = Api.post(API + "/rounds/" + round + "/panel/" + LI + "/excusal", county,
                Map.of("reason", "李秀英出差无法完成评审，评审委员会决定不再等待"));
        assertThat(excused.status()).as(excused.body()).isEqualTo(200);
        assertThat(excused.json().get("excusal").get("reason").asString()).contains("评审委员会决定");
        Api.Response ranked = rank(county, round, null);
        assertThat(ranked.status()).as(ranked.body()).isEqualTo(200);

        // back to expert review, with a reason, until the notice is published
        assertProblem(act(county, round, "REOPEN_REVIEW", null), 400, "validation");
        Api.Response reopened = act(county, round, "REOPEN_REVIEW", "李秀英补交评分表");
        assertThat(reopened.status()).as(reopened.body()).isEqualTo(200);
        assertThat(reopened.json().get("status").asString()).isEqualTo("EXPERT_REVIEW");
        assertThat(score(county, p2, LI, null).status()).isEqualTo(200);
        assertThat(rank(county, round, null).status()).isEqualTo(200);
        assertThat(act(county, round, "PUBLISH_NOTICE", null).status()).isEqualTo(200);
        Api.Response tooLate = act(county, round, "REOPEN_REVIEW", "公示后再改");
        assertProblem(tooLate, 409, "illegal-transition");
        assertThat(tooLate.json().get("currentState").asString()).isEqualTo("PUBLIC_NOTICE");

        assertThat(timeline(county, round)).contains("round.expert-excused", "round.review-reopened",
                "round.reopen-review", "round.publish-notice");
    }

    @Test
    void aRoundHasAPublicNoticeOfTheMinimumAndIsFinalizedOnlyAfterIt() {
        String county = Api.token("county-officer");
        String programme = programme(county, "VENTURE_PHILANTHROPY", "公示期规则（系统测试）");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        for (int days : new int[] {0, 4}) {
            Api.Response refused = createRound(county, programme, "公示期不足", today, today.plusDays(10), days);
            assertProblem(refused, 400, "validation");
            assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("noticeDays");
            assertThat(refused.body()).contains("5");
        }
        String subsidy = programme(county, "SUBSIDY_PLAN", "资助计划公示期规则（系统测试）");
        assertProblem(createRound(county, subsidy, "资助计划零公示", today, today.plusDays(10), 0), 400, "validation");
        Api.Response unsaid = createRound(county, programme, "未填公示期", today, today.plusDays(10), null);
        assertThat(unsaid.status()).as(unsaid.body()).isEqualTo(201);
        assertThat(unsaid.json().get("noticeDays").asInt()).isEqualTo(7);

        String round = roundInExpertReview(county, "公示期（系统测试）");
        for (String p : Api.get(API + "/rounds/" + round + "/proposals", county).items().valueStream()
                .map(p -> p.get("id").asString()).toList()) {
            assertThat(score(county, p, WANG, null).status()).isEqualTo(200);
            assertThat(score(county, p, LI, null).status()).isEqualTo(200);
        }
        assertThat(rank(county, round, null).status()).isEqualTo(200);
        assertThat(act(county, round, "PUBLISH_NOTICE", null).status()).isEqualTo(200);

        Api.Response early = Api.post(API + "/rounds/" + round + "/finalization", county, Map.of());
        assertProblem(early, 409, "notice-not-over");
        JsonNode onNotice = Api.get(API + "/rounds/" + round, county).json();
        assertThat(early.json().get("noticeEndsAt").asString()).isEqualTo(onNotice.get("noticeEndsAt").asString());
        assertThat(Duration.between(Instant.parse(onNotice.get("noticeStartsAt").asString()),
                Instant.parse(onNotice.get("noticeEndsAt").asString()))).isEqualTo(Duration.ofDays(5));
        assertThat(onNotice.get("status").asString()).isEqualTo("PUBLIC_NOTICE");
    }

    @Test
    void closingBeforeThePublishedDateNeedsAReasonAndTellsApplicantsWithDrafts() {
        String county = Api.token("county-officer");
        String orgAdmin = Api.token("org-admin-demo");
        String programme = programme(county, "VENTURE_PHILANTHROPY", "提前截止规则（系统测试）");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Api.Response created = createRound(county, programme, "提前截止", today.minusDays(1), today.plusDays(18), 5);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String round = created.json().get("id").asString();
        assertThat(act(county, round, "PUBLISH", null).status()).isEqualTo(200);
        Api.Response draft = draft(orgAdmin, round, null);
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        String draftId = draft.json().get("id").asString();

        Api.Response unexplained = act(county, round, "CLOSE", null);
        assertProblem(unexplained, 400, "validation");
        assertThat(unexplained.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertThat(status(county, round)).isEqualTo("OPEN");

        Api.Response closed = act(county, round, "CLOSE", "财政资金调整，提前结束征集");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().get("status").asString()).isEqualTo("CLOSED");
        assertThat(timeline(county, round)).contains("round.closed-early", "round.close");
        List<JsonNode> told = Api.get(API + "/proposals/" + draftId + "/timeline?size=200", orgAdmin).items()
                .valueStream().filter(e -> e.get("action").asString().equals("proposal.round-closed-early")).toList();
        assertThat(told).singleElement().satisfies(e -> assertThat(e.get("after").asString())
                .contains("财政资金调整，提前结束征集"));
    }

    @Test
    void theDemoRoundsHaveCompleteSheetsAndANoticeOfTheMinimum() {
        String hub = Api.token("xingsha-hub");
        JsonNode round = Api.get(API + "/rounds/" + XINGSHA_2025, hub).json();
        assertThat(round.get("status").asString()).isEqualTo("FINAL");
        assertThat(round.get("noticeDays").asInt()).isGreaterThanOrEqualTo(5);
        Instant noticeEnds = Instant.parse(round.get("noticeEndsAt").asString());
        assertThat(Instant.parse(round.get("finalizedAt").asString())).isAfterOrEqualTo(noticeEnds);
        int panel = Api.get(API + "/rounds/" + XINGSHA_2025 + "/panel", hub).items().size();
        assertThat(panel).isEqualTo(5);
        List<String> passed = Api.get(API + "/rounds/" + XINGSHA_2025 + "/proposals?status=PASSED&size=200", hub)
                .items().valueStream().map(p -> p.get("id").asString()).toList();
        assertThat(passed).isNotEmpty();
        for (String proposal : passed) {
            List<JsonNode> sheets = Api.get(API + "/proposals/" + proposal + "/scores", hub).items().valueStream()
                    .toList();
            assertThat(sheets).as(proposal).hasSize(panel);
            assertThat(sheets).allSatisfy(sheet -> {
                assertThat(sheet.get("scores").size()).isEqualTo(round.get("rubric").size());
                assertThat(sheet.get("enteredBy").asString()).as("paper sheets").isEqualTo("xingsha-hub");
            });
        }
    }

    /** A county venture round with two proposals past initial review, 王志刚 and 李秀英 seated, in expert review. */
    private static String roundInExpertReview(String county, String title) {
        String programme = programme(county, "VENTURE_PHILANTHROPY", title);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Api.Response created = createRound(county, programme, title, today.minusDays(1), today.plusDays(10), 5);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String round = created.json().get("id").asString();
        assertThat(act(county, round, "PUBLISH", null).status()).isEqualTo(200);
        List<String> submitted = new java.util.ArrayList<>();
        for (String organization : List.of(XIANGLONG, SUNSET_CARE)) {
            Api.Response draft = draft(county, round, organization);
            assertThat(draft.status()).as(draft.body()).isEqualTo(201);
            String id = draft.json().get("id").asString();
            Api.Response sent = Api.post(API + "/proposals/" + id + "/submission", county, Map.of());
            assertThat(sent.status()).as(sent.body()).isEqualTo(200);
            submitted.add(id);
        }
        assertThat(act(county, round, "CLOSE", "两份申报均已提交，提前截止").status()).isEqualTo(200);
        assertThat(act(county, round, "START_INITIAL_REVIEW", null).status()).isEqualTo(200);
        for (String id : submitted) {
            Api.Response passed = Api.post(API + "/proposals/" + id + "/initial-review", county,
                    Map.of("passed", true, "comment", "资料齐全"));
            assertThat(passed.status()).as(passed.body()).isEqualTo(200);
        }
        for (String talent : List.of(WANG, LI)) {
            Api.Response seated = Api.post(API + "/rounds/" + round + "/panel", county, Map.of("talentId", talent));
            assertThat(seated.status()).as(seated.body()).isEqualTo(201);
        }
        assertThat(act(county, round, "START_EXPERT_REVIEW", null).status()).isEqualTo(200);
        return round;
    }

    private static String programme(String county, String kind, String name) {
        Api.Response programme = Api.post(API + "/programmes", county, Map.of("jurisdiction", "430121000000",
                "name", "长沙县" + name, "kind", kind,
                "fundings", List.of(Map.of("source", "GOVERNMENT", "funderName", "长沙县民政局", "amount", "30000.00",
                        "committedOn", "2026-04-01")),
                "plans", kind.equals("SUBSIDY_PLAN")
                        ? List.of(Map.of("code", "STARTUP_LOCAL", "name", "本土初创型社会组织资助计划", "cap", "10000"))
                        : List.of()));
        assertThat(programme.status()).as(programme.body()).isEqualTo(201);
        return programme.json().get("id").asString();
    }

    private static Api.Response createRound(String county, String programme, String title, LocalDate opensOn,
            LocalDate closesOn, Integer noticeDays) {
        Map<String, Object> body = new HashMap<>(Map.of("title", title, "priorityAreas", List.of("社区发展"),
                "opensOn", opensOn.toString(), "closesOn", closesOn.toString(),
                "rubric", List.of(Map.of("code", "NEED", "name", "需求分析", "weight", 30, "maxScore", 30),
                        Map.of("code", "DESIGN", "name", "项目设计", "weight", 40, "maxScore", 40),
                        Map.of("code", "CAPACITY", "name", "执行能力", "weight", 30, "maxScore", 30))));
        if (noticeDays != null) {
            body.put("noticeDays", noticeDays);
        }
        return Api.post(API + "/programmes/" + programme + "/rounds", county, body);
    }

    private static Api.Response draft(String token, String round, String organization) {
        Map<String, Object> body = new HashMap<>(Map.of("title", "社区互助项目", "summary", "为社区居民提供服务",
                "priorityArea", "社区发展", "budget", List.of(Map.of("category", "ACTIVITY", "description", "活动费",
                        "amount", "8000")),
                "expectedOutcomes", Map.of("activities", 10, "personTimes", 800, "volunteers", 60)));
        if (organization != null) {
            body.put("organizationId", organization);
        }
        Api.Response response = Api.post(API + "/rounds/" + round + "/proposals", token, body);
        if (response.status() == 503 && response.header("Retry-After") != null) {
            // a registry just started may miss the first deadline; the 503 promises nothing was stored
            response = Api.post(API + "/rounds/" + round + "/proposals", token, body);
        }
        return response;
    }

    private static Api.Response act(String token, String round, String action, String reason) {
        Map<String, Object> body = new HashMap<>(Map.of("action", action));
        if (reason != null) {
            body.put("reason", reason);
        }
        return Api.post(API + "/rounds/" + round + "/actions", token, body);
    }

    private static Api.Response rank(String token, String round, String language) {
        return post(API + "/rounds/" + round + "/ranking", token, Map.of(), language);
    }

    private static Api.Response score(String token, String proposal, String talent, String language) {
        Map<String, Object> body = new HashMap<>(Map.of("scores", Map.of("NEED", 24, "DESIGN", 33, "CAPACITY", 25)));
        if (talent != null) {
            body.put("talentId", talent);
        }
        return post(API + "/proposals/" + proposal + "/scores", token, body, language);
    }

    private static Api.Response post(String path, String token, Object body, String language) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Api.gateway() + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(body)));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return Api.send(request);
    }

    private static String status(String token, String round) {
        return Api.get(API + "/rounds/" + round, token).json().get("status").asString();
    }

    private static List<String> timeline(String token, String round) {
        return Api.get(API + "/rounds/" + round + "/timeline?size=200", token).items().valueStream()
                .map(e -> e.get("action").asString()).toList();
    }

    private static void assertProblem(Api.Response response, int status, String slug) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).isEqualTo("urn:incubator:problem:" + slug);
    }
}
