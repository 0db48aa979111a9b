package cn.incubator.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/** Registration checklists, progress of organizations in preparation, and the consultation log, through the gateway. */
@ExtendWith(RunningPlatform.class)
class RegistrationGuidanceSystemIT {

    private static final String API = "/api/registry/v1";
    /** 长沙县星沙街道心桥心理健康服务中心, in preparation with three steps done (demo data). */
    private static final String PREPARING = "3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a2007";

    @Test
    void checklistsCarryThePartyLeadershipClauseAndProgressIsMarkedOnce() {
        JsonNode guides = Api.get(API + "/registration-guides", Api.token("org-admin-demo")).items();
        assertThat(guides.size()).isEqualTo(2);
        guides.valueStream().forEach(guide -> assertThat(guide.get("steps").valueStream()
                .filter(step -> step.get("partyLeadershipClause").asBoolean()).count()).isEqualTo(1));

        String operator = Api.token("city-operator");
        assertThat(Api.get(API + "/organizations/" + PREPARING + "/registration-progress", operator).json()
                .get("done").asInt()).isEqualTo(3);
        Api.Response marked = Api.post(API + "/organizations/" + PREPARING + "/registration-progress/4", operator,
                Map.of("note", "验资报告已出具"));
        assertThat(marked.status()).as(marked.body()).isEqualTo(200);
        assertThat(marked.json().get("done").asInt()).isEqualTo(4);
        assertThat(marked.json().get("steps").get(3).get("doneBy").asString()).isEqualTo("city-operator");

        Api.Response again = Api.post(API + "/organizations/" + PREPARING + "/registration-progress/4", operator,
                Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(Api.get(API + "/organizations/" + PREPARING + "/registration-progress", Api.token("langli-hub"))
                .status()).isEqualTo(404);
    }

    @Test
    void consultationsAreRecordedInScopeAndCountedByTopic() {
        String hub = Api.token("xingsha-hub");
        Api.Response outside = Api.post(API + "/consultations", hub, Map.of("channel", "PHONE", "topic", "FILING",
                "question", "越界记录", "jurisdiction", "430121004000"));
        assertThat(outside.status()).isEqualTo(403);
        assertThat(outside.contentType()).startsWith("application/problem+json");
        Api.Response badChannel = Api.post(API + "/consultations", hub, Map.of("channel", "FAX", "topic", "FILING",
                "question", "传真咨询", "jurisdiction", "430121001000"));
        assertThat(badChannel.status()).isEqualTo(400);

        Api.Response recorded = Api.post(API + "/consultations", hub, Map.of("channel", "WECHAT", "topic", "FILING",
                "question", "社区社会组织备案要多久？", "answer", "材料齐全的 10 个工作日内办结。",
                "jurisdiction", "430121001000"));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        assertThat(recorded.json().get("answeredBy").asString()).isEqualTo("xingsha-hub");

        JsonNode statistics = Api.get(API + "/consultations/statistics?period=YEAR&from=2026-01-01", Api.token("county-officer"))
                .json();
        assertThat(statistics.get("byTopic").get("FILING").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(Api.get(API + "/consultations", Api.token("langli-hub")).items().valueStream()
                .map(c -> c.get("question").asString()).toList()).doesNotContain("社区社会组织备案要多久？", "越界记录");
    }
}
