package cn.incubator.incubation.hub;

import static cn.incubator.platform.test.service.Callers.COUNTY_OFFICER;
import static cn.incubator.platform.test.service.Callers.on;
import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.incubation.support.IncubationIT;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.test.service.StandInNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * 跨节点枢纽: the county officer's hubs, whose county holds a Langli street node (a stand-in answering as incubation
 * would), merge this node's hubs with the node's by street, with the summed total; a dead node is named and left out.
 */
class HubFederationIT extends IncubationIT {

    private static final String HUBS = "/api/incubation/v1/hubs";
    /** Streets this test registers hubs in (no other test does): Xianglong and Changlong, around Langli. */
    private static final List<String> STREETS = List.of("430121003000", "430121005000");

    @Autowired
    HubController controller;
    @Autowired
    HubService hubs;

    private StandInNode langli;
    private final StreetHub held = new StreetHub(UUID.randomUUID(), UUID.randomUUID(), "㮾梨街道社区社会组织联合会",
            Jurisdiction.of("430121004000"), "李华", "王芳", 2, null, Instant.parse("2026-10-01T02:00:00Z"));

    @BeforeEach
    void startTheNode() {
        for (String street : STREETS) {
            UUID organization = UUID.randomUUID();
            REGISTRY.organization(organization, "跨节点枢纽测试联合会" + street, street, "REGISTERED");
            hubs.register(on(COUNTY_OFFICER), new HubService.NewHub(organization, street, "周敏", "刘洋", 1, null));
        }
        langli = StandInNode.start("langli", "430121004000", json).holds(HUBS, List.of(held));
    }

    @AfterEach
    void stopTheNode() {
        langli.close();
        jdbc.sql("DELETE FROM street_hub WHERE street_code IN (:streets)").param("streets", STREETS).update();
    }

    private Page<StreetHub> list(PageRequest page, MockHttpServletResponse response) {
        return controller.list(on(COUNTY_OFFICER), "430000000000", page, StandInNode.request(HUBS, page), response);
    }

    @Test
    void theCountysHubsMergeTheNodesByStreetWithTheSummedTotal() {
        NODES.serve("incubation", langli.endpoint());
        List<StreetHub> own = Page.collect(page -> hubs.list(COUNTY_OFFICER, Jurisdiction.of("430000000000"), page),
                Integer.MAX_VALUE);
        assertThat(own).extracting(hub -> hub.street().code()).contains(STREETS.get(0), STREETS.get(1))
                .doesNotContain("430121004000");
        List<StreetHub> expected = StandInNode.merged(own, List.of(held),
                (local, node) -> local.street().code().compareTo(node.street().code()) < 0);
        assertThat(expected).extracting(hub -> hub.street().code())
                .containsSubsequence("430121003000", "430121004000", "430121005000");

        MockHttpServletResponse response = new MockHttpServletResponse();
        Page<StreetHub> answer = list(new PageRequest(0, PageRequest.MAX_SIZE), response);
        assertThat(response.getHeader("Incubator-Partial")).isNull();
        assertThat(answer.total()).isEqualTo(own.size() + 1);
        assertThat(answer.items()).containsExactlyElementsOf(expected);
        assertThat(langli.asked()).containsExactly("/api/incubation/v1/hubs?page=0&size=200");

        // Asked for a street without a node: no node is asked.
        int asked = langli.asked().size();
        PageRequest page = new PageRequest(0, 20);
        hubsOfXianglong(page);
        assertThat(langli.asked()).hasSize(asked);
    }

    private void hubsOfXianglong(PageRequest page) {
        Page<StreetHub> answer = controller.list(on(COUNTY_OFFICER), "430121003000", page,
                StandInNode.request(HUBS, page, "jurisdiction", "430121003000"), new MockHttpServletResponse());
        assertThat(answer.items()).extracting(hub -> hub.street().code()).containsExactly("430121003000");
    }

    @Test
    void aDeadNodeIsNamedAndLeftOutAndTheRestIsAnswered() {
        NODES.serve("incubation", StandInNode.dead("langli", "430121004000"));
        MockHttpServletResponse response = new MockHttpServletResponse();
        PageRequest page = new PageRequest(0, 20);
        Page<StreetHub> answer = list(page, response);
        assertThat(response.getHeader("Incubator-Partial")).isEqualTo("langli=unavailable");
        Page<StreetHub> own = hubs.list(COUNTY_OFFICER, Jurisdiction.of("430000000000"), page);
        assertThat(answer.total()).isEqualTo(own.total());
        assertThat(answer.items()).isEqualTo(own.items());
    }
}
