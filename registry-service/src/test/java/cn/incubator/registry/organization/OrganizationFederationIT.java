package cn.incubator.registry.organization;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.platform.federation.NodeFederation;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.rollup.NodeEndpoint;
import cn.incubator.platform.test.RealPostgres;
import cn.incubator.platform.test.service.Callers;
import cn.incubator.platform.test.service.StandInNode;
import cn.incubator.registry.node.NewNode;
import cn.incubator.registry.node.NodeDirectoryService;
import cn.incubator.registry.node.ServiceEndpoint;
import cn.incubator.registry.node.TierNode;
import cn.incubator.registry.node.TierNodes;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * 跨节点检索: the organization search of a county officer whose county holds a Xingsha street node answers for the
 * whole county, merging this (central) node's rows with the node's, in the list's order, with the summed total; a
 * dead node is named and left out. The Xingsha node is a stand-in HTTP server on loopback ({@link StandInNode})
 * answering pages of three organizations as a registry would (the JSON this service writes), and only when asked as
 * the caller and for its own records ({@code Incubator-Federation: local}).
 */
@SpringBootTest(properties = "spring.grpc.server.port=0")
class OrganizationFederationIT {

    private static final CurrentUser COUNTY = Callers.COUNTY_OFFICER;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "registry_federation_it");
    }

    @Autowired
    NodeFederation federation;
    @Autowired
    OrganizationService organizations;
    @Autowired
    NodeDirectoryService directory;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    private StandInNode xingsha;
    /** The node's organizations: their names begin with digits, so they sort before every Chinese name. */
    private final List<OrganizationView> held = IntStream.rangeClosed(1, 3).mapToObj(i -> new OrganizationView(
            UUID.randomUUID(), "000" + i + " 星沙节点社区服务社", LegalForm.COMMUNITY_ORGANIZATION, null,
            Jurisdiction.of("430121001000"), Jurisdiction.of("430121000000"), Category.COMMUNITY_SERVICE,
            OrganizationStatus.FILED, List.of(), null, null, null, null, null, null, null, null,
            Instant.parse("2026-11-0" + i + "T02:00:00Z"))).toList();

    @BeforeEach
    void startTheNode() {
        TierNodes.clear(jdbc);
        // this node's own county organizations: at least six, whatever else the database holds
        for (int i = 0; i < 6; i++) {
            organizations.create(COUNTY, new OrganizationService.NewOrganization("跨节点检索测试社区服务社"
                    + UUID.randomUUID().toString().substring(0, 6), LegalForm.COMMUNITY_ORGANIZATION, null,
                    "430121004000", Category.COMMUNITY_SERVICE, null, java.time.LocalDate.of(2024, 6, 1)));
        }
        xingsha = StandInNode.start("xingsha", "430121001000", json).holds("/api/registry/v1/organizations", held);
    }

    @AfterEach
    void stopTheNode() {
        xingsha.close();
        TierNodes.clear(jdbc);
    }

    private TierNode register(String name, String code, URI http) {
        return directory.register(Callers.ADMIN, new NewNode(name, code, Map.of("registry",
                new ServiceEndpoint(http.toString(), null))));
    }

    private URI node() {
        return URI.create(xingsha.base());
    }

    private Page<OrganizationView> local(CurrentUser user, OrganizationSearch search) {
        OrganizationRepository.Page page = organizations.search(user, search);
        return new Page<>(page.items().stream().map(OrganizationView::of).toList(), search.page(), search.size(),
                page.total(), page.totalEstimated());
    }

    /** The search as the controller federates it, for the county officer; {@code response} gets the headers. */
    private Page<OrganizationView> search(OrganizationSearch search, MockHttpServletResponse response) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/registry/v1/organizations");
        request.addHeader("Authorization", StandInNode.AUTHORIZATION);
        request.addParameter("sort", search.sort().name());
        request.addParameter("page", String.valueOf(search.page()));
        request.addParameter("size", String.valueOf(search.size()));
        return federation.list("registry", COUNTY.jurisdictions(), new PageRequest(search.page(), search.size()),
                rows -> local(COUNTY, search.page(rows.page(), rows.size())), OrganizationView.class,
                search.sort().rows, request, response);
    }

    private Page<OrganizationView> search(OrganizationSearch search) {
        MockHttpServletResponse response = new MockHttpServletResponse();
        Page<OrganizationView> page = search(search, response);
        assertThat(response.getHeader("Incubator-Partial")).isNull();
        return page;
    }

    @Test
    void theCountysSearchMergesTheNodesRowsInTheListsOrderAndSumsTheTotals() {
        register("xingsha", "430121001000", node());
        OrganizationSearch firstPage = new OrganizationSearch(null, null, null, null, null, null, null, 0, 5,
                OrganizationSearch.Sort.NAME);
        assertThat(federation.nodesInside("registry", COUNTY.jurisdictions(), null)).extracting(NodeEndpoint::name)
                .containsExactly("xingsha");
        // Asked as a federating node, by a caller whose place holds no node, or for another service: no federation.
        assertThat(federation.nodesInside("registry", COUNTY.jurisdictions(), "local")).isEmpty();
        assertThat(federation.nodesInside("registry", Callers.LANGLI_HUB.jurisdictions(), null)).isEmpty();
        assertThat(federation.nodesInside("incubation", COUNTY.jurisdictions(), null)).isEmpty();

        Page<OrganizationView> own = local(COUNTY, firstPage);
        assertThat(own.total()).as("the demo's county organizations on this node").isGreaterThan(5);
        Page<OrganizationView> answer = search(firstPage);
        assertThat(answer.total()).isEqualTo(own.total() + 3);
        List<UUID> expected = new ArrayList<>(held.stream().map(OrganizationView::id).toList());
        own.items().stream().limit(2).forEach(row -> expected.add(row.id()));
        assertThat(answer.items()).extracting(OrganizationView::id).containsExactlyElementsOf(expected);
        assertThat(answer.items().get(0).jurisdiction().code()).isEqualTo("430121001000");
        assertThat(xingsha.asked()).allSatisfy(uri -> assertThat(uri).contains("page=0")
                .contains("size=200").contains("sort=NAME"));

        // The second page of two: the node's third row, then this node's first.
        OrganizationSearch second = firstPage.page(1, 2);
        assertThat(search(second).items()).extracting(OrganizationView::id)
                .containsExactly(held.get(2).id(), own.items().get(0).id());

        // Newest first: the node's rows (November 2026) come after any newer local row, in their own order.
        OrganizationSearch newest = new OrganizationSearch(null, null, null, null, null, null, null, 0, 200,
                OrganizationSearch.Sort.NEWEST);
        List<OrganizationView> byTime = search(newest).items();
        List<Instant> times = byTime.stream().map(OrganizationView::createdAt).toList();
        assertThat(times).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(byTime).extracting(OrganizationView::id).containsSubsequence(held.get(2).id(), held.get(1).id(),
                held.get(0).id());
    }

    @Test
    void aDeadNodeIsNamedAndLeftOutAndTheRestIsAnswered() throws IOException {
        URI dead;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            dead = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
        register("xingsha", "430121001000", dead);
        OrganizationSearch firstPage = new OrganizationSearch(null, null, null, null, null, null, null, 0, 5,
                OrganizationSearch.Sort.NAME);
        MockHttpServletResponse response = new MockHttpServletResponse();
        Page<OrganizationView> answer = search(firstPage, response);
        assertThat(response.getHeader("Incubator-Partial")).isEqualTo("xingsha=unavailable");
        Page<OrganizationView> own = local(COUNTY, firstPage);
        assertThat(answer.total()).isEqualTo(own.total());
        assertThat(answer.items()).extracting(OrganizationView::id)
                .containsExactlyElementsOf(own.items().stream().map(OrganizationView::id).toList());
    }
}
