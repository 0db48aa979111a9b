package cn.incubator.grants.export;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.grants.award.AwardService;
import cn.incubator.grants.award.AwardStatus;
import cn.incubator.grants.award.AwardView;
import cn.incubator.grants.programme.ProgrammeKind;
import cn.incubator.grants.review.AllocationService;
import cn.incubator.grants.round.ProposalService;
import cn.incubator.grants.round.RoundService;
import cn.incubator.grants.round.RoundStatus;
import cn.incubator.grants.round.RoundView;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.rollup.NodeEndpoint;
import cn.incubator.platform.test.RealPostgres;
import cn.incubator.platform.test.service.Callers;
import cn.incubator.platform.test.service.ExportSheets;
import cn.incubator.platform.test.service.StandInDirectory;
import cn.incubator.platform.test.service.StandInNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * 跨节点导出: the county's round and award exports on the demo data, with a Langli street node (a stand-in on loopback
 * answering the lists' JSON), have the node's rows merged with this node's in the lists' orders (rounds: latest opening
 * first; awards: oldest first), the columns unchanged, yuan to the fen; a dead node is named and noted on a sheet.
 */
@SpringBootTest(properties = {"spring.grpc.server.port=0",
        "spring.flyway.locations=classpath:db/migration,classpath:db/platform,classpath:db/demo"})
class GrantExportFederationIT {

    private static final Jurisdiction LANGLI = Jurisdiction.of("430121004000");
    private static final int ROUND_ID = 12;
    private static final int AWARD_ID = 9;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry, "grants_export_federation_it");
    }

    @Autowired
    RoundService rounds;
    @Autowired
    ProposalService proposals;
    @Autowired
    AllocationService allocations;
    @Autowired
    AwardService awards;
    @Autowired
    MessageSource messages;
    @Autowired
    GrantExportController export;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    private GrantExportController federated(String node) {
        return new GrantExportController(rounds, proposals, allocations, awards, messages,
                StandInDirectory.federation("grants", new NodeEndpoint("langli", LANGLI, node), jdbc, json));
    }

    private static MockHttpServletRequest get(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.addHeader("Authorization", StandInNode.AUTHORIZATION);
        return request;
    }

    private static RoundView round(String title, LocalDate opensOn) {
        return new RoundView(UUID.randomUUID(), UUID.randomUUID(), ProgrammeKind.MICRO_VENTURE, LANGLI, title,
                RoundStatus.OPEN, List.of(), Set.of(), null, null, opensOn, opensOn.plusDays(30), 3, null,
                new BigDecimal("20000.00"), false, 7, null, false, null, List.of(), null, null, null, "langli-hub",
                opensOn.atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
    }

    private static AwardView award(String organization, Instant createdAt) {
        return new AwardView(UUID.randomUUID(), UUID.randomUUID(), null, UUID.randomUUID(), UUID.randomUUID(),
                organization, LANGLI, "榔梨社区邻里节", null, new BigDecimal("12345.67"), AwardStatus.AWARDED, null,
                null, createdAt, createdAt);
    }

    private List<String> ids(byte[] xlsx, int column) {
        return ExportSheets.sheet(xlsx, 0).stream().map(row -> row.get(column)).toList();
    }

    /** The node's first and last rows around this node's own, as the export merges them. */
    private static List<String> around(String first, List<String> own, String last) {
        List<String> expected = new ArrayList<>(List.of(first));
        expected.addAll(own);
        expected.add(last);
        return expected;
    }

    @Test
    void theCountysRoundAndAwardExportsHaveTheNodesRowsInTheListsOrders() throws IOException {
        List<String> ownRounds = ids(export.rounds(Callers.COUNTY_OFFICER, null, null, get("/"),
                new MockHttpServletResponse()).getBody(), ROUND_ID);
        List<String> ownAwards = ids(export.awards(Callers.COUNTY_OFFICER, null, get("/"),
                new MockHttpServletResponse()).getBody(), AWARD_ID);
        assertThat(ownRounds).as("the demo's county rounds").isNotEmpty();
        assertThat(ownAwards).as("the demo's county awards").isNotEmpty();

        RoundView latest = round("榔梨街道2099年微创投", LocalDate.of(2099, 3, 1));
        RoundView earliest = round("榔梨街道1990年微创投", LocalDate.of(1990, 3, 1));
        try (StandInNode node = StandInNode.start("langli", LANGLI.code(), json)
                .holds("/api/grants/v1/rounds", List.of(latest, earliest))) {
            MockHttpServletResponse response = new MockHttpServletResponse();
            byte[] xlsx = federated(node.base()).rounds(Callers.COUNTY_OFFICER, null, null,
                    get("/api/grants/v1/rounds/export"), response).getBody();
            assertThat(response.getHeader("Incubator-Partial")).isNull();
            assertThat(ids(xlsx, ROUND_ID)).containsExactlyElementsOf(around(latest.id().toString(), ownRounds,
                    earliest.id().toString()));
            List<String> first = ExportSheets.sheet(xlsx, 0).get(0);
            assertThat(first.subList(0, 4)).containsExactly("榔梨街道2099年微创投", "微创投", "征集中",
                    "湖南省长沙市长沙县㮾梨街道");
            assertThat(node.asked()).singleElement().satisfies(uri -> assertThat(uri)
                    .startsWith("/api/grants/v1/rounds?").contains("size=200"));
        }

        AwardView oldest = award("榔梨街道龙舟协会", Instant.parse("1990-01-01T00:00:00Z"));
        AwardView newest = award("榔梨街道读书会", Instant.parse("2099-01-01T00:00:00Z"));
        try (StandInNode node = StandInNode.start("langli", LANGLI.code(), json)
                .holds("/api/grants/v1/awards", List.of(oldest, newest))) {
            byte[] xlsx = federated(node.base()).awards(Callers.COUNTY_OFFICER, null,
                    get("/api/grants/v1/awards/export"), new MockHttpServletResponse()).getBody();
            assertThat(ids(xlsx, AWARD_ID)).containsExactlyElementsOf(around(oldest.id().toString(), ownAwards,
                    newest.id().toString()));
            assertThat(ExportSheets.sheet(xlsx, 0).get(0).subList(0, 5)).containsExactly("榔梨社区邻里节", "榔梨街道龙舟协会",
                    "湖南省长沙市长沙县㮾梨街道", "", "12,345.67");
        }
    }

    @Test
    void aDeadNodeIsNamedAndNotedAndThisNodesRowsExported() {
        String dead = StandInNode.deadBase();
        List<BiFunction<GrantExportController, MockHttpServletResponse, byte[]>> exports = List.of(
                (controller, response) -> controller.rounds(Callers.COUNTY_OFFICER, null, null, get("/"), response)
                        .getBody(),
                (controller, response) -> controller.awards(Callers.COUNTY_OFFICER, null, get("/"), response)
                        .getBody());
        for (BiFunction<GrantExportController, MockHttpServletResponse, byte[]> exported : exports) {
            MockHttpServletResponse response = new MockHttpServletResponse();
            byte[] xlsx = exported.apply(federated(dead), response);
            assertThat(response.getHeader("Incubator-Partial")).isEqualTo("langli=unavailable");
            assertThat(ExportSheets.sheet(xlsx, 0)).isEqualTo(ExportSheets.sheet(exported.apply(export,
                    new MockHttpServletResponse()), 0));
            assertThat(ExportSheets.sheetNames(xlsx)).hasSize(2).last().isEqualTo("未包含的节点");
        }
    }
}
