package cn.incubator.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * A capped subsidy round of Changsha County through the gateway with real tokens: programme and pool, call (a notice
 * shorter than the minimum refused), proposals, an early close with its reason (one proposal after closing refused),
 * initial review with an organization on the abnormal-activity list, an expert panel from the registry's talent pool
 * with a declared conflict refused, scores (ranking refused while a panel expert still owes a sheet), ranking and
 * allocation within caps and pool, a committee adjustment over the cap refused, public notice with an objection
 * resolved, and finalization refused until the notice period has run. Every refusal answers problem+json.
 *
 * <p>A real notice lasts at least five days, which a system test cannot wait: finalization and what follows it (the
 * awards of the final decision) are proved by {@code RoundJourneyIT} with a movable clock, and the money of an award
 * (agreement, tranches, payments, ledger) through the gateway by {@link GrantMoneySystemIT} on the demo awards.
 */
@ExtendWith(RunningPlatform.class)
class GrantRoundSystemIT {

    private static final String API = "/api/grants/v1";
    /** 长沙县星沙街道社区社会组织联合会: org-admin-demo's organization. */
    private static final String FEDERATION = "3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1001";
    /** 长沙县星沙街道夕阳红养老服务中心 (developing). */
    private static final String SUNSET_CARE = "3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2001";
    /** 长沙县湘龙街道社区发展促进会 (model). */
    private static final String XIANGLONG = "3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2003";
    /** 长沙县黄花镇应急救援服务中心: on the abnormal-activity list. */
    private static final String HUANGHUA_RESCUE = "3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2005";
    /** 星沙街道邻里互助队 (filed). */
    private static final String NEIGHBOURS = "3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1007";
    /** 王志刚 (expert-demo) and 李秀英 of the talent pool. */
    private static final String WANG = "3f0c6b2e-6a41-4c57-9d37-0000000000e1";
    private static final String LI = "3f0c6b2e-6a41-4c57-9d37-0000000000e2";

    @Test
    void aCountySubsidyRoundRunsFromCallToPublicNoticeThroughTheGateway() {
        String county = Api.token("county-officer");
        String orgAdmin = Api.token("org-admin-demo");
        String expert = Api.token("expert-demo");
        String langli = Api.token("langli-hub");

        assertProblem(Api.post(API + "/programmes", county, Map.of("jurisdiction", "430121000000",
                "kind", "SUBSIDY_PLAN")), 400, "validation");
        Api.Response programme = Api.post(API + "/programmes", county, Map.of("jurisdiction", "430121000000",
                "name", "长沙县社会组织资助计划（系统测试）", "kind", "SUBSIDY_PLAN",
                "fundings", List.of(Map.of("source", "GOVERNMENT", "funderName", "长沙县民政局", "amount", "40000.00",
                        "committedOn", "2026-04-01")),
                "plans", List.of(Map.of("code", "STARTUP_LOCAL", "name", "本土初创型社会组织资助计划", "cap", "10000"),
                        Map.of("code", "MATURE_LOCAL", "name", "本土成熟型社会组织资助计划", "cap", "30000"))));
        assertThat(programme.status()).as(programme.body()).isEqualTo(201);
        assertThat(programme.json().get("pool").decimalValue()).isEqualByComparingTo("40000.00");
        String programmeId = programme.json().get("id").asString();
        assertProblem(Api.get(API + "/programmes/" + programmeId, langli), 404, "not-found");

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Map<String, Object> call = new java.util.HashMap<>(Map.of(
                "title", "2026年第一轮资助计划申报", "priorityAreas", List.of("居家养老", "社区发展"),
                "opensOn", today.minusDays(1).toString(), "closesOn", today.plusDays(5).toString(),
                "noticeDays", 0, "priorityMinStars", 4, "priorityBonus", "3",
                "rubric", List.of(Map.of("code", "NEED", "name", "需求分析", "weight", 30, "maxScore", 30),
                        Map.of("code", "DESIGN", "name", "项目设计", "weight", 40, "maxScore", 40),
                        Map.of("code", "CAPACITY", "name", "执行能力", "weight", 30, "maxScore", 30))));
        Api.Response noNotice = Api.post(API + "/programmes/" + programmeId + "/rounds", county, call);
        assertProblem(noNotice, 400, "validation");
        assertThat(noNotice.json().get("errors").get(0).get("field").asString()).isEqualTo("noticeDays");
        call.put("noticeDays", 5);
        Api.Response created = Api.post(API + "/programmes/" + programmeId + "/rounds", county, call);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String round = created.json().get("id").asString();
        assertThat(act(county, round, "PUBLISH").status()).isEqualTo(200);

        // 申报
        String p1 = submitted(orgAdmin, round, null, "MATURE_LOCAL", "20000", "15000");
        String p2 = submitted(county, round, SUNSET_CARE, "STARTUP_LOCAL", "12000");
        String p3 = submitted(county, round, XIANGLONG, "STARTUP_LOCAL", "9000");
        String p4 = submitted(county, round, HUANGHUA_RESCUE, "STARTUP_LOCAL", "5000");
        assertProblem(Api.post(API + "/rounds/" + round + "/proposals", county, Map.of("organizationId", NEIGHBOURS,
                "title", "无预算", "budget", List.of())), 400, "validation");
        assertProblem(draft(langli, round, FEDERATION, "MATURE_LOCAL", "1000"), 404, "not-found");
        assertProblem(act(county, round, "CLOSE"), 400, "validation");
        assertThat(close(county, round, "申报数量已满，提前截止").status()).isEqualTo(200);
        assertProblem(draft(county, round, NEIGHBOURS, "STARTUP_LOCAL", "3000"), 409, "round-not-accepting");

        // 初审
        Api.Response tooEarly = act(county, round, "START_EXPERT_REVIEW");
        assertProblem(tooEarly, 409, "illegal-transition");
        assertThat(tooEarly.json().get("currentState").asString()).isEqualTo("CLOSED");
        assertThat(tooEarly.json().get("allowedActions").valueStream().map(e -> e.asString()).toList())
                .containsExactly("START_INITIAL_REVIEW", "CANCEL");
        act(county, round, "START_INITIAL_REVIEW");
        JsonNode checks = Api.get(API + "/proposals/" + p4 + "/screening", county).json();
        assertThat(checks.get("allChecksPassed").asBoolean()).isFalse();
        assertThat(checks.get("failedChecks").toString()).contains("ABNORMAL_");
        assertProblem(screen(county, p4, true), 409, "ineligible");
        assertThat(screen(county, p4, false).json().get("status").asString()).isEqualTo("FAILED");
        for (String p : List.of(p1, p2, p3)) {
            Api.Response passed = screen(county, p, true);
            assertThat(passed.status()).as(passed.body()).isEqualTo(200);
        }

        // 专家评审
        for (String talent : List.of(WANG, LI)) {
            Api.Response seated = Api.post(API + "/rounds/" + round + "/panel", county, Map.of("talentId", talent));
            assertThat(seated.status()).as(seated.body()).isEqualTo(201);
        }
        act(county, round, "START_EXPERT_REVIEW");
        assertThat(Api.get(API + "/rounds/" + round + "/proposals", expert).items().valueStream()
                .map(p -> p.get("id").asString()).toList()).containsExactlyInAnyOrder(p1, p2, p3);
        Api.Response declared = Api.post(API + "/proposals/" + p3 + "/conflicts", expert,
                Map.of("reason", "曾担任该组织理事"));
        assertThat(declared.status()).as(declared.body()).isEqualTo(204);
        assertProblem(score(expert, p3, null, 20, 30, 20), 409, "conflict-of-interest");
        assertProblem(score(expert, p1, null, 31, 36, 27), 400, "validation");
        assertThat(score(expert, p1, null, 27, 36, 27).status()).isEqualTo(200);
        assertThat(score(expert, p2, null, 24, 32, 24).status()).isEqualTo(200);
        assertThat(Api.get(API + "/reviews/assignments?size=200", expert).items().valueStream()
                .map(p -> p.get("id").asString()).toList()).contains(p1, p2).doesNotContain(p3, p4);
        assertProblem(Api.get(API + "/awards?programmeId=" + programmeId, expert), 403, "permission-denied");
        assertProblem(Api.get(API + "/programmes/" + programmeId, expert), 403, "permission-denied");
        assertProblem(Api.get(API + "/rounds/" + round + "/panel", expert), 403, "permission-denied");
        assertThat(score(county, p1, LI, 27, 36, 27).status()).isEqualTo(200);
        assertThat(score(county, p2, LI, 24, 32, 24).status()).isEqualTo(200);
        Api.Response incomplete = Api.post(API + "/rounds/" + round + "/ranking", county, Map.of());
        assertProblem(incomplete, 409, "review-incomplete");
        assertThat(incomplete.json().get("missing").get(0).get("talentId").asString()).isEqualTo(LI);
        assertThat(incomplete.json().get("missing").get(0).get("missingSheets").asInt()).isEqualTo(1);
        assertThat(score(county, p3, LI, 21, 28, 21).status()).isEqualTo(200);

        // 排序与分配: 30,000 (capped from 35,000) + 10,000 (capped from 12,000) exhaust the pool
        Api.Response ranked = Api.post(API + "/rounds/" + round + "/ranking", county, Map.of());
        assertThat(ranked.status()).as(ranked.body()).isEqualTo(200);
        List<JsonNode> lines = ranked.json().get("lines").valueStream().toList();
        assertThat(lines).extracting(l -> l.get("proposalId").asString()).containsExactly(p1, p2, p3);
        assertThat(lines).extracting(l -> l.get("amount").decimalValue().doubleValue())
                .containsExactly(30000.0, 10000.0, 0.0);
        assertThat(ranked.body()).as("money on the wire has two decimals").contains("\"amount\":30000.00");
        assertThat(ranked.json().get("total").decimalValue()).isEqualByComparingTo("40000.00");

        // 委员会调整
        assertProblem(adjust(county, round, p2, "10000.01", "超过计划上限"), 409, "allocation-refused");
        assertProblem(adjust(county, round, p3, "5000.00", "超过资金池"), 409, "allocation-refused");
        assertThat(adjust(county, round, p1, "25000.00", "压缩宣传费").status()).isEqualTo(200);
        Api.Response adjusted = adjust(county, round, p3, "5000.00", "以节余资金资助");
        assertThat(adjusted.json().get("total").decimalValue()).isEqualByComparingTo("40000.00");

        // 公示, 异议, 定稿
        assertProblem(Api.post(API + "/rounds/" + round + "/finalization", county, Map.of()), 409,
                "illegal-transition");
        act(county, round, "PUBLISH_NOTICE");
        assertThat(Api.get(API + "/rounds/" + round + "/allocation", orgAdmin).json().get("total").decimalValue())
                .isEqualByComparingTo("40000.00");
        Api.Response objection = Api.post(API + "/rounds/" + round + "/objections", orgAdmin, Map.of(
                "objector", "长沙县星沙街道社区社会组织联合会", "content", "对调减资助金额有异议", "proposalId", p1));
        assertThat(objection.status()).as(objection.body()).isEqualTo(201);
        // the notice period is checked first; after it, the open objection refuses it (RoundJourneyIT moves the clock)
        assertProblem(Api.post(API + "/rounds/" + round + "/finalization", county, Map.of()), 409, "notice-not-over");
        Api.Response resolved = Api.post(API + "/rounds/" + round + "/objections/"
                + objection.json().get("id").asString() + "/resolution", county, Map.of("outcome", "DISMISSED",
                "resolution", "调减依据评审意见，维持原决定"));
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);

        // 定稿 waits for the end of the notice period (five days at least)
        Api.Response early = Api.post(API + "/rounds/" + round + "/finalization", county, Map.of());
        assertProblem(early, 409, "notice-not-over");
        assertThat(early.json().get("noticeEndsAt").asString()).isNotBlank();
        JsonNode onNotice = Api.get(API + "/rounds/" + round, county).json();
        assertThat(onNotice.get("status").asString()).isEqualTo("PUBLIC_NOTICE");
        assertThat(java.time.Duration.between(java.time.Instant.parse(onNotice.get("noticeStartsAt").asString()),
                java.time.Instant.parse(onNotice.get("noticeEndsAt").asString()))).isEqualTo(java.time.Duration.ofDays(5));
        assertThat(Api.get(API + "/rounds/" + round + "/timeline?size=200", county).items().valueStream()
                .map(e -> e.get("action").asString()).toList()).contains("round.closed-early",
                "round.allocation-adjusted", "round.objection-resolved", "round.publish-notice")
                .doesNotContain("round.finalize");
    }

    @Test
    void aRoundOnPublicNoticeCannotBeFinalizedBeforeTheNoticeEnds() {
        String county = Api.token("county-officer");
        Api.Response programme = Api.post(API + "/programmes", county, Map.of("jurisdiction", "430121000000",
                "name", "长沙县公益创投（公示期系统测试）", "kind", "VENTURE_PHILANTHROPY",
                "fundings", List.of(Map.of("source", "GOVERNMENT", "funderName", "长沙县民政局", "amount", "20000.00",
                        "committedOn", "2026-04-01"))));
        assertThat(programme.status()).as(programme.body()).isEqualTo(201);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Api.Response created = Api.post(API + "/programmes/" + programme.json().get("id").asString() + "/rounds",
                county, Map.of("title", "公示期七天", "opensOn", today.toString(), "closesOn", today.toString(),
                        "noticeDays", 7, "rubric", List.of(Map.of("code", "OVERALL", "name", "综合评价", "weight", 100,
                                "maxScore", 100))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String round = created.json().get("id").asString();
        act(county, round, "PUBLISH");
        String proposal = submitted(county, round, XIANGLONG, null, "8000");
        assertThat(close(county, round, "唯一申报已提交，提前截止").status()).isEqualTo(200);
        act(county, round, "START_INITIAL_REVIEW");
        Api.Response screened = screen(county, proposal, true);
        assertThat(screened.status()).as(screened.body()).isEqualTo(200);
        Api.post(API + "/rounds/" + round + "/panel", county, Map.of("talentId", LI));
        act(county, round, "START_EXPERT_REVIEW");
        Api.Response scored = Api.post(API + "/proposals/" + proposal + "/scores", county,
                Map.of("talentId", LI, "scores", Map.of("OVERALL", 86)));
        assertThat(scored.status()).as(scored.body()).isEqualTo(200);
        assertThat(Api.post(API + "/rounds/" + round + "/ranking", county, Map.of()).status()).isEqualTo(200);
        assertThat(act(county, round, "PUBLISH_NOTICE").json().get("noticeEndsAt").isNull()).isFalse();

        assertProblem(Api.post(API + "/rounds/" + round + "/finalization", county, Map.of()), 409, "notice-not-over");
        assertThat(Api.get(API + "/rounds/" + round, county).json().get("status").asString())
                .isEqualTo("PUBLIC_NOTICE");
    }

    private static String submitted(String token, String round, String organization, String plan, String... amounts) {
        Api.Response draft = draft(token, round, organization, plan, amounts);
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        String id = draft.json().get("id").asString();
        Api.Response submitted = Api.post(API + "/proposals/" + id + "/submission", token, Map.of());
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        return id;
    }

    private static Api.Response draft(String token, String round, String organization, String plan,
            String... amounts) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("title", "社区项目 " + plan,
                "summary", "为社区居民提供服务", "priorityArea", "社区发展",
                "budget", java.util.Arrays.stream(amounts).map(a -> Map.of("category", "ACTIVITY",
                        "description", "活动费", "amount", a)).toList(),
                "expectedOutcomes", Map.of("activities", 10, "personTimes", 800, "volunteers", 60)));
        if (organization != null) {
            body.put("organizationId", organization);
        }
        if (plan != null) {
            body.put("planCode", plan);
        }
        Api.Response response = Api.post(API + "/rounds/" + round + "/proposals", token, body);
        if (response.status() == 503 && response.header("Retry-After") != null) {
            // a registry just started may miss the first deadline; the 503 promises nothing was stored
            response = Api.post(API + "/rounds/" + round + "/proposals", token, body);
        }
        return response;
    }

    private static Api.Response act(String token, String round, String action) {
        return Api.post(API + "/rounds/" + round + "/actions", token, Map.of("action", action));
    }

    private static Api.Response close(String token, String round, String reason) {
        return Api.post(API + "/rounds/" + round + "/actions", token, Map.of("action", "CLOSE", "reason", reason));
    }

    private static Api.Response screen(String token, String proposal, boolean passed) {
        return Api.post(API + "/proposals/" + proposal + "/initial-review", token, passed
                ? Map.of("passed", true, "comment", "资料齐全")
                : Map.of("passed", false, "reasons", List.of("列入活动异常名录")));
    }

    private static Api.Response score(String token, String proposal, String talent, int need, int design,
            int capacity) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("scores", Map.of("NEED", need, "DESIGN", design,
                "CAPACITY", capacity), "comments", Map.of("DESIGN", "目标清晰")));
        if (talent != null) {
            body.put("talentId", talent);
        }
        return Api.post(API + "/proposals/" + proposal + "/scores", token, body);
    }

    private static Api.Response adjust(String token, String round, String proposal, String amount, String reason) {
        return Api.post(API + "/rounds/" + round + "/allocation/" + proposal + "/adjustment", token,
                Map.of("amount", amount, "reason", reason));
    }

    private static void assertProblem(Api.Response response, int status, String slug) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).isEqualTo("urn:incubator:problem:" + slug);
    }
}
