package cn.incubator.incubation.evaluation;

import static cn.incubator.platform.test.service.Callers.COUNTY_OFFICER;
import static cn.incubator.platform.test.service.Callers.on;
import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.incubation.hub.HubService;
import cn.incubator.incubation.hub.StreetHub;
import cn.incubator.incubation.support.IncubationIT;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.test.service.StandInNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * 跨节点评估: the county officer's evaluations, whose county holds a Langli street node (a stand-in answering as
 * incubation would), merge this node's with the node's newest first, with the summed total, page by page.
 */
class EvaluationFederationIT extends IncubationIT {

    private static final String EVALUATIONS = "/api/incubation/v1/evaluations";
    /** Streets this test registers hubs in (no other test does), to evaluate them. */
    private static final List<String> STREETS = List.of("430121003000", "430121005000");

    @Autowired
    EvaluationController controller;
    @Autowired
    EvaluationService evaluations;
    @Autowired
    HubService hubs;

    private StandInNode langli;
    private final List<Evaluation> mine = new ArrayList<>();
    private List<Evaluation> held;

    @BeforeEach
    void startTheNode() {
        // this node's own: two hub evaluations an hour apart
        for (String street : STREETS) {
            UUID organization = UUID.randomUUID();
            REGISTRY.organization(organization, "跨节点评估测试联合会" + street, street, "REGISTERED");
            StreetHub hub = hubs.register(on(COUNTY_OFFICER),
                    new HubService.NewHub(organization, street, "周敏", "刘洋", 1, null));
            mine.add(hubs.evaluate(COUNTY_OFFICER, hub.id()));
            CLOCK.offset = CLOCK.offset.plus(Duration.ofHours(1));
        }
        Instant first = mine.get(0).openedAt();
        // the node's, newest first: after every local one, between this test's two, before every local one
        held = List.of(atLangli(Instant.parse("2099-01-01T00:00:00Z")), atLangli(first.plus(Duration.ofMinutes(30))),
                atLangli(Instant.parse("2000-01-01T00:00:00Z")));
        langli = StandInNode.start("langli", "430121004000", json).holds(EVALUATIONS, held);
    }

    @AfterEach
    void stopTheNode() {
        langli.close();
        jdbc.sql("DELETE FROM evaluation WHERE id IN (:ids)").param("ids", mine.stream().map(Evaluation::id).toList())
                .update();
        jdbc.sql("DELETE FROM street_hub WHERE street_code IN (:streets)").param("streets", STREETS).update();
    }

    @Test
    void theCountysEvaluationsMergeTheNodesNewestFirstPageByPage() {
        NODES.serve("incubation", langli.endpoint());
        List<Evaluation> own = Page.collect(page -> evaluations.list(COUNTY_OFFICER, null, null, page),
                Integer.MAX_VALUE);
        List<Evaluation> expected = StandInNode.merged(own, held,
                (local, node) -> local.openedAt().isAfter(node.openedAt()));
        assertThat(expected).extracting(Evaluation::id).containsSubsequence(held.get(0).id(), mine.get(1).id(),
                held.get(1).id(), mine.get(0).id(), held.get(2).id());

        for (int number = 0; number * 3 < expected.size(); number++) {
            PageRequest page = new PageRequest(number, 3);
            MockHttpServletResponse response = new MockHttpServletResponse();
            Page<Evaluation> answer = controller.list(on(COUNTY_OFFICER), null, null, page,
                    StandInNode.request(EVALUATIONS, page), response);
            assertThat(response.getHeader("Incubator-Partial")).isNull();
            assertThat(answer.total()).isEqualTo(own.size() + held.size());
            assertThat(answer.items()).as("page " + number)
                    .containsExactlyElementsOf(expected.subList(number * 3, Math.min(expected.size(), number * 3 + 3)));
        }
    }

    private static Evaluation atLangli(Instant openedAt) {
        return new Evaluation(UUID.randomUUID(), EvaluationKind.HUB, null, UUID.randomUUID(), "㮾梨街道社区社会组织联合会",
                Jurisdiction.of("430121004000"), UUID.randomUUID(), Evaluation.Status.OPEN, openedAt, null, null, null);
    }
}
